package org.losslandscape.report;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Shared test data: a landscape with two minima and a trajectory, and helpers to inspect output. */
final class Fixtures {

    private Fixtures() {
    }

    static double[] grid(double from, double to, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = from + i * (to - from) / (n - 1);
        }
        return g;
    }

    /** A double-well loss, x-major: {@code (x² - 1)² + y² + 0.1}. */
    static double[] doubleWell(double[] x, double[] y) {
        double[] v = new double[x.length * y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                double a = x[i] * x[i] - 1;
                v[i * y.length + j] = a * a + y[j] * y[j] + 0.1;
            }
        }
        return v;
    }

    static ChartSpec landscape(boolean logColor) {
        double[] x = grid(-2, 2, 41);
        double[] y = grid(-1.5, 1.5, 31);
        Heatmap h = Heatmap.of(x, y, doubleWell(x, y), Heatmap.Order.X_MAJOR).withLogColor(logColor)
                .withContourCount(6);
        return Charts.landscape("Double well <test>", h, new double[] {-1.8, -1.5, -1.2, -1.05, -1.0},
                new double[] {1.2, 0.8, 0.4, 0.1, 0.0}, List.of(Marker.point(0, 0, "saddle"),
                        Marker.point(1, 0, "minimum")));
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // no network access for DTDs
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
