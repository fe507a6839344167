package org.losslandscape.report;

import java.util.Collection;

import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Range;
import org.losslandscape.core.results.LossSurface;

/**
 * One colour scale for landscapes that are compared (the report's variant comparison and the workbench's Compare
 * view): the range of all their finite losses, logarithmic when every loss is positive and they span more than a
 * factor of {@value #LOG_SPAN}; the same contour levels follow from the shared range.
 *
 * @param range the shared colour range, or null when the values are all equal or missing
 * @param log whether the scale is logarithmic
 */
public record SharedScale(Range range, boolean log) {

    /** A shared scale is logarithmic when the values span more than this factor. */
    public static final double LOG_SPAN = 50;

    /** @return the scale shared by the training losses of these surfaces */
    public static SharedScale of(Collection<LossSurface> surfaces) {
        double[][] values = surfaces.stream().map(LossSurface::trainLoss).toArray(double[][]::new);
        Range linear = Charts.sharedRange(false, values);
        Range positive = Charts.sharedRange(true, values);
        boolean log = linear != null && positive != null && linear.min() > 0
                && positive.max() / positive.min() > LOG_SPAN;
        return new SharedScale(log ? positive : linear, log);
    }

    /** @return the surface's training loss as a heatmap on this scale, with {@code contours} shared levels */
    public Heatmap heatmap(LossSurface s, String colorMap, int contours) {
        Heatmap h = Heatmap.of(s.x(), s.y(), s.trainLoss(), Heatmap.Order.X_MAJOR).withColorMap(colorMap)
                .withLogColor(log);
        return (range == null ? h : h.withValueRange(range)).withContourCount(contours);
    }
}
