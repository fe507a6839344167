package org.losslandscape.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Polyline;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;

/**
 * The content of a report's figures as text, one line per figure: its name, its caption and a SHA-256 of everything
 * its chart draws (title, axes, every series' points, markers, the heatmap's grid and values, the contours), so that
 * two reports can be compared figure by figure, bit for bit.
 */
final class ReportDigest {

    private ReportDigest() {
    }

    static List<String> of(HtmlReport report) {
        List<String> lines = new ArrayList<>();
        for (Figure f : report.figures()) {
            lines.add(f.name() + "\t" + f.caption() + "\t" + sha256(canonical(f.chart())));
        }
        return lines;
    }

    /** @return every value the chart draws, in a fixed order, doubles as their exact decimal form */
    static String canonical(ChartSpec c) {
        StringBuilder b = new StringBuilder();
        b.append(c.title()).append('\n').append(c.xAxis()).append('\n').append(c.yAxis()).append('\n');
        for (Series s : c.series()) {
            b.append("series ").append(s.name()).append(' ').append(s.style().name()).append(' ')
                    .append(Arrays.toString(s.x())).append(' ').append(Arrays.toString(s.y())).append('\n');
        }
        c.markers().forEach(m -> b.append(m).append('\n'));
        Heatmap h = c.heatmap();
        if (h != null) {
            b.append("heatmap ").append(h.order().name()).append(' ').append(h.colorMap()).append(' ')
                    .append(h.logColor()).append(' ').append(h.colorRange()).append(' ')
                    .append(Arrays.toString(h.x())).append(Arrays.toString(h.y())).append(Arrays.toString(h.values()))
                    .append(Arrays.toString(h.contourLevels())).append('\n');
        }
        for (Polyline p : c.contours()) {
            b.append("contour ").append(p.level()).append(Arrays.toString(p.x())).append(Arrays.toString(p.y()))
                    .append('\n');
        }
        return b.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
