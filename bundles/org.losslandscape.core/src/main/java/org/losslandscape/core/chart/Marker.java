package org.losslandscape.core.chart;

import java.util.Objects;

/**
 * A labelled reference drawn over the data: a horizontal line (e.g. the stability threshold 2/η), a vertical line
 * (e.g. the trained model at α = 0) or a point (trajectory start and end, critical points).
 *
 * @param kind what is drawn
 * @param x the x value of a vertical line or a point; NaN for a horizontal line
 * @param y the y value of a horizontal line or a point; NaN for a vertical line
 * @param label the label, never null (may be empty)
 */
public record Marker(Kind kind, double x, double y, String label) {

    /** What a marker draws. */
    public enum Kind {
        /** A line across the plot at height {@code y}. */
        HORIZONTAL,
        /** A line across the plot at {@code x}. */
        VERTICAL,
        /** A symbol at {@code (x, y)}. */
        POINT
    }

    /** Checks that the coordinates the kind needs are finite. */
    public Marker {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        boolean needX = kind != Kind.HORIZONTAL;
        boolean needY = kind != Kind.VERTICAL;
        if (needX && !Double.isFinite(x) || needY && !Double.isFinite(y)) {
            throw new IllegalArgumentException("marker '" + label + "' (" + kind + ") needs finite coordinates");
        }
    }

    /** @return a horizontal line at {@code y} */
    public static Marker horizontal(double y, String label) {
        return new Marker(Kind.HORIZONTAL, Double.NaN, y, label);
    }

    /** @return a vertical line at {@code x} */
    public static Marker vertical(double x, String label) {
        return new Marker(Kind.VERTICAL, x, Double.NaN, label);
    }

    /** @return a labelled point */
    public static Marker point(double x, double y, String label) {
        return new Marker(Kind.POINT, x, y, label);
    }
}
