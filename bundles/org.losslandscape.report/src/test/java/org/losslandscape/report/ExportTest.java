package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.LossSurface;

class ExportTest {

    private static final double NAN = Double.NaN;

    @TempDir
    Path dir;

    private final double[] x = Fixtures.grid(-1, 1, 7);
    private final double[] y = Fixtures.grid(-0.5, 0.5, 5);
    private final double[] loss = Fixtures.doubleWell(x, y);
    private final double[] accuracy = accuracy(loss);

    @Test
    void vtpHasOnePointPerGridPointAndOneQuadPerCell() throws Exception {
        double[] withNan = loss.clone();
        withNan[3] = NAN;
        Path file = dir.resolve("surface.vtp");
        VtpWriter.write(file, LossSurface.of2d(x, y, withNan, accuracy));
        Document doc = Fixtures.parseXml(Files.readString(file));
        Element piece = (Element) doc.getElementsByTagName("Piece").item(0);
        assertEquals(String.valueOf(7 * 5), piece.getAttribute("NumberOfPoints"));
        assertEquals(String.valueOf(6 * 4), piece.getAttribute("NumberOfPolys"));
        Map<String, double[]> arrays = new LinkedHashMap<>();
        NodeList dataArrays = doc.getElementsByTagName("DataArray");
        for (int k = 0; k < dataArrays.getLength(); k++) {
            Element a = (Element) dataArrays.item(k);
            arrays.put(a.getAttribute("Name").isEmpty() ? "points" : a.getAttribute("Name"),
                    numbers(a.getTextContent()));
        }
        assertEquals(List.of("loss", "accuracy", "points", "connectivity", "offsets"), List.copyOf(arrays.keySet()));
        assertEquals(35 * 3, arrays.get("points").length);
        assertEquals(24 * 4, arrays.get("connectivity").length);
        assertEquals(96, arrays.get("offsets")[23]);
        // point 8 = (x[1], y[3]) with its loss as height
        assertArrayEquals(new double[] {x[1], y[3], loss[8]}, Arrays.copyOfRange(arrays.get("points"), 24,
                27));
        double max = Arrays.stream(loss).max().orElseThrow();
        assertEquals(max, arrays.get("loss")[3], "NaN is written as the largest finite value");
        for (double v : arrays.get("connectivity")) {
            assertTrue(v >= 0 && v < 35);
        }
        assertThrows(IllegalArgumentException.class, () -> VtpWriter.write(file, LossSurface.of1d(x, x, null)));
    }

    @Test
    void hdf5HasTheLossLandscapeLayout() throws Exception {
        double[] testLoss = loss.clone();
        testLoss[0] = NAN;
        LossSurface surface = new LossSurface(x, y, loss, accuracy, testLoss, accuracy);
        Path file = dir.resolve("surface.h5");
        Hdf5SurfaceWriter.write(file, surface);
        try (HdfFile hdf = new HdfFile(file)) {
            assertEquals(List.of("test_acc", "test_loss", "train_acc", "train_loss", "xcoordinates", "ycoordinates"),
                    hdf.getChildren().keySet().stream().sorted().toList());
            assertArrayEquals(x, (double[]) hdf.getDatasetByPath("xcoordinates").getData());
            assertArrayEquals(y, (double[]) hdf.getDatasetByPath("ycoordinates").getData());
            Dataset trainLoss = hdf.getDatasetByPath("train_loss");
            assertArrayEquals(new int[] {7, 5}, trainLoss.getDimensions());
            double[][] values = (double[][]) trainLoss.getData();
            for (int i = 0; i < 7; i++) {
                for (int j = 0; j < 5; j++) {
                    assertEquals(loss[i * 5 + j], values[i][j]);
                }
            }
            assertTrue(Double.isNaN(((double[][]) hdf.getDatasetByPath("test_loss").getData())[0][0]));
        }
    }

    @Test
    void hdf5OfA1dSurfaceHasOnlyXCoordinates() throws Exception {
        double[] slice = {3, 2, 1, 2, 3, 4, 5};
        Path file = dir.resolve("slice.h5");
        Hdf5SurfaceWriter.write(file, LossSurface.of1d(x, slice, null));
        try (HdfFile hdf = new HdfFile(file)) {
            assertEquals(List.of("train_loss", "xcoordinates"),
                    hdf.getChildren().keySet().stream().sorted().toList());
            assertArrayEquals(new int[] {7}, hdf.getDatasetByPath("train_loss").getDimensions());
            assertArrayEquals(slice, (double[]) hdf.getDatasetByPath("train_loss").getData());
        }
    }

    @Test
    void curvesRoundTripThroughCsvAndJson() throws Exception {
        CurveTable curves = new CurveTable(new double[] {0, 10, 20}, new double[] {2.5, 1.0 / 3, 1e-7},
                new double[] {0.1, 0.5, 0.99}, new double[] {NAN, 1.2, NAN}, null);
        Path csv = dir.resolve("curves.csv");
        TableWriters.curvesCsv(csv, curves);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("step,train_loss,train_acc,val_loss,val_acc", lines.get(0));
        assertEquals(4, lines.size());
        double[][] columns = curves.columns();
        for (int r = 0; r < 3; r++) {
            String[] fields = lines.get(r + 1).split(",", -1);
            assertEquals(5, fields.length);
            for (int c = 0; c < 5; c++) {
                assertEquals(columns[c][r], fields[c].isEmpty() ? NAN : Double.parseDouble(fields[c]));
            }
        }
        Path json = dir.resolve("curves.json");
        TableWriters.curvesJson(json, curves);
        Map<String, Object> parsed = Json.object(Files.readString(json));
        assertEquals(List.of(CurveTable.COLUMNS), List.copyOf(parsed.keySet()));
        for (int c = 0; c < 5; c++) {
            assertArrayEquals(columns[c], Json.doubles(parsed.get(CurveTable.COLUMNS[c])));
        }
    }

    @Test
    void surfaceRoundTripsThroughCsvAndJson() throws Exception {
        LossSurface surface = LossSurface.of2d(x, y, loss, accuracy);
        Path csv = dir.resolve("surface.csv");
        TableWriters.surfaceCsv(csv, surface);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,y,loss,accuracy", lines.get(0));
        assertEquals(36, lines.size());
        String[] row = lines.get(1 + 2 * 5 + 4).split(",");
        assertArrayEquals(new double[] {x[2], y[4], loss[14], accuracy[14]},
                Arrays.stream(row).mapToDouble(Double::parseDouble).toArray());

        Path json = dir.resolve("surface.json");
        TableWriters.surfaceJson(json, surface);
        Map<String, Object> parsed = Json.object(Files.readString(json));
        assertEquals(List.of("x", "y", "loss", "accuracy"), List.copyOf(parsed.keySet()));
        assertArrayEquals(x, Json.doubles(parsed.get("x")));
        List<?> rows = (List<?>) parsed.get("loss");
        assertEquals(7, rows.size());
        for (int i = 0; i < 7; i++) {
            assertArrayEquals(Arrays.copyOfRange(loss, i * 5, i * 5 + 5), Json.doubles(rows.get(i)));
        }

        Path slice = dir.resolve("slice.csv");
        TableWriters.surfaceCsv(slice, LossSurface.of1d(x, new double[] {1, 2, 3, 4, 5, 6, NAN}, null));
        List<String> sliceLines = Files.readAllLines(slice);
        assertEquals("x,loss", sliceLines.get(0));
        assertEquals(x[6] + ",", sliceLines.get(7));
    }

    private static double[] accuracy(double[] loss) {
        double[] a = new double[loss.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = Math.exp(-loss[k]);
        }
        return a;
    }

    private static double[] numbers(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? new double[0]
                : Arrays.stream(trimmed.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    /** A minimal JSON reader for the exports: objects, arrays, numbers and null (as NaN). */
    static final class Json {
        private final String s;
        private int p;

        private Json(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.skip();
            assertEquals(text.length(), j.p, "trailing content");
            return (Map<String, Object>) v;
        }

        static double[] doubles(Object list) {
            return ((List<?>) list).stream().mapToDouble(v -> (Double) v).toArray();
        }

        private Object value() {
            skip();
            char c = s.charAt(p);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                p++;
                while (true) {
                    skip();
                    if (s.charAt(p) == '}') {
                        p++;
                        return m;
                    }
                    if (!m.isEmpty()) {
                        expect(',');
                        skip();
                    }
                    expect('"');
                    int end = s.indexOf('"', p);
                    String key = s.substring(p, end);
                    p = end + 1;
                    skip();
                    expect(':');
                    m.put(key, value());
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                p++;
                while (true) {
                    skip();
                    if (s.charAt(p) == ']') {
                        p++;
                        return list;
                    }
                    if (!list.isEmpty()) {
                        expect(',');
                    }
                    list.add(value());
                }
            }
            if (s.startsWith("null", p)) {
                p += 4;
                return NAN;
            }
            int start = p;
            while (p < s.length() && "+-.0123456789eE".indexOf(s.charAt(p)) >= 0) {
                p++;
            }
            return Double.parseDouble(s.substring(start, p));
        }

        private void expect(char c) {
            assertEquals(c, s.charAt(p), "at " + p);
            p++;
        }

        private void skip() {
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
        }
    }

    @Test
    void aChartsDataGoesToCsvSeriesByPointThenTheHeatmapGrid(@TempDir Path dir) throws Exception {
        org.losslandscape.core.chart.ChartSpec chart = Fixtures.landscape(false);
        Path file = dir.resolve("chart.csv");
        TableWriters.chartCsv(file, chart);
        List<String> lines = Files.readAllLines(file);
        assertEquals("series,x,y,value", lines.get(0));
        assertEquals(1 + 5 + 41 * 31, lines.size(), "header, the 5 trajectory points, the 41 x 31 grid");
        assertEquals("\"trajectory\",-1.8,1.2,", lines.get(1));
        String[] cell = lines.get(6).split(",");
        assertEquals("heatmap", cell[0]);
        assertEquals(chart.heatmap().value(0, 0), Double.parseDouble(cell[3]), 0);
        assertEquals(-2.0, Double.parseDouble(cell[1]));
        assertEquals(-1.5, Double.parseDouble(cell[2]));
    }
}
