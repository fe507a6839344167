package org.losslandscape.compute.toy;

/**
 * A critical point ({@code ∇f = 0}) of a two-dimensional surface.
 *
 * @param x first coordinate
 * @param y second coordinate
 * @param type classification by the Hessian's eigenvalues
 * @param index number of negative Hessian eigenvalues (0 for a minimum, 1 for a saddle of a 2-D surface, 2 for a
 *        maximum; for a degenerate point the count of clearly negative ones)
 * @param value the surface value at the point
 */
public record CriticalPoint(double x, double y, CriticalPointType type, int index, double value) {

    /** @return the Euclidean distance to {@code (px, py)} */
    public double distanceTo(double px, double py) {
        return Math.hypot(x - px, y - py);
    }
}
