package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;

/**
 * The report of results written before structured metadata (core's legacy fixture) is the report that was made from
 * them before the change, figure by figure and bit for bit ({@code legacy-report.digest}); and a figure provider
 * from outside the report adds the figure of its kind.
 */
class LegacyReportTest {

    /** core's fixture of results from before metadata: see its README */
    private static final Path FIXTURE = Path.of("../org.losslandscape.core/src/test/resources/fixtures/legacy-results");

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURE)) {
            walk.forEach(p -> {
                try {
                    Path target = dir.resolve(FIXTURE.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return dir;
    }

    @Test
    void theReportOfOldFilesIsTheOneMadeBeforeFigureByFigure() throws Exception {
        Path folder = copy();
        List<String> lines = new ArrayList<>();
        for (String name : List.of("all-kinds", "grokking")) {
            Path file = folder.resolve(name + ".landscape");
            lines.add("# " + name);
            lines.addAll(ReportDigest.of(ExperimentReport.build(file, ExperimentStore.load(file).experiment())));
        }
        List<String> before = Files.readAllLines(Path.of("src/test/resources/legacy-report.digest"));
        assertEquals(before.size(), lines.size(), lines.toString());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i), lines.get(i), "line " + (i + 1));
        }
    }

    @Test
    void aProviderFromAnotherBundleAddsTheFigureOfItsKind() throws Exception {
        assertNull(FigureProviders.fromServiceLoader().forKind(ResultKind.SHARPNESS), "the report draws no samples");
        URL probeBundle = Path.of("src/test/resources/probe-bundle/").toUri().toURL();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        FigureProviders providers;
        try (URLClassLoader bundle = new URLClassLoader(new URL[] {probeBundle}, before)) {
            thread.setContextClassLoader(bundle);
            providers = FigureProviders.fromServiceLoader();
        } finally {
            thread.setContextClassLoader(before);
        }
        assertNotNull(providers.forKind(ResultKind.SHARPNESS));
        assertNotNull(providers.forKind(ResultKind.SURFACE), "the report's own are still there");

        Path file = copy().resolve("all-kinds.landscape");
        Experiment e = ExperimentStore.load(file).experiment();
        List<String> skipped = new ArrayList<>();
        HtmlReport with = ExperimentReport.build(file, e, skipped::add, providers);
        HtmlReport without = ExperimentReport.build(file, e, skipped::add, FigureProviders.fromServiceLoader());
        assertEquals(List.of(), skipped);
        List<String> added = with.figures().stream().map(Figure::name).filter(n -> without.figures()
                .stream().noneMatch(f -> f.name().equals(n))).toList();
        assertEquals(List.of("trace-13"), added);
        Figure samples = with.figures().stream().filter(f -> f.name().equals("trace-13")).findFirst()
                .orElseThrow();
        assertEquals("5 probes of the trace (run run-2).", samples.caption());
        assertEquals(5, samples.chart().series().stream().mapToInt(s -> s.size()).sum());

        providers.unregister(providers.forKind(ResultKind.SHARPNESS));
        assertNull(providers.forKind(ResultKind.SHARPNESS));
        assertTrue(with.figures().size() > 10);
    }
}
