package org.losslandscape.core.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final double NAN = Double.NaN;

    @Test
    void trainingCurvesOverlayRunsAndDropMissingValues() {
        double[] step = {0, 10, 20, 30};
        List<Charts.RunCurve> runs = List.of(
                new Charts.RunCurve("sgd", step, new double[] {2, 1, 0.5, 0.25}, new double[] {NAN, 1.2, NAN, 0.4}),
                new Charts.RunCurve("adam", step, new double[] {2, 0.5, 0.2, 0.1}, null));
        ChartSpec chart = Charts.trainingCurves("loss", "loss", runs, true, true);
        assertEquals(List.of("sgd train", "sgd validation", "adam train"),
                chart.series().stream().map(Series::name).toList());
        assertTrue(chart.xAxis().log());
        assertArrayEquals(new double[] {10, 20, 30}, chart.series("sgd train").x(), "step 0 is not on a log axis");
        assertArrayEquals(new double[] {1.2, 0.4}, chart.series("sgd validation").y());
        assertEquals(Series.Style.LINE_POINTS, chart.series("sgd validation").style());
    }

    @Test
    void landscapeHasHeatmapContoursTrajectoryAndMarkers() {
        double[] g = ContoursTest.grid(-1, 1, 21);
        double[] v = new double[g.length * g.length];
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g.length; j++) {
                v[i * g.length + j] = 1 + g[i] * g[i] + 2 * g[j] * g[j];
            }
        }
        Heatmap heatmap = Heatmap.of(g, g, v, Heatmap.Order.X_MAJOR).withLogColor(true).withContourCount(5);
        assertEquals(5, heatmap.contourLevels().length);
        ChartSpec chart = Charts.landscape("landscape", heatmap, new double[] {0.8, 0.4, 0.1},
                new double[] {0.7, 0.3, 0.05}, List.of(Marker.point(0, 0, "minimum")));
        assertNotNull(chart.heatmap());
        assertFalse(chart.contours().isEmpty());
        assertEquals(Series.Style.LINE_POINTS, chart.series(Charts.TRAJECTORY).style());
        assertEquals(List.of("start", "end", "minimum"), chart.markers().stream().map(Marker::label).toList());
        assertEquals(0.1, chart.markers().get(1).x());
        assertEquals(new Range(-1, 1), chart.xAxis().range());
    }

    @Test
    void sliceMarksTheTrainedModel() {
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("train loss", new double[] {3, 1, 3});
        curves.put("test loss", new double[] {4, 2, 4});
        ChartSpec chart = Charts.slice("slice", "α", new double[] {-1, 0, 1}, curves, "loss", false);
        assertEquals(2, chart.series().size());
        assertEquals(List.of(Marker.vertical(0, "θ*")), chart.markers());
    }

    @Test
    void eigenvaluesAreBarsWithAThreshold() {
        ChartSpec chart = Charts.topEigenvalues("top", new double[] {50, 20, 3}, 40, "2/η");
        Series bars = chart.series().get(0);
        assertEquals(Series.Style.BARS, bars.style());
        assertArrayEquals(new double[] {1, 2, 3}, bars.x());
        assertEquals(Marker.Kind.HORIZONTAL, chart.markers().get(0).kind());
        assertTrue(Charts.topEigenvalues("top", new double[] {1}, NAN, "").markers().isEmpty());
    }

    @Test
    void spectralDensityIsPositiveOnALogAxis() {
        ChartSpec chart = Charts.spectralDensity("density", new double[] {-1, 0, 1, 2}, new double[] {0, 1, 3, 0});
        assertTrue(chart.yAxis().log());
        for (double d : chart.series().get(0).y()) {
            assertTrue(d > 0);
        }
    }

    @Test
    void sharpnessShowsTheStabilityThreshold() {
        ChartSpec chart = Charts.sharpness("sharpness", new double[] {0, 1, 2}, new double[] {10, 30, 41}, 0.05);
        Marker threshold = chart.markers().get(0);
        assertEquals(Marker.Kind.HORIZONTAL, threshold.kind());
        assertEquals(40, threshold.y(), 1e-12);
        assertEquals("2/η = 40.00", threshold.label());
    }

    @Test
    void sharedRangeCoversAllLandscapes() {
        assertEquals(new Range(0.5, 9), Charts.sharedRange(false, new double[] {1, 9, NAN},
                new double[] {0.5, Double.POSITIVE_INFINITY}));
        assertEquals(new Range(2, 3), Charts.sharedRange(true, new double[] {-1, 0, 2}, new double[] {3}));
        assertNull(Charts.sharedRange(false, new double[] {1, 1}));
    }

    @Test
    void descriptionsAreImmutable() {
        double[] x = {1, 2};
        Series s = Series.line("s", x, new double[] {3, 4});
        x[0] = 99;
        s.x()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, s.x());
        assertThrows(UnsupportedOperationException.class,
                () -> ChartSpec.of("", Axis.linear(""), Axis.linear(""), List.of(s)).series().add(s));
        assertThrows(IllegalArgumentException.class, () -> new Series("bad", x, new double[1], Series.Style.LINE));
        assertThrows(IllegalArgumentException.class, () -> Heatmap.of(new double[] {0, 1}, new double[] {1, 0},
                new double[4], Heatmap.Order.X_MAJOR));
    }

    @Test
    void edgeOfStabilityDrawsTheThresholdItRecorded() {
        double[] step = {0, 10, 20};
        ChartSpec c = Charts.edgeOfStability(step, new double[] {8, 9.5, 10.2}, new double[] {10, 10, 10});
        assertEquals(1, c.series().size());
        assertEquals(3, c.series().get(0).size());
        assertEquals(10, c.markers().get(0).y(), 0);
        assertEquals("stability threshold 10.00", c.markers().get(0).label());
        assertEquals("Edge of stability", c.title());
        ChartSpec none = Charts.edgeOfStability(step, new double[] {1, 2, 3}, new double[] {Double.NaN, Double.NaN,
            Double.NaN});
        assertEquals(List.of(), none.markers(), "no threshold known: no line");
        assertEquals("Edge of stability (the optimizer declares no stability threshold)", none.title());
    }
}
