package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.compute.io.Json;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.LossSurface;

/**
 * CSV and JSON exports of training curves and loss surfaces, for spreadsheets, pandas and plotting scripts. Numbers
 * are written with {@link Double#toString(double)}, which reads back to the identical double; a missing value (NaN
 * or infinite) is an empty CSV field and a JSON {@code null}.
 *
 * <ul>
 * <li>Curves, CSV: header {@code step,train_loss,train_acc,val_loss,val_acc}, one row per step. JSON: an object of
 * the same five names, each an array.</li>
 * <li>Surfaces, CSV: header {@code x,y,loss,accuracy} (no {@code y} for 1D; {@code accuracy} only if present, then
 * {@code test_loss,test_acc} if present), one row per point, x outer. JSON: {@code x}, {@code y} (2D only) and
 * {@code loss}, {@code accuracy}, {@code test_loss}, {@code test_acc} (those present) as arrays of shape
 * {@code [len(x), len(y)]} (nested) or {@code [len(x)]}.</li>
 * </ul>
 */
public final class TableWriters {

    private TableWriters() {
    }

    /** Writes the curves as CSV, atomically. */
    public static void curvesCsv(Path file, CurveTable curves) throws IOException {
        StringBuilder out = new StringBuilder(String.join(",", CurveTable.COLUMNS)).append('\n');
        double[][] columns = curves.columns();
        for (int r = 0; r < curves.rows(); r++) {
            for (int c = 0; c < columns.length; c++) {
                out.append(c == 0 ? "" : ",").append(csv(columns[c][r]));
            }
            out.append('\n');
        }
        AtomicFiles.writeString(file, out);
    }

    /**
     * Writes the data of a chart as CSV, atomically: header {@code series,x,y}, one row per point of every series
     * (the series' name quoted), then, if the chart has a heatmap, one row per grid point with series
     * {@code "heatmap"} and the value in a fourth column {@code value}.
     */
    public static void chartCsv(Path file, org.losslandscape.core.chart.ChartSpec chart) throws IOException {
        StringBuilder out = new StringBuilder("series,x,y,value\n");
        for (org.losslandscape.core.chart.Series s : chart.series()) {
            String name = quoted(s.name());
            for (int i = 0; i < s.size(); i++) {
                out.append(name).append(',').append(csv(s.x(i))).append(',').append(csv(s.y(i))).append(",\n");
            }
        }
        org.losslandscape.core.chart.Heatmap h = chart.heatmap();
        if (h != null) {
            double[] x = h.x();
            double[] y = h.y();
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < y.length; j++) {
                    out.append("heatmap,").append(csv(x[i])).append(',').append(csv(y[j])).append(',')
                            .append(csv(h.value(i, j))).append('\n');
                }
            }
        }
        AtomicFiles.writeString(file, out);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Writes the curves as JSON (one array per column; NaN as null), atomically. */
    public static void curvesJson(Path file, CurveTable curves) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        double[][] columns = curves.columns();
        for (int c = 0; c < columns.length; c++) {
            m.put(CurveTable.COLUMNS[c], columns[c]);
        }
        AtomicFiles.writeString(file, Json.write(m) + "\n");
    }

    /** Writes the surface as CSV, one row per point, atomically. */
    public static void surfaceCsv(Path file, LossSurface surface) throws IOException {
        List<String> names = new ArrayList<>(List.of("x"));
        if (!surface.is1d()) {
            names.add("y");
        }
        List<double[]> values = valueColumns(surface, names);
        StringBuilder out = new StringBuilder(String.join(",", names)).append('\n');
        double[] x = surface.x();
        double[] y = surface.y();
        int ny = Math.max(1, y.length);
        for (int p = 0; p < surface.points(); p++) {
            out.append(csv(x[p / ny]));
            if (!surface.is1d()) {
                out.append(',').append(csv(y[p % ny]));
            }
            for (double[] v : values) {
                out.append(',').append(csv(v[p]));
            }
            out.append('\n');
        }
        AtomicFiles.writeString(file, out);
    }

    /** Writes the surface as JSON with nested x-major arrays (NaN as null), atomically. */
    public static void surfaceJson(Path file, LossSurface surface) throws IOException {
        List<String> names = new ArrayList<>();
        List<double[]> values = valueColumns(surface, names);
        Map<String, Object> m = new LinkedHashMap<>();
        double[] x = surface.x();
        m.put("x", x);
        if (!surface.is1d()) {
            m.put("y", surface.y());
        }
        int ny = surface.y().length;
        for (int k = 0; k < names.size(); k++) {
            double[] v = values.get(k);
            if (surface.is1d()) {
                m.put(names.get(k), v);
            } else {
                List<double[]> rows = new ArrayList<>();
                for (int i = 0; i < x.length; i++) {
                    rows.add(Arrays.copyOfRange(v, i * ny, (i + 1) * ny));
                }
                m.put(names.get(k), rows);
            }
        }
        AtomicFiles.writeString(file, Json.write(m) + "\n");
    }

    /** Appends the names and arrays of the value columns the surface has. */
    private static List<double[]> valueColumns(LossSurface surface, List<String> names) {
        List<double[]> values = new ArrayList<>();
        String[] columnNames = {"loss", "accuracy", "test_loss", "test_acc"};
        double[][] columns = {surface.trainLoss(), surface.trainAccuracy(), surface.testLoss(),
                surface.testAccuracy()};
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length > 0) {
                names.add(columnNames[c]);
                values.add(columns[c]);
            }
        }
        return values;
    }

    private static String csv(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
