package org.losslandscape.core.chart;

import java.util.List;
import java.util.Objects;

/**
 * Everything a chart shows, independent of the library that draws it. Immutable: the lists are copied and the
 * elements are immutable. Drawing order, bottom to top: heatmap, contour lines, series (in list order), markers.
 *
 * @param title the chart title, never null (may be empty)
 * @param xAxis the horizontal axis
 * @param yAxis the vertical axis
 * @param series the data series, possibly empty
 * @param markers reference lines and labelled points, possibly empty
 * @param heatmap the heatmap under the data, or {@code null}
 * @param contours contour lines drawn over the heatmap (usually {@link Contours#trace(Heatmap)}), possibly empty
 */
public record ChartSpec(String title, Axis xAxis, Axis yAxis, List<Series> series, List<Marker> markers,
        Heatmap heatmap, List<Polyline> contours) {

    /** Copies the lists; null lists become empty. */
    public ChartSpec {
        title = title == null ? "" : title;
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        series = series == null ? List.of() : List.copyOf(series);
        markers = markers == null ? List.of() : List.copyOf(markers);
        contours = contours == null ? List.of() : List.copyOf(contours);
    }

    /** @return a chart of the given series only */
    public static ChartSpec of(String title, Axis xAxis, Axis yAxis, List<Series> series) {
        return new ChartSpec(title, xAxis, yAxis, series, List.of(), null, List.of());
    }

    /** @return this chart with other markers */
    public ChartSpec withMarkers(List<Marker> newMarkers) {
        return new ChartSpec(title, xAxis, yAxis, series, newMarkers, heatmap, contours);
    }

    /** @return this chart with a heatmap and its contour lines */
    public ChartSpec withHeatmap(Heatmap newHeatmap, List<Polyline> newContours) {
        return new ChartSpec(title, xAxis, yAxis, series, markers, newHeatmap, newContours);
    }

    /** @return the series with this name, or {@code null} */
    public Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
