package org.losslandscape.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.compute.io.Json;
import org.losslandscape.core.figures.Figure;

/**
 * The parts of the live report page ({@link HtmlReport.Images#LIVE}): the chart library and the page's script,
 * copied from this bundle beside {@code index.html}; one {@code <div>} per chart; and the figures' data as one JSON
 * block ({@link EChartsOption}, written by the project's JSON writer). Apache ECharts comes from its WebJar on Maven
 * Central, unpacked into this bundle by the build (see the pom), so the page needs no network.
 */
final class LivePage {

    /** The chart library's file name beside {@code index.html}. */
    static final String ECHARTS = "echarts.min.js";
    /** The page's own script beside {@code index.html}. */
    static final String SCRIPT = "report.js";

    private static final String RESOURCES = "/org/losslandscape/report/live/";

    /** The page's extra style: the live charts replace the PNG figures on screen; print shows the PNG figures. */
    static final String STYLE = ".live{display:none}.live-on .live{display:block}.live-on figure>img{display:none}\n"
            + ".view3d{margin:.3em 0;font-size:.9em}.surface3d{display:block;border:1px solid #ddd;cursor:grab}\n"
            + ".surface3d[hidden]{display:none}\n"
            + "@media print{.live,.view3d,.surface3d{display:none!important}figure>img{display:block!important}}\n";

    private LivePage() {
    }

    /** @return whether this bundle carries the chart library (the Maven build unpacks it; an IDE build does not) */
    static boolean available() {
        return LivePage.class.getResource(RESOURCES + ECHARTS) != null;
    }

    /** Copies the chart library and the page's script into {@code folder}, atomically each. */
    static void copyScripts(Path folder) throws IOException {
        for (String name : List.of(ECHARTS, SCRIPT)) {
            AtomicFiles.write(folder.resolve(name), resource(name));
        }
    }

    /** @return the bytes of one of the page's files bundled with the report */
    static byte[] resource(String name) throws IOException {
        try (InputStream in = LivePage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("the report bundle lacks " + RESOURCES + name
                        + " (the build unpacks it from the echarts WebJar: rebuild the report bundle with Maven)");
            }
            return in.readAllBytes();
        }
    }

    /** @return the element the page draws the chart of the figure {@code name} into */
    static String chartDiv(String name, int width, int height) {
        return "<div class=\"live\" data-figure=\"" + HtmlReport.escape(name) + "\" style=\"width:" + width
                + "px;height:" + height + "px\"></div>";
    }

    /**
     * @return the figures' data (figure name → {@link EChartsOption#of}) as a JSON script block, followed by the
     *         library and the page's script
     */
    static String data(List<Figure> figures) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Figure f : figures) {
            all.put(f.name(), EChartsOption.of(f.chart()));
        }
        // "</" cannot end the script block early: inside JSON strings "<\/" is the same text
        String json = Json.write(all).replace("</", "<\\/");
        return "<script type=\"application/json\" id=\"llw-data\">" + json + "</script>\n<script src=\"" + ECHARTS
                + "\"></script>\n<script src=\"" + SCRIPT + "\"></script>\n";
    }
}
