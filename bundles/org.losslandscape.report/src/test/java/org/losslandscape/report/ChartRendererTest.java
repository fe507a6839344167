package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.w3c.dom.Document;

class ChartRendererTest {

    @TempDir
    Path dir;

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests must run with java.awt.headless=true");
    }

    @Test
    void pngHasTheRequestedSizeAndIsNotBlank() throws Exception {
        Path png = dir.resolve("curves.png");
        ChartRenderer.writePng(curves(), png, 640, 400);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(Fixtures.distinctColours(image) > 20, "antialiased lines and text in several colours");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "no temporary file left behind");
        }
        if (Files.getFileStore(png).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(png)), "readable by others, unlike the private temporary file");
        }
    }

    @Test
    void heatmapPngHasManyColours() throws Exception {
        for (boolean log : new boolean[] {false, true}) {
            Path png = dir.resolve("landscape-" + log + ".png");
            ChartRenderer.writePng(Fixtures.landscape(log), png, 500, 420);
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(500, image.getWidth());
            assertEquals(420, image.getHeight());
            assertTrue(Fixtures.distinctColours(image) > 50, "log = " + log + ": " + Fixtures.distinctColours(image));
        }
    }

    @Test
    void otherChartKindsRender() {
        List<ChartSpec> charts = List.of(Charts.topEigenvalues("top", new double[] {40, 12, 3, 1}, 30, "2/η"),
                Charts.spectralDensity("density", Fixtures.grid(-1, 5, 50), density()),
                Charts.sharpness("sharpness", new double[] {0, 1, 2, 3}, new double[] {5, 20, 39, 40}, 0.05));
        for (ChartSpec chart : charts) {
            BufferedImage image = ChartRenderer.image(chart, 300, 200);
            assertTrue(Fixtures.distinctColours(image) > 10, chart.title());
        }
    }

    @Test
    void svgIsWellFormedWithPathsForSeriesAndContours() throws Exception {
        ChartSpec plain = curves();
        String plainSvg = ChartRenderer.svgDocument(plain, 600, 400);
        Document doc = Fixtures.parseXml(plainSvg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertTrue(plainSvg.contains("<svg"));
        int plainPaths = countDrawn(doc);

        ChartSpec landscape = Fixtures.landscape(false);
        Path file = dir.resolve("landscape.svg");
        ChartRenderer.writeSvg(landscape, file, 600, 450);
        String svg = Files.readString(file);
        Document landscapeDoc = Fixtures.parseXml(svg);
        assertTrue(svg.contains("<svg"));
        assertTrue(countDrawn(landscapeDoc) > plainPaths + landscape.contours().size(),
                "contour lines and the trajectory are drawn as paths");
        assertTrue(landscapeDoc.getElementsByTagNameNS("*", "rect").getLength() > 41 * 31 / 2, "heatmap blocks");
        assertTrue(svg.contains("Double well &lt;test&gt;"), "the title is escaped");
    }

    private static int countDrawn(Document doc) {
        return doc.getElementsByTagNameNS("*", "path").getLength()
                + doc.getElementsByTagNameNS("*", "polyline").getLength()
                + doc.getElementsByTagNameNS("*", "line").getLength();
    }

    static ChartSpec curves() {
        double[] step = Fixtures.grid(1, 1000, 50);
        double[] train = new double[step.length];
        double[] val = new double[step.length];
        for (int k = 0; k < step.length; k++) {
            train[k] = 2 / Math.sqrt(step[k]);
            val[k] = k % 5 == 0 ? 2.2 / Math.sqrt(step[k]) + 0.05 : Double.NaN;
        }
        return Charts.trainingCurves("Loss", "loss", List.of(new Charts.RunCurve("sgd", step, train, val),
                new Charts.RunCurve("adam", step, scaled(train, 0.5), null)), true, true);
    }

    private static double[] scaled(double[] a, double s) {
        double[] out = a.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] *= s;
        }
        return out;
    }

    private static double[] density() {
        double[] g = Fixtures.grid(-1, 5, 50);
        double[] d = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            d[k] = Math.exp(-g[k] * g[k] * 4) + 0.01 * Math.exp(-(g[k] - 4) * (g[k] - 4) * 10);
        }
        return d;
    }
}
