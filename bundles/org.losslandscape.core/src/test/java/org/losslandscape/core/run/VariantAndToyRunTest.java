package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.toy.CriticalPoint;
import org.losslandscape.compute.toy.CriticalPointType;
import org.losslandscape.compute.toy.ToySurface;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Metric;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.ToySurfaceAnalysis;
import org.losslandscape.model.ToySurfaceKind;
import org.losslandscape.model.Variant;

/** Experiments with variants run once per variant; toy-surface experiments run without a network. */
class VariantAndToyRunTest {

    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    private static Variant variant(Experiment e, String name, String key, String value) {
        Variant v = F.createVariant();
        v.setName(name);
        Parameter p = F.createParameter();
        p.setKey(key);
        p.setValue(value);
        v.getSettings().add(p);
        e.getVariants().add(v);
        return v;
    }

    private static double metric(Run run, String name) {
        return run.getMetrics().stream().filter(m -> m.getName().equals(name)).mapToDouble(Metric::getValue)
                .findFirst().orElse(Double.NaN);
    }

    private static NpyArray result(Path file, Run run, String suffix) throws Exception {
        ResultRef ref = run.getResults().stream().filter(r -> r.getUri().endsWith(suffix)).findFirst().orElseThrow(
                () -> new AssertionError("no result " + suffix + " in " + run.getResults().stream().map(
                        ResultRef::getUri).toList()));
        return Npy.read(ResultFiles.resolve(file, ref.getUri()));
    }

    @Test
    void eachVariantRunsOnceWithItsOwnConfiguration(@TempDir Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(40, 10);
        e.getDataset().setValidationFraction(0.3);
        HessianAnalysis h = F.createHessianAnalysis();
        h.setName("curvature");
        h.setTopK(1);
        h.setBottomK(1);
        e.getAnalyses().add(h);
        variant(e, "small batch", "training.batchSize", "8");
        variant(e, "narrow", "network.layers.0.units", "4");
        Path file = Experiments.save(e, dir.resolve("v.landscape"));
        List<RunReport> reports = new ExperimentRunner().run(file, RunOptions.single(), null);
        assertEquals(List.of("small batch", "narrow"), reports.stream().map(RunReport::variant).toList());
        Experiment back = ExperimentStore.load(file).experiment();
        assertEquals(2, back.getRuns().size());
        Run small = back.getRuns().get(0);
        Run narrow = back.getRuns().get(1);
        assertEquals("small batch", small.getVariant());
        assertEquals(RunStatus.COMPLETED, small.getStatus(), small.getMessage());
        assertEquals(8, small.getConfiguration().getTraining().getBatchSize(), "the snapshot is the variant's");
        assertEquals(0, narrow.getConfiguration().getTraining().getBatchSize());
        assertEquals(4, narrow.getConfiguration().getNetwork().getLayers().get(0).getUnits());
        assertEquals(16, back.getNetwork().getLayers().get(0).getUnits(), "the experiment itself is unchanged");
        double params = result(file, narrow, "final-params.npy").shape()[0];
        assertEquals(2 * 4 + 4 + 4 * 2 + 2, params, "the narrow variant trained the narrow network");
        // Li et al.'s ratio from the two ends of the spectrum
        assertEquals(Math.abs(metric(small, "curvature.lambda_min") / metric(small, "curvature.lambda_max")),
                metric(small, "curvature.min_max_ratio"), 1e-12);
        // the best validation metrics are the curve's minimum
        NpyArray curves = result(file, small, "curves.npy");
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < curves.shape()[0]; i++) {
            best = Math.min(best, curves.data()[i * 6 + 3]);
        }
        assertEquals(best, metric(small, "best_validation_loss"), 0);

        List<RunReport> only = new ExperimentRunner().run(file, RunOptions.single().withVariant("narrow"), null);
        assertEquals(1, only.size());
        assertEquals("narrow", ExperimentStore.load(file).experiment().getRuns().get(2).getVariant());
        InvalidExperimentException unknown = assertThrows(InvalidExperimentException.class,
                () -> new ExperimentRunner().run(file, RunOptions.single().withVariant("wide"), null));
        assertTrue(unknown.getMessage().contains("no variant 'wide'; it has small batch, narrow"), unknown
                .getMessage());
    }

    @Test
    void variantsNamedTwiceDoNotRunAndAVariantMaySetItsOwnSeed(@TempDir Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(20, 10);
        variant(e, "a", "seed", "11");
        variant(e, "a", "training.batchSize", "8");
        Path file = Experiments.save(e, dir.resolve("d.landscape"));
        InvalidExperimentException twice = assertThrows(InvalidExperimentException.class,
                () -> new ExperimentRunner().run(file, RunOptions.single(), null));
        assertTrue(twice.getMessage().contains("variant 'a' is named twice"), twice.getMessage());
        e.getVariants().get(1).setName("b");
        Experiments.save(e, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);
        List<Run> runs = ExperimentStore.load(file).experiment().getRuns();
        assertEquals(11, runs.get(0).getConfiguration().getSeed(), "the variant's seed");
        assertEquals(7, runs.get(1).getConfiguration().getSeed(), "the experiment's seed");
    }

    @Test
    void aBrokenVariantStopsTheRunBeforeAnyVariantStarts(@TempDir Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(20, 10);
        variant(e, "fine", "training.batchSize", "8");
        variant(e, "broken", "training.batchSize", "-8");
        Path file = Experiments.save(e, dir.resolve("b.landscape"));
        InvalidExperimentException x = assertThrows(InvalidExperimentException.class,
                () -> new ExperimentRunner().run(file, RunOptions.single(), null));
        assertTrue(x.getMessage().contains("variant 'broken': training"), x.getMessage());
        assertEquals(0, ExperimentStore.load(file).experiment().getRuns().size());
    }

    @Test
    void aToySurfaceExperimentFindsTheKnownCriticalPointsAndRecordsThePaths(@TempDir Path dir) throws Exception {
        Experiment e = F.createExperiment();
        e.setName("toy");
        ToySurfaceAnalysis t = F.createToySurfaceAnalysis();
        t.setName("himmelblau");
        t.setSurface(ToySurfaceKind.HIMMELBLAU);
        t.setResolution(21);
        t.setSteps(50);
        t.getStarts().addAll(List.of("0, 0", "-1, -1.5"));
        OptimizerSpec sgd = F.createOptimizerSpec();
        sgd.setOptimizerId("sgd");
        Parameter lr = F.createParameter();
        lr.setKey("lr");
        lr.setValue("0.01");
        sgd.getHyperParameters().add(lr);
        t.getOptimizers().add(sgd);
        e.getAnalyses().add(t);
        Path file = Experiments.save(e, dir.resolve("toy.landscape"));
        List<RunReport> reports = new ExperimentRunner().run(file, RunOptions.single(), null);
        assertEquals(RunStatus.COMPLETED, reports.get(0).status(), reports.get(0).message());
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertTrue(run.getResults().stream().allMatch(r -> r.getKind() == ResultKind.TOY));

        NpyArray grid = result(file, run, "himmelblau.npy");
        assertEquals(List.of(21, 21), List.of(grid.shape()[0], grid.shape()[1]));
        ToySurface himmelblau = ToySurface.himmelblau();
        assertEquals(himmelblau.value(-5, 5), grid.data()[0 * 21 + 20], 1e-12, "x-major: (x0, y20)");

        NpyArray critical = result(file, run, "himmelblau-critical.npy");
        List<CriticalPoint> known = new ArrayList<>(himmelblau.knownCriticalPoints());
        assertEquals(known.size(), critical.shape()[0]);
        for (CriticalPoint k : known) {
            boolean found = false;
            for (int i = 0; i < critical.shape()[0]; i++) {
                double[] row = java.util.Arrays.copyOfRange(critical.data(), 5 * i, 5 * i + 5);
                found |= Math.hypot(row[0] - k.x(), row[1] - k.y()) < 1e-5 && (int) row[2] == k.type().ordinal()
                        && (int) row[3] == k.index();
            }
            assertTrue(found, "known " + k);
        }
        assertEquals(4, metric(run, "himmelblau.minima"));
        assertEquals(4, metric(run, "himmelblau.saddles"));
        assertEquals(1, metric(run, "himmelblau.maxima"));

        NpyArray paths = result(file, run, "himmelblau-paths.npy");
        assertEquals(2 * 51, paths.shape()[0], "two starts × (50 steps + start)");
        assertEquals(0, paths.data()[2], 0, "first row: x of the first start");
        assertEquals(-1.5, paths.data()[51 * 5 + 3], 0, "row 51: y of the second start");
        // plain GD from (0, 0) ends in Himmelblau's minimum (3, 2)
        assertEquals(0, himmelblau.value(metric(run, "himmelblau.path-1.final_x"), metric(run,
                "himmelblau.path-1.final_y")), 0.5);
    }

    @Test
    void theLocalMinimumTemplateShowsMomentumEscapingWhereGradientDescentStops(@TempDir Path dir)
            throws Exception {
        Path file = Experiments.save(Templates.find("local-minimum").orElseThrow().create(), dir.resolve(
                "l.landscape"));
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        List<CriticalPoint> minima = ToySurface.deceptiveWells().knownCriticalPoints().stream().filter(c -> c
                .type() == CriticalPointType.MINIMUM).sorted(Comparator.comparingDouble(CriticalPoint::value))
                .toList();
        CriticalPoint global = minima.get(0);
        CriticalPoint local = minima.get(1);
        assertEquals(local.x(), metric(run, "deceptive-wells.path-1.final_x"), 1e-3, "gradient descent");
        assertEquals(global.x(), metric(run, "deceptive-wells.path-2.final_x"), 1e-3, "momentum");
    }

    @Test
    void theSaddleEscapeTemplateConvergesToTheSaddleWithoutNoiseAndLeavesItWithNoise(@TempDir Path dir)
            throws Exception {
        Path file = Experiments.save(Templates.find("saddle-escape").orElseThrow().create(), dir.resolve(
                "s.landscape"));
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(0, metric(run, "saddle.path-1.final_y"), 0, "exact gradients never leave y = 0");
        assertEquals(0, metric(run, "saddle.path-1.final_x"), 1e-3, "… and reach the saddle");
        assertTrue(Math.abs(metric(run, "saddle.path-2.final_y")) > 0.5, "the noisy path escaped");
        assertTrue(metric(run, "saddle.path-2.final_loss") < -0.25);
    }
}
