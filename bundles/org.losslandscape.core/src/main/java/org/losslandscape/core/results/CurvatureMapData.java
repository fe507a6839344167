package org.losslandscape.core.results;

import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Range;
import org.losslandscape.model.ResultKind;

/**
 * λ_max and λ_min of the Hessian at the points of a grid over a 2D slice (Li et al. 2018, section 6), read from a
 * result of kind {@link #KIND}: an array of shape {@code [2, nx, ny]}, λ_max then λ_min, rows x, columns y, on the
 * grid its metadata give ({@link ResultKeys#X_RANGE}, {@link ResultKeys#Y_RANGE}, {@link ResultKeys#POINTS}); NaN
 * where a cancelled run did not compute a point.
 *
 * @param x the x coordinates
 * @param y the y coordinates
 * @param lambdaMax λ_max at (x[i], y[j]), index {@code i·ny + j}
 * @param lambdaMin λ_min, the same order
 */
public record CurvatureMapData(double[] x, double[] y, double[] lambdaMax, double[] lambdaMin) {

    /** The kind of a curvature map. */
    public static final ResultKind KIND = ResultKind.valueOf("CURVATURE_MAP");
    /** The Lanczos steps per point a map was computed with, at most. */
    public static final ResultKey<Long> LANCZOS_STEPS = ResultKey.integer("lanczos_steps");

    /** Checks the lengths agree. */
    public CurvatureMapData {
        int n = x.length * y.length;
        if (lambdaMax.length != n || lambdaMin.length != n) {
            throw new IllegalArgumentException("a curvature map on " + x.length + "×" + y.length + " points needs "
                    + n + " values of each eigenvalue, got " + lambdaMax.length + " and " + lambdaMin.length);
        }
    }

    /**
     * @param range the colour range (shared between maps that are compared), or null for [0, the largest finite
     *        ratio]
     * @return the heatmap of |λ_min/λ_max| (x index outer), points without positive curvature left blank (NaN)
     */
    public Heatmap ratioHeatmap(Range range) {
        double[] ratio = ratio();
        double hi = 0;
        for (int i = 0; i < ratio.length; i++) {
            if (!Double.isFinite(ratio[i])) {
                ratio[i] = Double.NaN;
            } else {
                hi = Math.max(hi, ratio[i]);
            }
        }
        Range r = range != null ? range : new Range(0, hi > 0 ? hi : 1);
        return Heatmap.of(x, y, ratio, Heatmap.Order.X_MAJOR).withValueRange(r);
    }

    /** @return |λ_min/λ_max| at every point (+∞ where λ_max ≤ 0, NaN where not computed) */
    public double[] ratio() {
        double[] out = new double[lambdaMax.length];
        for (int i = 0; i < out.length; i++) {
            double max = lambdaMax[i];
            double min = lambdaMin[i];
            out[i] = Double.isNaN(max) || Double.isNaN(min) ? Double.NaN
                    : max > 0 ? Math.abs(min / max) : Double.POSITIVE_INFINITY;
        }
        return out;
    }
}
