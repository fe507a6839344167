package org.losslandscape.core.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named sequence of (x, y) points and how to draw them. The arrays are copied in and out, so a series never
 * changes after construction. A NaN y value is a gap: it is not drawn and lines do not cross it.
 *
 * @param name the legend name
 * @param x the x values
 * @param y the y values, as many as {@code x}
 * @param style how the points are drawn
 */
public record Series(String name, double[] x, double[] y, Style style) {

    /** How a series is drawn. */
    public enum Style {
        /** Straight segments between consecutive points. */
        LINE,
        /** A symbol at each point. */
        POINTS,
        /** Segments and symbols. */
        LINE_POINTS,
        /** A bar (or stem) from zero to each point. */
        BARS
    }

    /** Copies the arrays and checks they have the same length. */
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length
                    + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** @return a line series */
    public static Series line(String name, double[] x, double[] y) {
        return new Series(name, x, y, Style.LINE);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Series s && name.equals(s.name) && style == s.style
                && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, style, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + style + ", " + x.length + " points]";
    }
}
