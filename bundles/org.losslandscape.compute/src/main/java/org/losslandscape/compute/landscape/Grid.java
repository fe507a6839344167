package org.losslandscape.compute.landscape;

/**
 * Evenly spaced coordinates of a surface: {@code nx} values over {@code [xMin, xMax]} and {@code ny} over
 * {@code [yMin, yMax]}, ends included. A line has {@code ny = 1} and y = yMin. Points are indexed
 * {@code ix·ny + iy} (x major), so a 2D surface reads like PyTorch's {@code surface[i, j]}.
 *
 * @param xMin first x
 * @param xMax last x
 * @param nx number of x values, at least 1
 * @param yMin first y
 * @param yMax last y
 * @param ny number of y values, at least 1
 */
public record Grid(double xMin, double xMax, int nx, double yMin, double yMax, int ny) {

    /** Checks the resolution. */
    public Grid {
        if (nx < 1 || ny < 1) {
            throw new IllegalArgumentException("a grid needs at least one point per axis, got " + nx + "×" + ny);
        }
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax) || !Double.isFinite(yMin) || !Double.isFinite(yMax)) {
            throw new IllegalArgumentException("grid ranges must be finite");
        }
    }

    /** @return the default 51×51 grid over [−1, 1]² */
    public static Grid defaultSquare() {
        return square(-1, 1, 51);
    }

    /** @return an n×n grid over [lo, hi]² */
    public static Grid square(double lo, double hi, int n) {
        return new Grid(lo, hi, n, lo, hi, n);
    }

    /** @return a 1D grid of n values over [lo, hi] */
    public static Grid line(double lo, double hi, int n) {
        return new Grid(lo, hi, n, 0, 0, 1);
    }

    /** @return the number of points */
    public int size() {
        return nx * ny;
    }

    /** @return the x value at index ix */
    public double x(int ix) {
        return nx == 1 ? xMin : xMin + (xMax - xMin) * ix / (nx - 1);
    }

    /** @return the y value at index iy */
    public double y(int iy) {
        return ny == 1 ? yMin : yMin + (yMax - yMin) * iy / (ny - 1);
    }

    /** @return the flat index of (ix, iy) */
    public int index(int ix, int iy) {
        return ix * ny + iy;
    }
}
