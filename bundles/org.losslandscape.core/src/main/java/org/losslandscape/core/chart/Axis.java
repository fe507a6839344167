package org.losslandscape.core.chart;

/**
 * One axis of a chart.
 *
 * @param label the axis label, never null (may be empty)
 * @param log whether the axis is logarithmic; non-positive values are then not drawn
 * @param range the fixed range, or {@code null} to fit the data
 */
public record Axis(String label, boolean log, Range range) {

    /** Replaces a null label by the empty string. */
    public Axis {
        label = label == null ? "" : label;
        if (log && range != null && range.min() <= 0) {
            throw new IllegalArgumentException("a log axis needs a positive range, got " + range);
        }
    }

    /** @return a linear axis that fits the data */
    public static Axis linear(String label) {
        return new Axis(label, false, null);
    }

    /** @return a logarithmic axis that fits the data */
    public static Axis logarithmic(String label) {
        return new Axis(label, true, null);
    }

    /** @return this axis with the fixed range {@code [min, max]} */
    public Axis withRange(double min, double max) {
        return new Axis(label, log, new Range(min, max));
    }

    /** @return this axis, linear or logarithmic as given */
    public Axis withLog(boolean logScale) {
        return new Axis(label, logScale, range);
    }
}
