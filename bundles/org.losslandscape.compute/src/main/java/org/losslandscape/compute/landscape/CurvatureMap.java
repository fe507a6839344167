package org.losslandscape.compute.landscape;

import java.util.Arrays;

/**
 * The extreme Hessian eigenvalues λ_max and λ_min at the points of a {@link Grid} over a plane, with a mask of the
 * points computed so far (a cancelled computation leaves the rest NaN). Li et al. 2018 (section 6, "Are we really
 * seeing convexity?") map |λ_min/λ_max| over a slice: near 0 where the landscape is locally convex, large where it
 * curves down as much as up.
 * <p>
 * Written by one computation point after point ({@link #set}); read after it returns.
 */
public final class CurvatureMap {

    private final Grid grid;
    private final double[] lambdaMax;
    private final double[] lambdaMin;
    private final boolean[] computed;

    /** An empty map over {@code grid}: nothing computed, values NaN. */
    public CurvatureMap(Grid grid) {
        this.grid = grid;
        this.lambdaMax = new double[grid.size()];
        this.lambdaMin = new double[grid.size()];
        this.computed = new boolean[grid.size()];
        Arrays.fill(lambdaMax, Double.NaN);
        Arrays.fill(lambdaMin, Double.NaN);
    }

    /** Records the two eigenvalues at the point of flat index {@code index} ({@link Grid#index}). */
    public void set(int index, double max, double min) {
        lambdaMax[index] = max;
        lambdaMin[index] = min;
        computed[index] = true;
    }

    /** @return the grid */
    public Grid grid() {
        return grid;
    }

    /** @return λ_max at every point, flat by {@link Grid#index} (rows x, columns y); a copy */
    public double[] lambdaMax() {
        return lambdaMax.clone();
    }

    /** @return λ_min at every point, flat by {@link Grid#index}; a copy */
    public double[] lambdaMin() {
        return lambdaMin.clone();
    }

    /**
     * @return |λ_min/λ_max| at every point; NaN where not computed, +∞ where λ_max is not positive (no positive
     *         curvature found)
     */
    public double[] ratio() {
        double[] out = new double[grid.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ratio(lambdaMax[i], lambdaMin[i]);
        }
        return out;
    }

    /** @return |min/max| when max is positive, +∞ when it is not, NaN when either is NaN */
    public static double ratio(double max, double min) {
        if (Double.isNaN(max) || Double.isNaN(min)) {
            return Double.NaN;
        }
        return max > 0 ? Math.abs(min / max) : Double.POSITIVE_INFINITY;
    }

    /** @return whether every point is computed */
    public boolean isComplete() {
        for (boolean c : computed) {
            if (!c) {
                return false;
            }
        }
        return true;
    }
}
