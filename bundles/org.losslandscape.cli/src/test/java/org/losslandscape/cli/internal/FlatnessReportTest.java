package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.report.ExperimentReport;
import org.losslandscape.report.HtmlReport;

/**
 * The flatness bundle's templates in the report, as {@code landscape export --format html} writes it: the PAC-Bayes
 * bound against σ, the curvature of each layer under each operator, and sharpness under rescaling, each a PNG beside
 * the page.
 */
class FlatnessReportTest {

    private static HtmlReport report(String template, Path dir, int steps) throws Exception {
        Path file = dir.resolve(template + ".landscape");
        Experiment e = Templates.find(template).orElseThrow().create();
        e.getTraining().setSteps(steps);
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(2, 1, List.of()), null);
        return ExperimentReport.build(file, ExperimentStore.load(file).experiment());
    }

    /** @param patterns figure names with {@code #} for the report's number of the result, e.g. "pac-bayes-#-kl" */
    private static void assertDrawn(HtmlReport report, Path folder, String... patterns) throws Exception {
        List<String> names = report.figures().stream().map(Figure::name).toList();
        report.write(folder);
        for (String pattern : patterns) {
            String name = names.stream().filter(n -> n.matches(pattern.replace("#", "\\d+"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no figure " + pattern + " in " + names));
            assertTrue(Files.size(folder.resolve(name + ".png")) > 5_000, name);
            assertTrue(Files.readString(folder.resolve("index.html")).contains(name + ".png"), name);
        }
    }

    @Test
    void theBoundsAndTheCurvatureByBlockAreInTheReport(@TempDir Path dir) throws Exception {
        assertDrawn(report("pac-bayes-flatness", dir, 300), dir.resolve("report"), "pac-bayes-#-bound",
                "pac-bayes-#-kl", "curvature-#-lambda-max", "curvature-#-trace", "curvature-#-density-1");
    }

    @Test
    void sharpnessUnderRescalingIsInTheReport(@TempDir Path dir) throws Exception {
        assertDrawn(report("sharpness-is-not-invariant", dir, 300), dir.resolve("report"), "rescaling-#-sharpness",
                "rescaling-#-bounds");
    }
}
