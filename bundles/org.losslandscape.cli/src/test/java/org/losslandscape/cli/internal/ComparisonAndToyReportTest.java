package org.losslandscape.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.report.ExperimentReport;
import org.losslandscape.report.HtmlReport;

/**
 * The report of the demo templates, run end to end: it draws toy surfaces with their paths and critical points,
 * and compares an experiment's variants (here, where the runner, the templates and the report meet).
 */
class ComparisonAndToyReportTest {

    private static Experiment runTemplate(Experiment e, Path file) throws Exception {
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, new RunOptions(2, 1, List.of()), null);
        return ExperimentStore.load(file).experiment();
    }

    private static Figure figure(HtmlReport report, String name) {
        return report.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no figure " + name + " in " + report.figures().stream().map(
                        Figure::name).toList()));
    }

    @Test
    void aToySurfaceIsDrawnWithEveryPathAndItsTypedCriticalPoints(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("l.landscape");
        Experiment e = runTemplate(Templates.find("local-minimum").orElseThrow().create(), file);
        HtmlReport report = ExperimentReport.build(file, e);
        ChartSpec chart = figure(report, "deceptive-wells-0").chart();
        assertNotNull(chart.heatmap());
        assertEquals(List.of("sgd lr=0.05 from (-3.500, 0.000)", "momentum lr=0.05 momentum=0.98 from (-3.500, "
                + "0.000)"), chart.series().stream().map(Series::name).toList());
        assertEquals(3001, chart.series().get(0).size(), "start + 3000 steps");
        List<String> labels = chart.markers().stream().map(Marker::label).sorted().toList();
        assertEquals(List.of("min", "min", "saddle (index 1)", "start"), labels);
        Path index = report.write(dir.resolve("report"));
        assertTrue(Files.size(dir.resolve("report/deceptive-wells-0.png")) > 10_000);
        assertTrue(Files.readString(index).contains("critical points found by Newton"));
        assertEquals("java", report.configuration().get("Run run-1").get("backend"), "the run's backend is shown");
    }

    @Test
    void aSweepIsPlottedAgainstTheVariantValueAndTheBestValidationStepIsMarked(@TempDir Path dir)
            throws Exception {
        Experiment e = Templates.find("double-descent").orElseThrow().create();
        e.getVariants().retainAll(List.of(e.getVariants().get(4), e.getVariants().get(0), e.getVariants().get(9)));
        e.getTraining().setSteps(300);
        e.getTraining().setEvaluateEvery(50);
        Path file = dir.resolve("dd.landscape");
        e = runTemplate(e, file);
        HtmlReport report = ExperimentReport.build(file, e);
        ChartSpec sweep = figure(report, "variants-loss").chart();
        assertEquals("random features", sweep.xAxis().label());
        Series validation = sweep.series("final validation loss");
        assertArrayEquals(new double[] {10, 75, 150}, validation.x(), "sorted by value");
        assertEquals(3, report.configuration().get("Variants").size());
        assertTrue(report.configuration().get("Variants").get("75 features").contains("validation_loss = "));
        assertTrue(report.configuration().get("Variant definitions").get("10 features").contains(
                "dataset.parameters.features = 10"));
        ChartSpec loss = figure(report, "loss").chart();
        assertTrue(loss.markers().stream().anyMatch(m -> m.kind() == Marker.Kind.VERTICAL && m.label().startsWith(
                "best validation, step ")), loss.markers().toString());
        assertTrue(loss.series().stream().anyMatch(s -> s.name().equals("run-1 (10 features) validation")));
    }

    @Test
    void comparedLandscapesShareOneColourScaleAndMetricsAreBarCharts(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("sgd-vs-sam").orElseThrow().create();
        e.getTraining().setSteps(60);
        for (AnalysisSpec a : e.getAnalyses()) {
            if (a instanceof SurfaceAnalysis s) {
                s.setResolution(7);
            }
        }
        Path file = dir.resolve("s.landscape");
        e = runTemplate(e, file);
        HtmlReport report = ExperimentReport.build(file, e);
        ChartSpec sgd = figure(report, "variants-surface-1-sgd").chart();
        ChartSpec sam = figure(report, "variants-surface-1-sam").chart();
        assertEquals(sgd.heatmap().colorRange(), sam.heatmap().colorRange());
        assertArrayEquals(sgd.heatmap().contourLevels(), sam.heatmap().contourLevels());
        double lowest = Math.min(min(sgd.heatmap().values()), min(sam.heatmap().values()));
        assertEquals(lowest, sgd.heatmap().colorRange().min(), 1e-12, "the range covers both");
        assertTrue(report.figures().stream().anyMatch(f -> f.name().endsWith("lambda_max.lambda_max")
                && f.chart().series().get(0).size() == 2), report.figures().stream().map(Figure::name)
                        .toList().toString());
    }

    private static double min(double[] a) {
        return java.util.Arrays.stream(a).filter(Double::isFinite).min().orElseThrow();
    }
}
