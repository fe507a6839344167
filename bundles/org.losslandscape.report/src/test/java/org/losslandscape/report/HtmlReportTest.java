package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.figures.Figure;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void pageReferencesPngFilesThatExist() throws Exception {
        Path index = report(HtmlReport.Images.PNG).write(dir.resolve("out"));
        assertEquals(dir.resolve("out/index.html"), index);
        String html = Files.readString(index);
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        List<String> sources = new ArrayList<>();
        while (m.find()) {
            sources.add(m.group(1));
        }
        assertEquals(List.of("curves.png", "landscape.png"), sources);
        for (String src : sources) {
            Path png = index.resolveSibling(src);
            assertTrue(Files.isRegularFile(png), src);
            assertEquals(480, ImageIO.read(png.toFile()).getWidth());
        }
        assertTrue(html.contains("<figcaption>Loss of both runs; validation every 5th step.</figcaption>"));
    }

    @Test
    void configurationIsEscapedAndInOrder() throws Exception {
        String html = Files.readString(report(HtmlReport.Images.PNG).write(dir));
        assertTrue(html.contains("<title>Run &lt;1&gt; &amp; &quot;friends&quot;</title>"));
        assertTrue(html.contains("<td>script</td><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.indexOf("optimizer") < html.indexOf("dataset"), "sections keep their order");
        assertTrue(html.indexOf(">lr<") < html.indexOf(">weight_decay<"), "keys keep their order");
    }

    @Test
    void inlineSvgMakesOneWellFormedFile() throws Exception {
        Path index = report(HtmlReport.Images.INLINE_SVG).write(dir);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(index), files.toList());
        }
        String html = Files.readString(index);
        assertEquals(2, html.split("<svg", -1).length - 1);
        // the page body is XML-compatible apart from the doctype and meta; check each SVG parses on its own
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            Fixtures.parseXml(m.group());
        }
    }

    @Test
    void figureNamesMustBePlainFileNames() {
        assertThrows(IllegalArgumentException.class,
                () -> new Figure("../evil", ChartRendererTest.curves(), ""));
        Figure f = new Figure("a", ChartRendererTest.curves(), "");
        assertThrows(IllegalArgumentException.class,
                () -> new HtmlReport("t", Map.of(), List.of(f, f), HtmlReport.Images.PNG, 10, 10));
    }

    private static HtmlReport report(HtmlReport.Images images) {
        Map<String, Map<String, String>> config = new LinkedHashMap<>();
        Map<String, String> optimizer = new LinkedHashMap<>();
        optimizer.put("name", "adamw");
        optimizer.put("lr", "0.001");
        optimizer.put("weight_decay", "1.0");
        config.put("optimizer", optimizer);
        Map<String, String> dataset = new LinkedHashMap<>();
        dataset.put("name", "modular addition, p = 97");
        dataset.put("script", "<script>alert('x')</script>");
        config.put("dataset", dataset);
        return new HtmlReport("Run <1> & \"friends\"", config, List.of(
                new Figure("curves", ChartRendererTest.curves(),
                        "Loss of both runs; validation every 5th step."),
                new Figure("landscape", Fixtures.landscape(true), "Loss around the solution (log colour).")),
                images, 480, 320);
    }
}
