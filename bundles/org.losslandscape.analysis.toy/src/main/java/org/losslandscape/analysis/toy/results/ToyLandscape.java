package org.losslandscape.analysis.toy.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.results.LossSurface;

/**
 * A toy surface's stored results (read by {@link ToyResults#SURFACES}): its grid of values, the optimizer
 * paths run on it and its critical points.
 *
 * @param title the surface's name (e.g. "Saddle x^2 - y^2"), or "toy surface" when not recorded
 * @param grid the values on the grid, 2D
 * @param paths the optimizer paths in order, or null when the run stored none for this surface
 * @param critical the critical points, empty when none were searched or found
 */
public record ToyLandscape(String title, LossSurface grid, List<Path> paths, List<Point> critical) {

    /** Contour lines of a toy surface's chart, at quantiles of the values. */
    public static final int CONTOURS = 14;
    private static final String[] TYPE_LABELS = {"min", "saddle", "max", "degenerate"};

    /**
     * One optimizer path.
     *
     * @param label what ran, e.g. "adam lr=0.1 from (1.2, 0.3)"
     * @param x the x of each step
     * @param y the y of each step
     */
    public record Path(String label, double[] x, double[] y) {
    }

    /**
     * One critical point.
     *
     * @param x where it lies
     * @param y where it lies
     * @param type 0 minimum, 1 saddle, 2 maximum, 3 degenerate (the ordinal of the engine's CriticalPointType)
     * @param index the saddle's index (the number of negative eigenvalues), 0 otherwise
     */
    public record Point(double x, double y, int type, int index) {

        /** @return "min", "saddle (index k)", "max", "degenerate", or "?" for an unknown type */
        public String label() {
            String label = type >= 0 && type < TYPE_LABELS.length ? TYPE_LABELS[type] : "?";
            return type == 1 && index > 0 ? label + String.format(Locale.ROOT, " (index %d)", index) : label;
        }
    }

    /** @return the chart of the surface with its paths and critical points, as the report and the views draw it */
    public ChartSpec chart() {
        List<Charts.Path> lines = new ArrayList<>();
        for (Path p : paths == null ? List.<Path>of() : paths) {
            lines.add(new Charts.Path(p.label(), p.x(), p.y()));
        }
        List<Marker> markers = new ArrayList<>();
        for (Point c : critical) {
            markers.add(Marker.point(c.x(), c.y(), c.label()));
        }
        Heatmap heatmap = Heatmap.of(grid.x(), grid.y(), grid.trainLoss(), Heatmap.Order.X_MAJOR);
        return Charts.toySurface(title, heatmap, CONTOURS, lines, markers);
    }
}
