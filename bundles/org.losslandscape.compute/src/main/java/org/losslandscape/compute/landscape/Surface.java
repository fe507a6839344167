package org.losslandscape.compute.landscape;

import java.util.Arrays;

/**
 * Loss and accuracy over a {@link Grid}, with a mask of the points computed so far. A partly filled surface is a
 * valid result (a coarse stage, or a cancelled run) and the input of a resumed computation, which fills only the
 * missing points.
 * <p>
 * Mutated only by {@link SurfaceEvaluator} (each point written once by one task); reading while a computation runs
 * is safe only from a {@link SurfaceEvaluator.StageListener} callback.
 */
public final class Surface {

    private final Grid grid;
    private final double[] loss;
    private final double[] accuracy;
    private final boolean[] computed;

    /** An empty surface over {@code grid}: nothing computed, values NaN. */
    public Surface(Grid grid) {
        this.grid = grid;
        this.loss = new double[grid.size()];
        this.accuracy = new double[grid.size()];
        this.computed = new boolean[grid.size()];
        Arrays.fill(loss, Double.NaN);
        Arrays.fill(accuracy, Double.NaN);
    }

    /**
     * Rebuilds a surface from stored values (e.g. a saved partial run), copying the arrays.
     *
     * @param computed which points hold values; values at other points are ignored
     */
    public static Surface restore(Grid grid, double[] loss, double[] accuracy, boolean[] computed) {
        if (loss.length != grid.size() || accuracy.length != grid.size() || computed.length != grid.size()) {
            throw new IllegalArgumentException("arrays must have one entry per grid point (" + grid.size() + ")");
        }
        Surface s = new Surface(grid);
        for (int i = 0; i < computed.length; i++) {
            if (computed[i]) {
                s.set(i, loss[i], accuracy[i]);
            }
        }
        return s;
    }

    void set(int index, double lossValue, double accuracyValue) {
        loss[index] = lossValue;
        accuracy[index] = accuracyValue;
        computed[index] = true;
    }

    /** @return the grid */
    public Grid grid() {
        return grid;
    }

    /** @return the loss at (ix, iy), NaN when not computed */
    public double loss(int ix, int iy) {
        return loss[grid.index(ix, iy)];
    }

    /** @return the accuracy at (ix, iy), NaN when not computed or undefined (regression) */
    public double accuracy(int ix, int iy) {
        return accuracy[grid.index(ix, iy)];
    }

    /** @return whether (ix, iy) has been computed */
    public boolean isComputed(int ix, int iy) {
        return computed[grid.index(ix, iy)];
    }

    /** @return whether the point with flat index {@code index} has been computed */
    public boolean isComputed(int index) {
        return computed[index];
    }

    /** @return a copy of the losses, flat ({@link Grid#index}) */
    public double[] losses() {
        return loss.clone();
    }

    /** @return a copy of the accuracies, flat */
    public double[] accuracies() {
        return accuracy.clone();
    }

    /** @return a copy of the computed-mask, flat */
    public boolean[] computedMask() {
        return computed.clone();
    }

    /** @return number of computed points */
    public int computedCount() {
        int c = 0;
        for (boolean b : computed) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** @return true when every point is computed */
    public boolean isComplete() {
        return computedCount() == computed.length;
    }

    /** @return the smallest computed loss (NaN losses ignored), NaN if none */
    public double minLoss() {
        double m = Double.NaN;
        for (int i = 0; i < loss.length; i++) {
            if (computed[i] && !Double.isNaN(loss[i]) && (Double.isNaN(m) || loss[i] < m)) {
                m = loss[i];
            }
        }
        return m;
    }

    /** @return the largest computed loss (NaN losses ignored), NaN if none */
    public double maxLoss() {
        double m = Double.NaN;
        for (int i = 0; i < loss.length; i++) {
            if (computed[i] && !Double.isNaN(loss[i]) && (Double.isNaN(m) || loss[i] > m)) {
                m = loss[i];
            }
        }
        return m;
    }

    /** @return an independent copy */
    public Surface copy() {
        return restore(grid, loss, accuracy, computed);
    }
}
