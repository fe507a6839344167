package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.landscape.SharedPlane;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.compare.SharedPlaneComputation;
import org.losslandscape.core.compare.SharedPlaneResult;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.report.ExperimentReport;
import org.losslandscape.report.HtmlReport;
import org.losslandscape.model.Experiment;

/** The report of an experiment with a shared plane draws it: one surface, one path per run, in the HTML. */
class SharedPlaneReportTest {

    @Test
    void theReportHoldsTheSharedPlaneWithThreePaths(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("three.landscape");
        Experiment e = Templates.find("three-optimizers").orElseThrow().create();
        e.getTraining().setSteps(40);
        e.getTraining().setCheckpointEvery(10);
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(1, 1, List.of()), null);
        Experiment trained = ExperimentStore.load(file).experiment();
        SharedPlaneResult r = SharedPlaneComputation.compute(file, trained, new SharedPlaneComputation.Request(
                List.of("sgd", "momentum", "adam"), SharedPlane.Kind.PCA, 5, "optimizers"), CoreServices.backend(), 1,
                null);
        assertNotNull(r);
        List<String> skipped = new ArrayList<>();
        HtmlReport report = ExperimentReport.build(file, trained, skipped::add);
        assertEquals(List.of(), skipped);
        Figure figure = report.figures().stream().filter(f -> f.name().equals("shared-plane-optimizers")).findFirst()
                .orElseThrow(() -> new AssertionError("no shared plane figure in " + report.figures().stream().map(
                        Figure::name).toList()));
        assertEquals(r.labels(), figure.chart().series().stream().map(Series::name).toList());
        assertNotNull(figure.chart().heatmap());
        Path index = ExperimentReport.write(file, trained, dir.resolve("report"));
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(html.contains("shared-plane-optimizers"), "the HTML names the figure");
        assertTrue(html.contains("Each line is one run&#39;s path") || html.contains("Each line is one run's path")
                || html.contains("Each line is one run"), "with its caption");
        try (var files = Files.list(dir.resolve("report"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("shared-plane-optimizers")),
                    "its image is written");
        }
    }
}
