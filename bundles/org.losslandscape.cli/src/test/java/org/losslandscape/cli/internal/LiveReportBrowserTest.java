package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.LossSurface;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.verify.TemplateVerifier;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.report.ExperimentReport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The live report in a real browser (Debian's headless Chromium through chromium-driver and Selenium): the tour's
 * report, made by {@code landscape tour}, opens from {@code file://} without errors, every chart is drawn, a hover
 * over the landscape shows the value its {@code .npy} file holds there, a legend click hides a run, and the 3D view
 * turns; the report of every template opens without errors too, and the largest stays under 5 MB. Screenshots go to
 * {@code target/screenshots} ({@code screenshots.dir}).
 */
class LiveReportBrowserTest {

    private static final long MAX_REPORT_BYTES = 5_000_000;
    private static final Path OUT = Path.of("target", "live-report");
    /** The landscape's tooltip: the value, then the coordinates. */
    private static final Pattern TOOLTIP = Pattern.compile("value = (\\S+)\\s+α = (\\S+), β = (\\S+)");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private static Path tourFile;
    private static Path tourPage;
    private static Browser browser;

    @BeforeAll
    static void tourAndBrowser() throws Exception {
        assertTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.DRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        Path dir = OUT.resolve("tour");
        deleteTree(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(List.of("tour", "-o", dir.toString(), "--threads", "2"));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        tourFile = dir.resolve("tour.landscape");
        tourPage = dir.resolve("report/index.html");
        assertTrue(Files.isRegularFile(tourPage.resolveSibling("echarts.min.js")), "the library beside the page");
        browser = new Browser(1280, 1000);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theToursReportIsDrawnWithoutErrorsAndEveryChartHasInk() throws Exception {
        browser.open(tourPage);
        List<String> charts = browser.charts();
        assertTrue(charts.size() >= 5, "loss, accuracy, landscape, eigenvalues, density: " + charts);
        for (String chart : charts) {
            long[] ink = browser.ink(chart);
            assertTrue(ink[0] > 5_000 && ink[1] > 3, chart + " is drawn: " + ink[0] + " pixels of ink, " + ink[1]
                    + " colours");
        }
        assertEquals(List.of(), browser.errors());
        browser.screenshot(null, SCREENSHOTS.resolve("live-report-tour-page.png"));
    }

    @Test
    void aHoverOverTheLandscapeShowsTheValueTheNpyFileHoldsThere() throws Exception {
        Experiment e = ExperimentStore.load(tourFile).experiment();
        Run run = ResultReader.lastCompleted(e);
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.SURFACE).findFirst()
                .orElseThrow();
        NpyArray npy = Npy.read(tourFile.resolveSibling(ref.getUri()));
        assertEquals(2, npy.rank(), "a 2D landscape");
        LossSurface surface = DataProviders.SURFACES.read(tourFile, run, ref);
        int nx = npy.shape()[0];
        int ny = npy.shape()[1];

        browser.open(tourPage);
        String base = ref.getUri().substring(ref.getUri().lastIndexOf('/') + 1).replace(".npy", "");
        String chart = browser.charts().stream().filter(n -> n.startsWith(base + "-")).findFirst().orElseThrow(
                () -> new AssertionError("no chart of " + base + " in " + browser.charts()));
        int checked = 0;
        List<String> missed = new ArrayList<>();
        // grid points spread over the plane; one under the trajectory or a marker shows that instead, so more are tried
        for (int k = 1; k < 12 && checked < 3; k++) {
            int i = k * nx / 12;
            int j = (k * 5 % 11 + 1) * ny / 12;
            double x = surface.x()[i];
            double y = surface.y()[j];
            List<?> pixel = (List<?>) browser.js("return window.llw.charts[arguments[0]].convertToPixel("
                    + "{seriesId: 'heatmap'}, [arguments[1], arguments[2]]);", chart, x, y);
            browser.moveTo(chart, ((Number) pixel.get(0)).doubleValue(), ((Number) pixel.get(1)).doubleValue());
            double tolerance = 1e-5 * (surface.x()[nx - 1] - surface.x()[0]);
            Matcher m;
            try {
                // the tooltip of this point (not the one of the point before, still fading)
                m = Browser.waitFor(Duration.ofSeconds(3), () -> {
                    List<WebElement> v = browser.chartElement(chart).findElements(By.className("llw-value"));
                    if (v.isEmpty() || !v.get(0).isDisplayed()) {
                        return null;
                    }
                    Matcher read = TOOLTIP.matcher(v.get(0).findElement(By.xpath("..")).getText());
                    return read.find() && Math.abs(Double.parseDouble(read.group(2)) - x) < tolerance
                            && Math.abs(Double.parseDouble(read.group(3)) - y) < tolerance ? read : null;
                });
            } catch (AssertionError notShown) {
                missed.add("(" + i + ", " + j + ")");
                continue;
            }
            double expected = npy.data()[i * ny + j];
            double hovered = Double.parseDouble(m.group(1));
            assertEquals(expected, hovered, Math.abs(expected) * 1e-5, "the value under the cursor at (" + x + ", "
                    + y + "): " + m.group());
            checked++;
            if (checked == 1) {
                browser.screenshot(browser.chartElement(chart).findElement(By.xpath("..")),
                        SCREENSHOTS.resolve("live-report-landscape-hover.png"));
            }
        }
        assertEquals(3, checked, "three values read under the cursor; no heatmap tooltip at " + missed);

        // the 3D view: drawn, and a drag turns it
        WebElement button = browser.chartElement(chart).findElement(By.xpath("following-sibling::button"));
        button.click();
        String before = (String) browser.js("return document.querySelector('canvas.surface3d').toDataURL();");
        WebElement canvas = browser.driver().findElement(By.cssSelector("canvas.surface3d"));
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(canvas).clickAndHold()
                .moveByOffset(80, 20).release().perform();
        String after = (String) browser.js("return document.querySelector('canvas.surface3d').toDataURL();");
        assertFalse(before.equals(after), "a drag rotates the surface");
        browser.screenshot(canvas, SCREENSHOTS.resolve("live-report-surface-3d.png"));
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void aLegendClickHidesARun() throws Exception {
        browser.open(tourPage);
        String chart = "loss";
        List<?> named = (List<?>) browser.js("""
                var option = window.llw.charts.loss.getOption();
                var s = option.series.filter(function (s) { return / train$/.test(s.name || ''); })[0];
                return s ? [s.name, s.color] : null;
                """);
        assertNotNull(named, "the loss chart has a training curve");
        String series = (String) named.get(0);
        String colour = (String) named.get(1);
        long before = browser.pixelsOf(chart, colour);
        assertTrue(before > 300, "the training line is drawn: " + before + " pixels of " + colour);
        List<?> at = (List<?>) browser.js("""
                var chart = window.llw.charts[arguments[0]];
                var list = chart.getZr().storage.getDisplayList();
                for (var k = 0; k < list.length; k++) {
                  var el = list[k];
                  if (el.style && el.style.text === arguments[1]) {
                    var r = el.getBoundingRect().clone();
                    r.applyTransform(el.getComputedTransform());
                    return [r.x + r.width / 2, r.y + r.height / 2];
                  }
                }
                return null;
                """, chart, series);
        assertNotNull(at, "the legend shows " + series);
        browser.click(chart, ((Number) at.get(0)).doubleValue(), ((Number) at.get(1)).doubleValue());
        Object selected = browser.js("return window.llw.charts[arguments[0]].getOption().legend[0].selected["
                + "arguments[1]];", chart, series);
        assertEquals(Boolean.FALSE, selected, "the click deselected " + series);
        long after = browser.pixelsOf(chart, colour);
        assertTrue(after < before / 10, "the line is gone: " + before + " → " + after + " pixels");
        browser.moveTo(chart, 5, 5); // off the legend, whose hover dims the other lines
        browser.screenshot(browser.chartElement(chart), SCREENSHOTS.resolve("live-report-loss-legend.png"));
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void theReportOfEveryTemplateOpensWithoutErrorsAndTheLargestStaysUnderFiveMegabytes() throws Exception {
        Map<String, Long> sizes = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Template template : Templates.all()) {
            Path dir = OUT.resolve("templates").resolve(template.name());
            deleteTree(dir);
            Files.createDirectories(dir);
            // as verify --quick runs it (smaller grids and data where its checks file says so), and networks train
            // for at most 60 steps; toy surfaces run as shipped (seconds)
            Experiment e = TemplateVerifier.quickVersion(template);
            if (e.getNetwork() != null || e.getDataset() != null) {
                shrink(e);
            }
            Path file = dir.resolve(template.name() + ".landscape");
            ExperimentStore.save(e, file);
            new ExperimentRunner().run(file, new RunOptions(2, 1, List.of()), null);
            Experiment done = ExperimentStore.load(file).experiment();
            List<String> skipped = new ArrayList<>();
            Path page = ExperimentReport.build(file, done, skipped::add).write(dir.resolve("report"));
            browser.open(page);
            List<String> charts = browser.charts();
            if (charts.isEmpty()) {
                failures.add(template.name() + ": no charts");
            }
            for (String chart : charts) {
                long[] ink = browser.ink(chart);
                if (ink[0] < 2_000 || ink[1] < 3) {
                    failures.add(template.name() + "/" + chart + ": blank (" + ink[0] + " pixels of ink)");
                }
            }
            for (String error : browser.errors()) {
                failures.add(template.name() + ": " + error);
            }
            long bytes = folderSize(page.getParent());
            sizes.put(template.name(), bytes);
            System.out.printf(Locale.ROOT, "live report of %s: %d charts, %.2f MB (index.html %.2f MB)%s%n",
                    template.name(), charts.size(), bytes / 1e6, Files.size(page) / 1e6, skipped.isEmpty() ? ""
                            : ", skipped: " + skipped);
            String himmelblau = charts.stream().filter(c -> c.startsWith("himmelblau-")).findFirst().orElse(null);
            if (himmelblau != null) {
                browser.screenshot(browser.chartElement(himmelblau), SCREENSHOTS.resolve("live-report-himmelblau.png"));
            }
        }
        assertTrue(sizes.size() >= 12, "every template: " + sizes.keySet());
        assertEquals(List.of(), failures);
        long largest = sizes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(largest < MAX_REPORT_BYTES, "the largest report: " + sizes);
    }

    /**
     * Makes a template quick to run: at most 60 steps of training (wherever steps are set: the experiment, its
     * variants, analyses that train), evaluated and checkpointed at least every 10; networks, data and grids unchanged.
     */
    private static void shrink(Experiment e) {
        List<EObject> all = new ArrayList<>();
        all.add(e);
        e.eAllContents().forEachRemaining(all::add);
        for (EObject o : all) {
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                int cap = switch (a.getName()) {
                    case "steps" -> 60;
                    case "evaluateEvery", "checkpointEvery" -> 10;
                    default -> -1;
                };
                if (cap < 0 || a.isMany() || !o.eIsSet(a)) {
                    continue;
                }
                Class<?> type = a.getEAttributeType().getInstanceClass();
                if (type == int.class && (int) o.eGet(a) > cap) {
                    o.eSet(a, cap);
                } else if (type == long.class && (long) o.eGet(a) > cap) {
                    o.eSet(a, (long) cap);
                }
            }
        }
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
