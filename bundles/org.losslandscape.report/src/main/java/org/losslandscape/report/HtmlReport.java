package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.figures.Figure;

/**
 * A static, self-contained HTML report: a title, the experiment's configuration as one table per section, and the
 * charts with a caption each. {@link #write(Path)} puts {@code index.html} into a folder, with the charts as PNG
 * files beside it ({@code <name>.png}) or inlined as SVG. All text is HTML-escaped. Immutable: the map and list
 * are copied, keeping their order.
 *
 * @param title the page title and heading
 * @param configuration section name → (key → value), shown in iteration order
 * @param figures the charts, in order
 * @param images how charts are embedded
 * @param width the chart width in pixels
 * @param height the chart height in pixels
 */
public record HtmlReport(String title, Map<String, Map<String, String>> configuration, List<Figure> figures,
        Images images, int width, int height) {

    /** The name of the page inside the report folder. */
    public static final String INDEX = "index.html";

    /** How charts are embedded in the page. */
    public enum Images {
        /** PNG files beside {@code index.html}, referenced by {@code <img>}. */
        PNG,
        /** SVG inlined in the page: one file, sharp at any zoom. */
        INLINE_SVG
    }

    /** Copies the configuration and figures, keeping their order, and checks the figure names are distinct. */
    public HtmlReport {
        title = title == null ? "" : title;
        Objects.requireNonNull(images, "images");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive, got " + width + " x " + height);
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        if (configuration != null) {
            configuration.forEach((section, entries) -> sections.put(section,
                    Collections.unmodifiableMap(new LinkedHashMap<>(entries))));
        }
        configuration = Collections.unmodifiableMap(sections);
        figures = figures == null ? List.of() : List.copyOf(figures);
        if (figures.stream().map(Figure::name).distinct().count() != figures.size()) {
            throw new IllegalArgumentException("figure names must be distinct");
        }
    }

    /**
     * Writes {@code index.html} (and the PNG files) into {@code folder}, creating it if needed and replacing files
     * of the same names; each file is written atomically, the page last, so it never refers to a missing chart.
     *
     * @return the path of {@code index.html}
     */
    public Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> embedded = new ArrayList<>();
        for (Figure f : figures) {
            if (images == Images.PNG) {
                String file = f.name() + ".png";
                ChartRenderer.writePng(f.chart(), folder.resolve(file), width, height);
                embedded.add("<img src=\"" + escape(file) + "\" width=\"" + width + "\" height=\"" + height
                        + "\" alt=\"" + escape(f.chart().title()) + "\">");
            } else {
                embedded.add(ChartRenderer.svgElement(f.chart(), width, height));
            }
        }
        Path index = folder.resolve(INDEX);
        AtomicFiles.writeString(index, html(embedded));
        return index;
    }

    private String html(List<String> embedded) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em auto;max-width:").append(Math.max(width, 640) + 40)
                .append("px;color:#222}\n")
                .append("table{border-collapse:collapse;margin-bottom:1em}\n")
                .append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}\n")
                .append("th{background:#f3f3f3}\nfigure{margin:1.5em 0}\nfigcaption{color:#555;margin-top:.4em}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        if (!configuration.isEmpty()) {
            out.append("<h2>Configuration</h2>\n");
            configuration.forEach((section, entries) -> {
                out.append("<table>\n<tr><th colspan=\"2\">").append(escape(section)).append("</th></tr>\n");
                entries.forEach((key, value) -> out.append("<tr><td>").append(escape(key)).append("</td><td>")
                        .append(escape(value)).append("</td></tr>\n"));
                out.append("</table>\n");
            });
        }
        if (!figures.isEmpty()) {
            out.append("<h2>Charts</h2>\n");
        }
        for (int k = 0; k < figures.size(); k++) {
            Figure f = figures.get(k);
            out.append("<figure id=\"").append(escape(f.name())).append("\">\n").append(embedded.get(k))
                    .append("\n<figcaption>").append(escape(f.caption())).append("</figcaption>\n</figure>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** @return {@code text} with the five HTML-significant characters replaced by entities; null gives "" */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
