package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.Variant;

/**
 * Experiments with variants run once per variant (the toy-surface experiments, which run without a network, are
 * tested in their own bundle, org.losslandscape.analysis.toy).
 */
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
}
