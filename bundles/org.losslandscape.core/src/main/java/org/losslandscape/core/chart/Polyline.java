package org.losslandscape.core.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * A connected sequence of points, such as one piece of a contour line. The arrays are copied in and out. A closed
 * polyline repeats its first point at the end.
 *
 * @param x the x values
 * @param y the y values, as many as {@code x}
 * @param level the contour level this line belongs to, or NaN if it is not a contour
 */
public record Polyline(double[] x, double[] y, double level) {

    /** Copies the arrays and checks they have the same length. */
    public Polyline {
        if (x.length != y.length) {
            throw new IllegalArgumentException("polyline with " + x.length + " x values but " + y.length + " y");
        }
        x = x.clone();
        y = y.clone();
    }

    /** @return a copy of the x values */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the y values */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }

    /** @return the x value of point {@code i}, without copying */
    public double x(int i) {
        return x[i];
    }

    /** @return the y value of point {@code i}, without copying */
    public double y(int i) {
        return y[i];
    }

    /** @return whether the last point equals the first */
    public boolean closed() {
        return x.length > 2 && x[0] == x[x.length - 1] && y[0] == y[y.length - 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Polyline p && Double.compare(level, p.level) == 0 && Arrays.equals(x, p.x)
                && Arrays.equals(y, p.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Polyline[level=" + level + ", " + x.length + " points]";
    }
}
