package org.losslandscape.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.ColorMaps;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.chart.Polyline;
import org.losslandscape.core.chart.Range;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.chart.SeriesPalette;

/**
 * Converts a {@link ChartSpec} into what the live page draws with Apache ECharts: a JSON-ready map
 * {@code {"option": <ECharts option>, "surface": <grid for hover and the 3D view, or absent>}} of maps, lists,
 * {@code double[]} and strings, for {@link org.losslandscape.compute.io.Json#write}. One converter for every
 * figure, the kinds other bundles add included; the same layers as {@link ChartRenderer}, bottom to top: heatmap
 * (cells coloured by the spec's colour map over its colour range, a colour bar that filters), contour lines, the
 * series (legend entries that toggle them, values on hover), reference lines and labelled points. Log axes stay log
 * axes; values they cannot show are left out. A heatmap is a {@code custom} series on value axes (ECharts' own
 * heatmap needs category axes, which would lose the trajectory's coordinates); the page supplies its
 * {@code renderItem} and tooltip, which JSON cannot hold. Numbers are rounded ({@link Compact}), long series and
 * large grids thinned by a stride.
 */
final class EChartsOption {

    /** A series keeps at most this many points in the page. */
    static final int MAX_POINTS = 1200;
    /** A heatmap keeps at most this many grid points per side in the page. */
    static final int MAX_SIDE = 121;
    /** Significant digits of coordinates (steps, α, β). */
    private static final int COORD_DIGITS = 6;
    /** Samples of the colour map handed to ECharts: its anchors are at multiples of 1/8, so 17 are exact. */
    private static final int COLOUR_STOPS = 17;
    private static final String MARKER_COLOR = "#202020";
    /** Contour points are rounded to this fraction of the lines' extent. */
    private static final int CONTOUR_STEPS = 1000;

    private EChartsOption() {
    }

    /** @return the page's description of the chart: the ECharts option and, for a heatmap, its grid */
    static Map<String, Object> of(ChartSpec spec) {
        Map<String, Object> figure = new LinkedHashMap<>();
        Map<String, Object> option = new LinkedHashMap<>();
        boolean logX = spec.xAxis().log();
        boolean logY = spec.yAxis().log();
        Heatmap heatmap = spec.heatmap();
        Range colours = heatmap == null ? null : heatmap.colorRange();
        boolean cells = colours != null;

        option.put("animation", false);
        if (!spec.title().isEmpty()) {
            option.put("title", map("text", spec.title(), "left", "center", "textStyle", map("fontSize", 14)));
        }
        option.put("grid", map("left", 72, "right", cells ? 110 : 36, "top", spec.series().isEmpty() ? 44 : 64,
                "bottom", 78));
        option.put("xAxis", axis(spec.xAxis()));
        option.put("yAxis", axis(spec.yAxis()));
        option.put("tooltip", cells ? map("trigger", "item", "confine", true)
                : map("trigger", "axis", "confine", true, "axisPointer", map("type", "cross")));
        List<Object> zoom = new ArrayList<>();
        zoom.add(map("type", "inside", "xAxisIndex", 0, "filterMode", "none"));
        zoom.add(map("type", "slider", "xAxisIndex", 0, "filterMode", "none", "height", 16, "bottom", 8));
        if (cells) {
            zoom.add(map("type", "inside", "yAxisIndex", 0, "filterMode", "none"));
        }
        option.put("dataZoom", zoom);
        option.put("toolbox", map("right", 8, "top", 0, "feature", map("dataZoom", map("filterMode", "none"),
                "restore", map(), "saveAsImage", map())));

        List<Object> series = new ArrayList<>();
        List<Object> legend = new ArrayList<>();
        if (cells) {
            series.add(cells(heatmap));
            option.put("visualMap", colourBar(heatmap));
            figure.put("surface", surface(heatmap, colours, spec));
        }
        if (!spec.contours().isEmpty()) {
            series.add(contours(spec.contours()));
        }
        int colour = 0;
        for (Series s : spec.series()) {
            series.add(series(s, SeriesPalette.rgb(colour++), logX, logY));
            legend.add(s.name());
        }
        addMarkers(spec.markers(), series, logX, logY);
        if (!legend.isEmpty()) {
            option.put("legend", map("type", "scroll", "top", 26, "left", 60, "right", 60, "data", legend));
        }
        option.put("series", series);
        figure.put("option", option);
        return figure;
    }

    private static Map<String, Object> axis(Axis a) {
        Map<String, Object> axis = map("type", a.log() ? "log" : "value", "name", a.label(), "nameLocation",
                "middle", "nameGap", 30, "scale", true, "axisLine", map("onZero", false), "splitLine",
                map("lineStyle", map("color", "#dddddd")));
        if (a.log()) {
            axis.put("logBase", 10);
        }
        Range r = a.range();
        if (r != null) {
            axis.put("min", Compact.round(r.min(), COORD_DIGITS));
            axis.put("max", Compact.round(r.max(), COORD_DIGITS));
            // the ends of a fixed range are rarely round numbers: their labels would crowd the ticks
            axis.put("axisLabel", map("showMinLabel", false, "showMaxLabel", false));
        }
        return axis;
    }

    private static Map<String, Object> series(Series s, int rgb, boolean logX, boolean logY) {
        List<Object> data = new ArrayList<>();
        for (int i : Compact.stride(s.size(), MAX_POINTS, true)) {
            double x = s.x(i);
            double y = s.y(i);
            if (Double.isNaN(x) || logX && x <= 0) {
                continue;
            }
            // NaN is a gap (written as null); so is a value a log axis cannot show
            data.add(new double[] {Compact.round(x, COORD_DIGITS),
                    logY && y <= 0 ? Double.NaN : Compact.round(y, Compact.VALUE_DIGITS)});
        }
        String colour = hex(rgb);
        Map<String, Object> out = map("name", s.name(), "color", colour, "data", data, "emphasis",
                map("focus", "series"));
        switch (s.style()) {
            case LINE -> out.putAll(map("type", "line", "showSymbol", false, "symbolSize", 4, "lineStyle",
                    map("width", 1.6)));
            case LINE_POINTS -> out.putAll(map("type", "line", "showSymbol", true, "symbolSize", 5, "lineStyle",
                    map("width", 1.6)));
            case POINTS -> out.putAll(map("type", "scatter", "symbolSize", 6));
            case BARS -> out.putAll(map("type", "bar", "barMaxWidth", 24));
        }
        return out;
    }

    /**
     * The heatmap as a {@code custom} series whose cells {@code [x, y, value, colour position]} the page builds from
     * the figure's {@code surface} grid (values only, so each cell costs one number in the file).
     */
    private static Map<String, Object> cells(Heatmap h) {
        double[] x = h.x();
        double[] y = h.y();
        int[] xi = Compact.stride(x.length, MAX_SIDE, false);
        int[] yi = Compact.stride(y.length, MAX_SIDE, false);
        double dx = (x[xi[xi.length - 1]] - x[0]) / Math.max(1, xi.length - 1);
        double dy = (y[yi[yi.length - 1]] - y[0]) / Math.max(1, yi.length - 1);
        return map("id", "heatmap", "name", "heatmap", "type", "custom", "renderItem", "cells", "cell",
                new double[] {Compact.round(dx, COORD_DIGITS), Compact.round(dy, COORD_DIGITS)}, "clip", true,
                "silent", false, "progressive", 0, "encode", map("x", 0, "y", 1, "tooltip", List.of(2)), "data",
                List.of(), "z", 1);
    }

    /** The colour bar: it maps the cells' colour position (0..1) through the spec's colour map; the page labels it. */
    private static Map<String, Object> colourBar(Heatmap h) {
        List<Object> stops = new ArrayList<>();
        for (int k = 0; k < COLOUR_STOPS; k++) {
            stops.add(hex(ColorMaps.rgb(h.colorMap(), k / (double) (COLOUR_STOPS - 1))));
        }
        return map("type", "continuous", "seriesIndex", 0, "dimension", 3, "min", 0, "max", 1, "calculable", true,
                "precision", 4, "right", 8, "top", "middle", "itemHeight", 260, "inRange", map("color", stops));
    }

    /**
     * The grid for the page's heatmap cells, hover read-out and 3D view (which draws the chart's series as paths on
     * the surface): the kept coordinates, the values (one row per x, NaN as null) and the colour scale (range, log).
     */
    private static Map<String, Object> surface(Heatmap h, Range colours, ChartSpec spec) {
        double[] x = h.x();
        double[] y = h.y();
        int[] xi = Compact.stride(x.length, MAX_SIDE, false);
        int[] yi = Compact.stride(y.length, MAX_SIDE, false);
        double[] gx = new double[xi.length];
        double[] gy = new double[yi.length];
        List<Object> values = new ArrayList<>();
        for (int a = 0; a < xi.length; a++) {
            gx[a] = Compact.round(x[xi[a]], COORD_DIGITS);
            double[] row = new double[yi.length];
            for (int b = 0; b < yi.length; b++) {
                row[b] = Compact.round(h.value(xi[a], yi[b]), Compact.VALUE_DIGITS);
            }
            values.add(row);
        }
        for (int b = 0; b < yi.length; b++) {
            gy[b] = Compact.round(y[yi[b]], COORD_DIGITS);
        }
        return map("x", gx, "y", gy, "v", values, "scale", map("min", colours.min(), "max", colours.max(), "log",
                h.logColor()), "xName", spec.xAxis().label(), "yName", spec.yAxis().label());
    }

    /**
     * Contour lines as one silent line series that the page builds from {@code contours}: each polyline as integers,
     * its first point and then the steps between points, on a grid of 1/{@value #CONTOUR_STEPS} of the lines' extent
     * (a fraction of a pixel) — a few characters a point where decimals take sixteen; points that fall on the
     * previous one are left out.
     */
    private static Map<String, Object> contours(List<Polyline> lines) {
        double[] box = bounds(lines);
        double sx = Math.max(box[1] - box[0], Double.MIN_NORMAL) / CONTOUR_STEPS;
        double sy = Math.max(box[3] - box[2], Double.MIN_NORMAL) / CONTOUR_STEPS;
        List<Object> encoded = new ArrayList<>();
        for (Polyline p : lines) {
            double[] steps = new double[2 * p.size()];
            int n = 0;
            long lastX = 0;
            long lastY = 0;
            for (int i = 0; i < p.size(); i++) {
                long qx = Math.round((p.x(i) - box[0]) / sx);
                long qy = Math.round((p.y(i) - box[2]) / sy);
                if (i > 0 && qx == lastX && qy == lastY) {
                    continue;
                }
                steps[n++] = i == 0 ? qx : qx - lastX;
                steps[n++] = i == 0 ? qy : qy - lastY;
                lastX = qx;
                lastY = qy;
            }
            if (n >= 4) {
                encoded.add(Arrays.copyOf(steps, n));
            }
        }
        return map("id", "contours", "type", "line", "silent", true, "showSymbol", false, "connectNulls", false,
                "tooltip", map("show", false), "lineStyle", map("color", "rgba(255,255,255,0.78)", "width", 0.8),
                "data", List.of(), "z", 2, "contours", map("x0", box[0], "dx", sx, "y0", box[2], "dy", sy, "lines",
                        encoded));
    }

    /** @return {min x, max x, min y, max y} of the polylines' points */
    private static double[] bounds(List<Polyline> lines) {
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (Polyline p : lines) {
            for (int i = 0; i < p.size(); i++) {
                box[0] = Math.min(box[0], p.x(i));
                box[1] = Math.max(box[1], p.x(i));
                box[2] = Math.min(box[2], p.y(i));
                box[3] = Math.max(box[3], p.y(i));
            }
        }
        return box;
    }

    private static void addMarkers(List<Marker> markers, List<Object> series, boolean logX, boolean logY) {
        List<Object> lines = new ArrayList<>();
        List<Object> points = new ArrayList<>();
        for (Marker m : markers) {
            switch (m.kind()) {
                case VERTICAL -> {
                    if (!logX || m.x() > 0) {
                        lines.add(map("xAxis", Compact.round(m.x(), COORD_DIGITS), "name", m.label()));
                    }
                }
                case HORIZONTAL -> {
                    if (!logY || m.y() > 0) {
                        lines.add(map("yAxis", Compact.round(m.y(), Compact.VALUE_DIGITS), "name", m.label()));
                    }
                }
                case POINT -> {
                    if ((!logX || m.x() > 0) && (!logY || m.y() > 0)) {
                        points.add(map("name", m.label(), "value", new double[] {Compact.round(m.x(), COORD_DIGITS),
                                Compact.round(m.y(), COORD_DIGITS)}));
                    }
                }
            }
        }
        if (!lines.isEmpty()) {
            series.add(map("id", "marker-lines", "type", "line", "data", List.of(), "z", 5, "markLine",
                    map("symbol", List.of("none", "none"), "silent", false, "animation", false, "lineStyle",
                            map("color", MARKER_COLOR, "type", "dashed", "width", 1.2), "label",
                            map("formatter", "{b}", "position", "insideEndTop", "color", MARKER_COLOR), "data",
                            lines)));
        }
        if (!points.isEmpty()) {
            series.add(map("id", "marker-points", "type", "scatter", "data", points, "z", 6, "symbolSize", 9,
                    "itemStyle", map("color", "#ffffff", "borderColor", MARKER_COLOR, "borderWidth", 1.5), "label",
                    map("show", true, "formatter", "{b}", "position", "right", "color", MARKER_COLOR, "fontSize",
                            11)));
        }
    }

    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    /** @return a mutable insertion-ordered map of the given key/value pairs */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            m.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return m;
    }
}
