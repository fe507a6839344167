package org.losslandscape.core.chart;

/**
 * A closed interval {@code [min, max]} of axis or colour values.
 *
 * @param min the lower end, finite
 * @param max the upper end, finite and greater than {@code min}
 */
public record Range(double min, double max) {

    /** @throws IllegalArgumentException if an end is not finite or {@code min >= max} */
    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
            throw new IllegalArgumentException("range needs finite min < max, got [" + min + ", " + max + "]");
        }
    }

    /** @return {@code max - min} */
    public double length() {
        return max - min;
    }

    /** @return whether {@code value} lies in the closed interval */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
