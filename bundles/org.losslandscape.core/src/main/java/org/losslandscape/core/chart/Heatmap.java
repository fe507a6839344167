package org.losslandscape.core.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * Values on a rectangular grid, drawn as coloured cells with an optional colour bar and contour lines. The arrays
 * are copied in and out, so a heatmap never changes after construction.
 *
 * <p>Layout of {@code values}: with {@link Order#Y_MAJOR} the value at {@code (x[i], y[j])} is
 * {@code values[j * nx + i]} (rows of constant y, as an image is stored); with {@link Order#X_MAJOR} it is
 * {@code values[i * ny + j]} (the layout of an array of shape {@code [len(x), len(y)]}, as the loss-landscape HDF5
 * files store surfaces). Use {@link #value(int, int)} to read either without caring. NaN values are not drawn.
 *
 * @param x the grid's x coordinates, increasing, at least 2
 * @param y the grid's y coordinates, increasing, at least 2
 * @param values {@code nx * ny} values in the given order
 * @param order the layout of {@code values}
 * @param colorMap the colour map name, one of {@link ColorMaps#names()}
 * @param logColor whether colours follow {@code log10(value)}; non-positive values are then not drawn
 * @param valueRange the range the colour map spans (e.g. shared between landscapes that are compared), or
 *        {@code null} for the finite range of {@code values}
 * @param contourLevels the values at which contour lines are drawn, possibly empty
 */
public record Heatmap(double[] x, double[] y, double[] values, Order order, String colorMap, boolean logColor,
        Range valueRange, double[] contourLevels) {

    /** The layout of the value array. */
    public enum Order {
        /** {@code values[j * nx + i]}: y index outer. */
        Y_MAJOR,
        /** {@code values[i * ny + j]}: x index outer, shape {@code [len(x), len(y)]}. */
        X_MAJOR
    }

    /** Copies the arrays and checks the grid. */
    public Heatmap {
        Objects.requireNonNull(order, "order");
        colorMap = colorMap == null ? ColorMaps.VIRIDIS : colorMap;
        ColorMaps.require(colorMap);
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("a heatmap needs at least a 2 x 2 grid, got " + x.length + " x "
                    + y.length);
        }
        if (values.length != x.length * y.length) {
            throw new IllegalArgumentException("a " + x.length + " x " + y.length + " grid needs "
                    + x.length * y.length + " values, got " + values.length);
        }
        requireIncreasing(x, "x");
        requireIncreasing(y, "y");
        x = x.clone();
        y = y.clone();
        values = values.clone();
        contourLevels = contourLevels == null ? new double[0] : contourLevels.clone();
    }

    /** @return a viridis heatmap with a linear colour scale, the data's own range and no contours */
    public static Heatmap of(double[] x, double[] y, double[] values, Order order) {
        return new Heatmap(x, y, values, order, ColorMaps.VIRIDIS, false, null, null);
    }

    /** @return this heatmap with another colour map */
    public Heatmap withColorMap(String name) {
        return new Heatmap(x, y, values, order, name, logColor, valueRange, contourLevels);
    }

    /** @return this heatmap with a linear or logarithmic colour scale */
    public Heatmap withLogColor(boolean log) {
        return new Heatmap(x, y, values, order, colorMap, log, valueRange, contourLevels);
    }

    /** @return this heatmap with a fixed colour range ({@code null}: the data's range) */
    public Heatmap withValueRange(Range range) {
        return new Heatmap(x, y, values, order, colorMap, logColor, range, contourLevels);
    }

    /** @return this heatmap with the given contour levels */
    public Heatmap withContourLevels(double... levels) {
        return new Heatmap(x, y, values, order, colorMap, logColor, valueRange, levels);
    }

    /**
     * @return this heatmap with {@code count} contour levels spread over the colour range, logarithmically if the
     *         colour scale is ({@link Contours#levels})
     */
    public Heatmap withContourCount(int count) {
        Range r = colorRange();
        return withContourLevels(r == null ? new double[0] : Contours.levels(r.min(), r.max(), count, logColor));
    }

    /** @return the number of x grid points */
    public int nx() {
        return x.length;
    }

    /** @return the number of y grid points */
    public int ny() {
        return y.length;
    }

    /** @return the value at {@code (x[i], y[j])} whatever the order */
    public double value(int i, int j) {
        return order == Order.Y_MAJOR ? values[j * x.length + i] : values[i * y.length + j];
    }

    /**
     * @return the range the colour map spans: {@link #valueRange()} if set, otherwise the range of the finite
     *         (and, for a log colour scale, positive) values; {@code null} if there are none or all are equal
     */
    public Range colorRange() {
        if (valueRange != null) {
            return valueRange;
        }
        return Charts.finiteRange(logColor, values);
    }

    /** @return a copy of the x coordinates */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the y coordinates */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** @return a copy of the values, in {@link #order()} */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return a copy of the contour levels */
    @Override
    public double[] contourLevels() {
        return contourLevels.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Heatmap h && order == h.order && colorMap.equals(h.colorMap)
                && logColor == h.logColor && Objects.equals(valueRange, h.valueRange) && Arrays.equals(x, h.x)
                && Arrays.equals(y, h.y) && Arrays.equals(values, h.values)
                && Arrays.equals(contourLevels, h.contourLevels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, colorMap, logColor, valueRange, Arrays.hashCode(x), Arrays.hashCode(y),
                Arrays.hashCode(values), Arrays.hashCode(contourLevels));
    }

    @Override
    public String toString() {
        return "Heatmap[" + x.length + " x " + y.length + ", " + order + ", " + colorMap + (logColor ? ", log" : "")
                + ", " + contourLevels.length + " contour levels]";
    }

    private static void requireIncreasing(double[] a, String name) {
        for (int i = 1; i < a.length; i++) {
            if (!(a[i] > a[i - 1])) {
                throw new IllegalArgumentException(name + " grid must be finite and increasing, but " + name + "["
                        + i + "] = " + a[i] + " after " + a[i - 1]);
            }
        }
    }
}
