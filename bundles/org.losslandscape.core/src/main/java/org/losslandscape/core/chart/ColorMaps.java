package org.losslandscape.core.chart;

import java.util.List;

/**
 * Colour maps as functions from a value to a packed {@code 0xRRGGBB} colour, so that every renderer (Java2D, SWT)
 * colours a heatmap identically. Colours are linear interpolations in RGB between anchor colours.
 *
 * <ul>
 * <li>{@value #VIRIDIS}: perceptually uniform, dark blue-violet to yellow; the default for loss surfaces.</li>
 * <li>{@value #COOLWARM}: diverging, blue through light grey to red, for signed values centred on a middle value
 * (differences between landscapes, eigenvalues).</li>
 * </ul>
 */
public final class ColorMaps {

    /** The name of the viridis map. */
    public static final String VIRIDIS = "viridis";

    /** The name of the diverging blue–grey–red map. */
    public static final String COOLWARM = "coolwarm";

    /** The colour of values that cannot be mapped (NaN, or non-positive on a log scale). */
    public static final int MISSING = 0xBFBFBF;

    // nine evenly spaced samples of matplotlib's viridis
    private static final int[] VIRIDIS_ANCHORS = {0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E, 0x1F9E89,
            0x35B779, 0x6ECE58, 0xFDE725};

    // five evenly spaced samples of Moreland's cool-warm diverging map
    private static final int[] COOLWARM_ANCHORS = {0x3B4CC0, 0x8DB0FE, 0xDDDDDD, 0xF49A7B, 0xB40426};

    private ColorMaps() {
    }

    /** @return the names of the known colour maps, the default first */
    public static List<String> names() {
        return List.of(VIRIDIS, COOLWARM);
    }

    /** @throws IllegalArgumentException if {@code name} is not a known colour map */
    public static void require(String name) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("unknown colour map '" + name + "', known: " + names());
        }
    }

    /**
     * @param name a colour map name
     * @param t the position in the map, clamped to {@code [0, 1]}; NaN gives {@link #MISSING}
     * @return the colour as {@code 0xRRGGBB}
     */
    public static int rgb(String name, double t) {
        if (Double.isNaN(t)) {
            return MISSING;
        }
        int[] anchors = switch (name) {
            case VIRIDIS -> VIRIDIS_ANCHORS;
            case COOLWARM -> COOLWARM_ANCHORS;
            default -> throw new IllegalArgumentException("unknown colour map '" + name + "', known: " + names());
        };
        double s = Math.min(1, Math.max(0, t)) * (anchors.length - 1);
        int k = Math.min((int) s, anchors.length - 2);
        double f = s - k;
        int a = anchors[k];
        int b = anchors[k + 1];
        return mix(a >> 16 & 0xFF, b >> 16 & 0xFF, f) << 16 | mix(a >> 8 & 0xFF, b >> 8 & 0xFF, f) << 8
                | mix(a & 0xFF, b & 0xFF, f);
    }

    /**
     * Maps a value through a range: {@code min} gives the map's first colour and {@code max} its last; values
     * outside are clamped.
     *
     * @param log whether positions follow {@code log10(value)}; then {@code min} must be positive and non-positive
     *        values give {@link #MISSING}
     * @return the colour as {@code 0xRRGGBB}
     */
    public static int rgb(String name, double value, Range range, boolean log) {
        return rgb(name, position(value, range, log));
    }

    /**
     * @return the position of {@code value} in {@code range}, in {@code [0, 1]} after clamping, or NaN if the value
     *         cannot be mapped
     */
    public static double position(double value, Range range, boolean log) {
        if (Double.isNaN(value) || log && value <= 0) {
            return Double.NaN;
        }
        double t;
        if (log) {
            double lo = Math.log10(range.min());
            t = (Math.log10(value) - lo) / (Math.log10(range.max()) - lo);
        } else {
            t = (value - range.min()) / range.length();
        }
        return Math.min(1, Math.max(0, t));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
