package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Json;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.ColorMaps;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;

/**
 * The live page's files and data, read back: the library and script beside the page, the figures' JSON parsed with
 * the project's reader, heatmap cells that hold the values of the grid (rounded, thinned by a stride for large
 * grids), log axes, markers and the PNG fallback. The drawing itself is tested in a browser (the CLI's
 * {@code LiveReportBrowserTest}).
 */
class LivePageTest {

    @TempDir
    Path dir;

    @Test
    void thePageCarriesEveryFigureAsJsonBesideTheLibraryAndThePngFallback() throws Exception {
        ChartSpec evil = ChartSpec.of("</script><b>", Axis.logarithmic("step"), Axis.linear("loss"),
                List.of(Series.line("</script>", new double[] {0, 1, 10}, new double[] {3, Double.NaN, 1})))
                .withMarkers(List.of(Marker.vertical(10, "best"), Marker.horizontal(2, "2/η")));
        HtmlReport report = new HtmlReport("live", Map.of(), List.of(new Figure("landscape", Fixtures.landscape(true),
                "c"), new Figure("evil", evil, "e")), HtmlReport.Images.LIVE, 480, 320);
        Path index = report.write(dir);
        for (String file : List.of("echarts.min.js", "report.js", "landscape.png", "evil.png")) {
            assertTrue(Files.size(dir.resolve(file)) > 1000, file);
        }
        assertTrue(Files.readString(dir.resolve("echarts.min.js")).contains("echarts"), "the library itself");
        String html = Files.readString(index);
        assertTrue(html.contains("<img src=\"landscape.png\""), "the PNG stays as the fallback");
        assertTrue(html.contains("<div class=\"live\" data-figure=\"landscape\""));
        String json = data(html);
        assertFalse(json.contains("</"), "nothing ends the script block early");
        Map<?, ?> figures = (Map<?, ?>) Json.parse(json);
        assertEquals(List.of("landscape", "evil"), List.copyOf(figures.keySet()));

        Map<?, ?> option = (Map<?, ?>) ((Map<?, ?>) figures.get("evil")).get("option");
        assertEquals("log", ((Map<?, ?>) option.get("xAxis")).get("type"));
        List<?> series = (List<?>) option.get("series");
        Map<?, ?> line = (Map<?, ?>) series.get(0);
        assertEquals("</script>", line.get("name"));
        assertEquals(List.of(Arrays.asList(1L, null), List.of(10L, 1L)), line.get("data"),
                "step 0 cannot be on a log axis; NaN is a gap");
        Map<?, ?> markLine = (Map<?, ?>) ((Map<?, ?>) series.get(1)).get("markLine");
        assertEquals(List.of(Map.of("xAxis", 10L, "name", "best"), Map.of("yAxis", 2L, "name", "2/η")),
                markLine.get("data"));
        assertEquals(List.of("</script>"), ((Map<?, ?>) option.get("legend")).get("data"));
    }

    @Test
    void heatmapCellsHoldTheGridValuesAndTheColourScaleIsTheSpecs() throws Exception {
        ChartSpec chart = Fixtures.landscape(true);
        Map<?, ?> figure = (Map<?, ?>) Json.parse(Json.write(EChartsOption.of(chart)));
        Map<?, ?> option = (Map<?, ?>) figure.get("option");
        Map<?, ?> cells = (Map<?, ?>) ((List<?>) option.get("series")).get(0);
        assertEquals("custom", cells.get("type"));
        assertEquals("cells", cells.get("renderItem"), "the page draws the cells from the grid");
        Heatmap h = chart.heatmap();
        Map<?, ?> surface = (Map<?, ?>) figure.get("surface");
        List<?> x = (List<?>) surface.get("x");
        List<?> y = (List<?>) surface.get("y");
        List<?> values = (List<?>) surface.get("v");
        assertEquals(41, x.size(), "a small grid is kept whole");
        assertEquals(31, y.size());
        assertEquals(41, values.size(), "one row per x");
        assertEquals(h.x()[5], number(x.get(5)), 1e-12);
        assertEquals(h.y()[7], number(y.get(7)), 1e-12);
        assertEquals(h.value(5, 7), number(((List<?>) values.get(5)).get(7)), Math.abs(h.value(5, 7)) * 1e-6);
        Map<?, ?> scale = (Map<?, ?>) surface.get("scale");
        assertEquals(Boolean.TRUE, scale.get("log"));
        assertEquals(h.colorRange().min(), number(scale.get("min")), 0);
        Map<?, ?> bar = (Map<?, ?>) option.get("visualMap");
        List<?> colours = (List<?>) ((Map<?, ?>) bar.get("inRange")).get("color");
        assertEquals(17, colours.size());
        assertEquals("#440154", colours.get(0), "viridis, as the PNG");
        assertEquals("#fde725", colours.get(16));
        Map<?, ?> contours = (Map<?, ?>) ((Map<?, ?>) ((List<?>) option.get("series")).get(1)).get("contours");
        List<?> first = (List<?>) ((List<?>) contours.get("lines")).get(0);
        double x0 = number(contours.get("x0")) + number(first.get(0)) * number(contours.get("dx"));
        double y0 = number(contours.get("y0")) + number(first.get(1)) * number(contours.get("dy"));
        assertEquals(chart.contours().get(0).x(0), x0, 4.0 / 1000, "contours on a grid of 1/1000 of their extent");
        assertEquals(chart.contours().get(0).y(0), y0, 3.0 / 1000);
    }

    @Test
    void aLargeGridIsThinnedByAStrideThatKeepsRealGridPoints() throws Exception {
        double[] x = Fixtures.grid(-1, 1, 301);
        double[] y = Fixtures.grid(-1, 1, 250);
        Heatmap h = Heatmap.of(x, y, Fixtures.doubleWell(x, y), Heatmap.Order.X_MAJOR);
        ChartSpec chart = ChartSpec.of("big", Axis.linear("α"), Axis.linear("β"), List.of()).withHeatmap(h,
                List.of());
        String json = Json.write(EChartsOption.of(chart));
        Map<?, ?> surface = (Map<?, ?>) ((Map<?, ?>) Json.parse(json)).get("surface");
        List<?> gx = (List<?>) surface.get("x");
        List<?> gy = (List<?>) surface.get("y");
        assertTrue(gx.size() <= EChartsOption.MAX_SIDE && gx.size() > 90, "x side " + gx.size());
        assertTrue(gy.size() <= EChartsOption.MAX_SIDE && gy.size() > 80, "y side " + gy.size());
        assertEquals(x[3], number(gx.get(1)), 1e-6, "stride 3 over 301 points");
        assertTrue(json.length() < 1_000_000, "compact: " + json.length() + " characters for 91 000 values");
    }

    @Test
    void strideAndRounding() {
        assertArrayEquals(new int[] {0, 1, 2}, Compact.stride(3, 10, true));
        assertArrayEquals(new int[] {0, 3, 6, 9}, Compact.stride(10, 4, true));
        assertArrayEquals(new int[] {0, 3, 6, 9, 10}, Compact.stride(11, 4, true), "the last point is kept");
        assertArrayEquals(new int[] {0, 3, 6, 9}, Compact.stride(11, 4, false));
        assertEquals(0.123457, Compact.round(0.1234567, 6));
        assertEquals(-1234.57, Compact.round(-1234.5671, 6));
        assertEquals(1.5e-7, Compact.round(1.5e-7, 6));
        assertTrue(Double.isNaN(Compact.round(Double.NaN, 6)));
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    private static String data(String html) {
        String open = "<script type=\"application/json\" id=\"llw-data\">";
        int from = html.indexOf(open) + open.length();
        return html.substring(from, html.indexOf("</script>", from));
    }
}
