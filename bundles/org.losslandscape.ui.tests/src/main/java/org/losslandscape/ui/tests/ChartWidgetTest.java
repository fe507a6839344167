package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.ui.views.ChartExports;
import org.losslandscape.ui.charts.SpecChart;

/** The SWTChart widget shows a chart description: its series and data, heatmap, markers; and exports it. */
class ChartWidgetTest {

    private Shell shell;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(800, 560);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    static ChartSpec doubleWell() {
        int n = 41;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 + 4.0 * i / (n - 1);
            y[i] = -1.5 + 3.0 * i / (n - 1);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i * n + j] = Math.pow(x[i] * x[i] - 1, 2) + y[j] * y[j];
            }
        }
        Heatmap h = Heatmap.of(x, y, v, Heatmap.Order.X_MAJOR).withContourCount(8);
        return Charts.landscape("Double well", h, new double[] {-1.8, -1.4, -1.1, -1.0}, new double[] {1.2, 0.6, 0.2,
            0.0}, List.of(Marker.point(0, 0, "saddle")));
    }

    @Test
    void aLandscapeShowsItsTrajectoryOverTheHeatmapAndReadsOutValues() throws Exception {
        SpecChart chart = new SpecChart(shell);
        ChartSpec spec = doubleWell();
        chart.show(spec);
        shell.open();
        UiTestSupport.spin(400);
        ISeries<?>[] series = chart.chart().getSeriesSet().getSeries();
        assertEquals(1, series.length, "the trajectory");
        assertArrayEquals(new double[] {-1.8, -1.4, -1.1, -1.0}, series[0].getXSeries());
        assertArrayEquals(new double[] {1.2, 0.6, 0.2, 0.0}, series[0].getYSeries());
        assertEquals("Double well", chart.chart().getTitle().getText());
        assertEquals("α", chart.chart().getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals(-2, chart.chart().getAxisSet().getXAxis(0).getRange().lower, 1e-9, "the grid's range");
        ImageData pixels = UiTestSupport.screenshot(shell, "chart-landscape");
        assertTrue(UiTestSupport.distinctColours(pixels) > 30, "the heatmap is drawn in many colours");
    }

    @Test
    void trainingCurvesUseLogAxesAndEveryRunIsASeries() {
        SpecChart chart = new SpecChart(shell);
        double[] step = {1, 10, 100, 1000};
        chart.show(Charts.trainingCurves("Loss", "loss", List.of(new Charts.RunCurve("run-1", step, new double[] {
            1, 0.5, 0.2, 0.1}, new double[] {1.1, 0.6, 0.3, 0.25}), new Charts.RunCurve("run-2", step,
                    new double[] {2, 1, 0.4, 0.2}, null)), true, true));
        shell.open();
        UiTestSupport.spin(200);
        ISeries<?>[] series = chart.chart().getSeriesSet().getSeries();
        assertEquals(3, series.length, "run-1 train and validation, run-2 train");
        assertEquals("run-1 validation", series[1].getDescription());
        assertTrue(chart.chart().getAxisSet().getXAxis(0).isLogScaleEnabled());
        assertTrue(chart.chart().getAxisSet().getYAxis(0).isLogScaleEnabled());
    }

    @Test
    void exportsWritePngSvgAndCsv(@TempDir Path dir) throws Exception {
        ChartSpec spec = doubleWell();
        ChartExports.png(spec, dir.resolve("c.png"));
        ChartExports.svg(spec, dir.resolve("c.svg"));
        ChartExports.csv(spec, dir.resolve("c.csv"));
        byte[] png = Files.readAllBytes(dir.resolve("c.png"));
        assertEquals((byte) 0x89, png[0]);
        assertTrue(Files.readString(dir.resolve("c.svg")).contains("<svg"));
        assertEquals(1 + 4 + 41 * 41, Files.readAllLines(dir.resolve("c.csv")).size());
    }
}
