package org.losslandscape.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.report.ChartRenderer;
import org.losslandscape.report.TableWriters;

/**
 * Exports of a chart shown in the workbench, drawn from its {@link ChartSpec} by the report's renderer so that an
 * exported image looks like the same chart in an HTML report. Files are written atomically. (Here, not in the
 * chart widgets' bundle, so that the widgets need neither the report nor its Java2D libraries.)
 */
public final class ChartExports {

    /** Size of exported images, in pixels. */
    public static final int WIDTH = 900;
    /** Height of exported images, in pixels. */
    public static final int HEIGHT = 560;

    private ChartExports() {
    }

    /** Writes the chart as a PNG image. */
    public static void png(ChartSpec spec, Path file) throws IOException {
        ChartRenderer.writePng(spec, file, WIDTH, HEIGHT);
    }

    /** Writes the chart as an SVG document. */
    public static void svg(ChartSpec spec, Path file) throws IOException {
        ChartRenderer.writeSvg(spec, file, WIDTH, HEIGHT);
    }

    /** Writes the chart's data as CSV: one row per point of every series, then the heatmap's grid if it has one. */
    public static void csv(ChartSpec spec, Path file) throws IOException {
        TableWriters.chartCsv(file, spec);
    }
}
