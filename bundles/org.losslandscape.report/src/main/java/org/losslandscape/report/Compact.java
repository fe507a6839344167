package org.losslandscape.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers and index sets for the live page's JSON: values rounded to the digits a chart shows, and strides that
 * thin a long series or a large grid for display (the full data stay in the CSV/HDF5 exports). Rounding keeps a
 * value's order of magnitude; a kept grid point keeps its exact coordinates' rounded value, never an average, so
 * what the page shows under the cursor is what the result file holds there.
 */
final class Compact {

    /** Significant digits of values shown on hover (losses, eigenvalues). */
    static final int VALUE_DIGITS = 6;

    private Compact() {
    }

    /** @return {@code v} rounded to {@code digits} significant decimal digits; NaN and infinities unchanged */
    static double round(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    /** @return a copy of {@code a} with each element rounded to {@code digits} significant digits */
    static double[] round(double[] a, int digits) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = round(a[i], digits);
        }
        return out;
    }

    /**
     * @return the indices {@code 0, s, 2s, ...} of {@code n} points with the stride {@code s = ceil(n / max)}, so at
     *         most {@code max} of them, plus the last index when {@code keepLast} and it is not among them (so that a
     *         curve still ends where it ends)
     */
    static int[] stride(int n, int max, boolean keepLast) {
        int s = Math.max(1, (n + max - 1) / max);
        int count = n == 0 ? 0 : (n - 1) / s + 1;
        boolean addLast = keepLast && count > 0 && (count - 1) * s != n - 1;
        int[] idx = new int[count + (addLast ? 1 : 0)];
        for (int k = 0; k < count; k++) {
            idx[k] = k * s;
        }
        if (addLast) {
            idx[count] = n - 1;
        }
        return idx;
    }
}
