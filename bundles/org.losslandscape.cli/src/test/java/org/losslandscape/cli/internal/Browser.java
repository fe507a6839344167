package org.losslandscape.cli.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through chromium-driver by Selenium, for the live report's tests: opens a page
 * from {@code file://}, collects what the page reports as errors (console errors, uncaught exceptions, files that
 * fail to load), reads chart canvases and moves a real mouse. One browser with a fresh profile per instance.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Collects errors from the first line of every page on: console.error, uncaught errors, failed resources. */
    private static final String ERROR_HOOK = """
            window.__llwErrors = [];
            window.addEventListener('error', function (e) {
              var t = e.target;
              window.__llwErrors.push(t && t !== window && (t.src || t.href)
                  ? 'failed to load ' + (t.src || t.href) : String(e.message));
            }, true);
            window.addEventListener('unhandledrejection', function (e) { window.__llwErrors.push(String(e.reason)); });
            (function () {
              var original = console.error;
              console.error = function () {
                window.__llwErrors.push(Array.prototype.map.call(arguments, String).join(' '));
                return original.apply(console, arguments);
              };
            }());
            """;

    private final Path profile;
    private final ChromeDriver driver;

    Browser(int width, int height) throws IOException {
        profile = Files.createTempDirectory("llw-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--hide-scrollbars",
                "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withLogFile(profile.resolve("chromedriver.log").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
    }

    /** Opens the page and waits until its script has drawn every live chart (or 20 s passed). */
    void open(Path page) {
        driver.get(page.toUri().toString());
        waitFor(Duration.ofSeconds(20), () -> Boolean.TRUE.equals(js(
                "return document.readyState === 'complete' && !!window.llw && Object.keys(window.llw.charts).length"
                        + " === document.querySelectorAll('.live[data-figure]').length;")) ? Boolean.TRUE : null);
    }

    /** @return the first non-null value of {@code condition}, polled every 50 ms; fails after {@code timeout} */
    static <T> T waitFor(Duration timeout, Supplier<T> condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("still not there after " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** @return the errors the page reported since it was opened, and the browser log's severe entries */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        Object hooked = js("return window.__llwErrors || ['the error hook did not run'];");
        for (Object e : (List<?>) hooked) {
            errors.add(String.valueOf(e));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add("console: " + entry.getMessage());
            }
        }
        return errors;
    }

    /** @return the names of the page's live charts, in page order */
    List<String> charts() {
        List<String> names = new ArrayList<>();
        for (WebElement div : driver.findElements(By.cssSelector(".live[data-figure]"))) {
            names.add(div.getDomAttribute("data-figure"));
        }
        return names;
    }

    /**
     * @return {non-white pixels, distinct colours} of the chart's canvas, read back from the canvas (what the page
     *         drew, not what the JSON says)
     */
    long[] ink(String chart) {
        List<?> r = (List<?>) js("""
                var c = document.querySelector('.live[data-figure="' + arguments[0] + '"] canvas');
                if (!c) { return [0, 0]; }
                var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                var ink = 0, colours = new Set();
                for (var k = 0; k < d.length; k += 4) {
                  if (d[k + 3] > 0 && (d[k] < 250 || d[k + 1] < 250 || d[k + 2] < 250)) { ink++; }
                  if (colours.size < 5000) { colours.add(d[k] << 16 | d[k + 1] << 8 | d[k + 2]); }
                }
                return [ink, colours.size];
                """, chart);
        return new long[] {((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue()};
    }

    /** @return the number of canvas pixels of the chart within 12 of the colour {@code #rrggbb} per channel */
    long pixelsOf(String chart, String colour) {
        return ((Number) js("""
                var c = document.querySelector('.live[data-figure="' + arguments[0] + '"] canvas');
                var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                var r = parseInt(arguments[1].substr(1, 2), 16), g = parseInt(arguments[1].substr(3, 2), 16),
                    b = parseInt(arguments[1].substr(5, 2), 16), n = 0;
                for (var k = 0; k < d.length; k += 4) {
                  if (Math.abs(d[k] - r) < 12 && Math.abs(d[k + 1] - g) < 12 && Math.abs(d[k + 2] - b) < 12) { n++; }
                }
                return n;
                """, chart, colour)).longValue();
    }

    /** Moves the mouse to a pixel of the chart's element (from its top left corner). */
    void moveTo(String chart, double x, double y) {
        WebElement div = chartElement(chart);
        var size = div.getSize();
        new Actions(driver).moveToElement(div, (int) Math.round(x - size.getWidth() / 2.0),
                (int) Math.round(y - size.getHeight() / 2.0)).perform();
    }

    /** Clicks a pixel of the chart's element (from its top left corner). */
    void click(String chart, double x, double y) {
        moveTo(chart, x, y);
        new Actions(driver).click().perform();
    }

    WebElement chartElement(String chart) {
        return driver.findElement(By.cssSelector(".live[data-figure=\"" + chart + "\"]"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Writes a screenshot of the element (or of the window, for null) as a PNG. */
    void screenshot(WebElement element, Path png) throws IOException {
        Files.createDirectories(png.getParent());
        byte[] bytes = element == null ? driver.getScreenshotAs(OutputType.BYTES)
                : element.getScreenshotAs(OutputType.BYTES);
        Files.write(png, bytes);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
        }
    }
}
