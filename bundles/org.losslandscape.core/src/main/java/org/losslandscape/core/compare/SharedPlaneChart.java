package org.losslandscape.core.compare;

import java.util.ArrayList;
import java.util.List;

import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;

/**
 * The figure of a {@link SharedPlaneResult}: the loss as a heatmap with contour lines at quantiles of its values (so
 * that the valleys show beside steep walls), one path per run named by its label (the legend), a "start" marker per
 * distinct start and an "end" marker at each run's solution. The report and the workbench draw the same chart.
 */
public final class SharedPlaneChart {

    private static final int CONTOURS = 12;

    private SharedPlaneChart() {
    }

    /** @return the chart; series {@code i} is run {@code i}'s path, named by its id */
    public static ChartSpec of(SharedPlaneResult r) {
        List<Charts.Path> paths = new ArrayList<>();
        List<Marker> ends = new ArrayList<>();
        for (int k = 0; k < r.runs().size(); k++) {
            double[] x = r.pathX(k);
            double[] y = r.pathY(k);
            paths.add(new Charts.Path(r.labels().get(k), x, y));
            ends.add(Marker.point(x[x.length - 1], y[y.length - 1], r.labels().get(k) + " end"));
        }
        Heatmap heatmap = Heatmap.of(r.x(), r.y(), r.losses(), Heatmap.Order.X_MAJOR);
        ChartSpec c = Charts.toySurface("Shared plane: " + String.join(", ", r.labels()), heatmap, CONTOURS, paths,
                ends);
        return new ChartSpec(c.title(), new Axis("α", false, c.xAxis().range()), new Axis("β", false,
                c.yAxis().range()), c.series(), c.markers(), c.heatmap(), c.contours());
    }
}
