package org.losslandscape.core.results;

import java.util.Objects;

/**
 * A 1D or 2D loss surface, as a run stored it (read by {@link DataProviders#SURFACES}) or to export. Values are
 * stored x-major, the layout of an array of shape {@code [len(x), len(y)]}: the value at {@code (x[i], y[j])} is
 * {@code values[i * ny + j]}; a 1D surface has no y and one value per x. The arrays are copied in and out. Missing
 * points (not computed, diverged) are NaN.
 *
 * @param x the α coordinates, at least 2
 * @param y the β coordinates, at least 2, or empty for a 1D surface
 * @param trainLoss the training loss per point
 * @param trainAccuracy the training accuracy per point, or empty if not computed
 * @param testLoss the test loss per point, or empty if not computed
 * @param testAccuracy the test accuracy per point, or empty if not computed
 */
public record LossSurface(double[] x, double[] y, double[] trainLoss, double[] trainAccuracy, double[] testLoss,
        double[] testAccuracy) {

    /** Copies the arrays (null becomes empty) and checks their lengths. */
    public LossSurface {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(trainLoss, "trainLoss");
        y = orEmpty(y);
        if (x.length < 2 || y.length == 1) {
            throw new IllegalArgumentException("a surface needs at least 2 x values and 0 or at least 2 y values, got "
                    + x.length + " and " + y.length);
        }
        int points = x.length * Math.max(1, y.length);
        trainAccuracy = orEmpty(trainAccuracy);
        testLoss = orEmpty(testLoss);
        testAccuracy = orEmpty(testAccuracy);
        if (trainLoss.length != points) {
            throw new IllegalArgumentException("train loss needs " + points + " values, got " + trainLoss.length);
        }
        for (double[] a : new double[][] {trainAccuracy, testLoss, testAccuracy}) {
            if (a.length != 0 && a.length != points) {
                throw new IllegalArgumentException("each value array needs 0 or " + points + " values, got "
                        + a.length);
            }
        }
        x = x.clone();
        trainLoss = trainLoss.clone();
    }

    /** @return a 1D surface (a slice along x) with training loss and accuracy */
    public static LossSurface of1d(double[] x, double[] loss, double[] accuracy) {
        return new LossSurface(x, null, loss, accuracy, null, null);
    }

    /** @return a 2D surface with training loss and accuracy, both x-major */
    public static LossSurface of2d(double[] x, double[] y, double[] loss, double[] accuracy) {
        return new LossSurface(x, y, loss, accuracy, null, null);
    }

    /** @return whether the surface is 1D (no y) */
    public boolean is1d() {
        return y.length == 0;
    }

    /** @return the number of points: {@code nx * ny}, or {@code nx} for a 1D surface */
    public int points() {
        return x.length * Math.max(1, y.length);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] trainLoss() {
        return trainLoss.clone();
    }

    @Override
    public double[] trainAccuracy() {
        return trainAccuracy.clone();
    }

    @Override
    public double[] testLoss() {
        return testLoss.clone();
    }

    @Override
    public double[] testAccuracy() {
        return testAccuracy.clone();
    }

    private static double[] orEmpty(double[] a) {
        return a == null ? new double[0] : a.clone();
    }
}
