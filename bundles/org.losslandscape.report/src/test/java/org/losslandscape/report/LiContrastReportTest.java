package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.chart.Range;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.results.CurvatureMapData;
import org.losslandscape.core.results.Interval;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.Variant;

/**
 * The report shows Li et al.'s contrast — each variant's landscape and its curvature map (|λ_min/λ_max| over the
 * plane) on one colour scale — and a grokking run's delay between fitting and generalising.
 */
class LiContrastReportTest {

    private static final List<String> CURVE_COLUMNS = List.of("step", "train_loss", "train_acc", "val_loss",
            "val_acc");

    private static Run run(Experiment e, String id, String variant) {
        Run run = LandscapeFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setVariant(variant);
        run.setStatus(RunStatus.COMPLETED);
        e.getRuns().add(run);
        return run;
    }

    private static void curves(Path file, Run run, double[][] rows) throws Exception {
        double[] table = new double[rows.length * 5];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, table, 5 * i, 5);
        }
        ResultFiles.write(file, run, ResultKind.CURVES, "curves.npy", NpyArray.ofDoubles(new int[] {rows.length, 5},
                table), "curves", ResultMetadata.builder().put(ResultKeys.COLUMNS, CURVE_COLUMNS).build());
    }

    /** A 3×3 map whose λ_max is {@code max} everywhere and λ_min {@code -ratio·max} at the centre, 0 elsewhere. */
    private static void landscapeAndMap(Path file, Run run, double max, double ratio, double height)
            throws Exception {
        ResultMetadata grid = ResultMetadata.builder().put(ResultKeys.DIMENSIONS, 2L)
                .put(ResultKeys.X_RANGE, new Interval(-1, 1)).put(ResultKeys.Y_RANGE, new Interval(-1, 1))
                .put(ResultKeys.POINTS, 3L).build();
        double[] surface = new double[9];
        for (int i = 0; i < 9; i++) {
            surface[i] = height * (1 + (i - 4) * (i - 4));
        }
        ResultFiles.write(file, run, ResultKind.SURFACE, "landscape.npy", NpyArray.ofDoubles(new int[] {3, 3},
                surface), "surface", grid);
        double[] map = new double[18];
        java.util.Arrays.fill(map, 0, 9, max);
        map[9 + 4] = -ratio * max;
        ResultFiles.write(file, run, CurvatureMapData.KIND, "landscape-curvature.npy", NpyArray.ofDoubles(
                new int[] {2, 3, 3}, map), "curvature map", grid);
    }

    @Test
    void eachVariantsLandscapeAndCurvatureMapAreOnOneColourScaleInTheHtml(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("skip.landscape");
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        e.setName("skip-connections");
        for (String name : List.of("ResNet", "no skip connections")) {
            Variant v = LandscapeFactory.eINSTANCE.createVariant();
            v.setName(name);
            e.getVariants().add(v);
        }
        Run resnet = run(e, "run-1", "ResNet");
        landscapeAndMap(file, resnet, 2.0, 0.01, 0.1);
        Run plain = run(e, "run-2", "no skip connections");
        landscapeAndMap(file, plain, 600.0, 0.25, 1.0);
        ExperimentStore.save(e, file);
        HtmlReport report = ExperimentReport.build(file, ExperimentStore.load(file).experiment());

        Map<String, Figure> byName = new java.util.LinkedHashMap<>();
        report.figures().forEach(f -> byName.put(f.name(), f));
        Figure a = byName.get("variants-curvature-1-ResNet");
        Figure b = byName.get("variants-curvature-1-no-skip-connections");
        assertTrue(a != null && b != null, byName.keySet().toString());
        assertEquals(new Range(0, 0.25), a.chart().heatmap().colorRange(), "from 0 to the largest ratio of both");
        assertEquals(a.chart().heatmap().colorRange(), b.chart().heatmap().colorRange());
        assertEquals(0.01, a.chart().heatmap().values()[4], 1e-12);
        assertEquals(0.25, b.chart().heatmap().values()[4], 1e-12);
        assertTrue(b.caption().contains("mean λ_max 600.0"), b.caption());
        Figure sa = byName.get("variants-surface-1-ResNet");
        Figure sb = byName.get("variants-surface-1-no-skip-connections");
        assertEquals(sa.chart().heatmap().colorRange(), sb.chart().heatmap().colorRange(), "landscapes share one too");
        // the latest run's own figures: the ratio map and λ_max
        assertTrue(byName.keySet().stream().anyMatch(n -> n.startsWith("landscape-curvature") && n.endsWith(
                "-ratio")), byName.keySet().toString());
        assertTrue(byName.keySet().stream().anyMatch(n -> n.endsWith("-lambda-max")), byName.keySet().toString());

        String html = Files.readString(report.write(dir.resolve("report")));
        for (String name : List.of("variants-curvature-1-ResNet", "variants-curvature-1-no-skip-connections",
                "variants-surface-1-ResNet", "variants-surface-1-no-skip-connections")) {
            assertTrue(html.contains(name), name + " in the HTML");
        }
        assertTrue(html.contains("on the colour scale shared by all 2 variants: 0 … 0.2500"), "the shared scale is said");
    }

    @Test
    void aGrokkingRunsDelayIsMarkedAndStated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("grok.landscape");
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        e.setName("transformer-grokking");
        Run r = run(e, "run-1", null);
        // {step, train loss, train accuracy, validation loss, validation accuracy}: fitted at 200, general at 6900
        curves(file, r, new double[][] {{0, 4, 0.02, 4, 0.02}, {200, 0.01, 1.0, 5, 0.05}, {3000, 0.001, 1.0, 4,
            0.3}, {6800, 0.001, 1.0, 1, 0.85}, {6900, 0.001, 1.0, 0.3, 0.96}, {10000, 0.001, 1.0, 0.01, 1.0}});
        ExperimentStore.save(e, file);
        HtmlReport report = ExperimentReport.build(file, ExperimentStore.load(file).experiment());
        Figure accuracy = report.figures().stream().filter(f -> f.name().equals("accuracy")).findFirst()
                .orElseThrow();
        assertEquals(List.of(200.0, 6900.0), accuracy.chart().markers().stream().map(Marker::x).toList());
        String sentence = "training accuracy ≥ 0.99 at step 200, validation accuracy ≥ 0.90 at step 6900: a grokking "
                + "delay of 6700 steps, 33.5 times the time to fit";
        assertTrue(accuracy.caption().contains(sentence), accuracy.caption());
        assertEquals(sentence, report.configuration().get("Grokking delay").get("run-1"));
        String html = Files.readString(report.write(dir.resolve("report")));
        assertTrue(html.contains("Grokking delay") && html.contains("a grokking delay of 6700 steps"), "in the HTML");
    }

    @Test
    void anOrdinaryRunHasNoGrokkingDelay(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain.landscape");
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        e.setName("plain");
        Run r = run(e, "run-1", null);
        curves(file, r, new double[][] {{0, 1, 0.3, 1, 0.3}, {100, 0.1, 0.99, 0.2, 0.85}, {150, 0.05, 1, 0.1, 0.92}});
        ExperimentStore.save(e, file);
        HtmlReport report = ExperimentReport.build(file, ExperimentStore.load(file).experiment());
        assertNull(report.configuration().get("Grokking delay"));
        assertFalse(report.figures().stream().filter(f -> f.name().equals("accuracy")).findFirst().orElseThrow()
                .caption().contains("grokking"));
    }
}
