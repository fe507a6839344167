package org.losslandscape.compute.toy;

/**
 * The path of an optimizer on a two-dimensional surface. Entry 0 is the start point; entry {@code i} the point after
 * {@code i} steps. A run that left the finite numbers is cut after the last finite point.
 *
 * @param x first coordinates
 * @param y second coordinates
 * @param loss surface values (noise-free) at the points
 */
public record Trajectory(double[] x, double[] y, double[] loss) {

    /** @return the number of points (steps taken + 1) */
    public int length() {
        return x.length;
    }

    /** @return the last first coordinate */
    public double lastX() {
        return x[x.length - 1];
    }

    /** @return the last second coordinate */
    public double lastY() {
        return y[y.length - 1];
    }

    /** @return the last loss */
    public double lastLoss() {
        return loss[loss.length - 1];
    }
}
