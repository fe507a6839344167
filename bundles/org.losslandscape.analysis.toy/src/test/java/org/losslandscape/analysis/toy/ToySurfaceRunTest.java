package org.losslandscape.analysis.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.toy.model.ToyFactory;
import org.losslandscape.analysis.toy.model.ToySurfaceAnalysis;
import org.losslandscape.analysis.toy.model.ToySurfaceKind;
import org.losslandscape.analysis.toy.results.ToyResults;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.toy.CriticalPoint;
import org.losslandscape.compute.toy.CriticalPointType;
import org.losslandscape.compute.toy.ToySurface;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Metric;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * Toy-surface experiments run headless without a network, through the core's runner, with the kind and the templates
 * of this bundle found on the class path (META-INF/services), as the headless application finds them.
 */
class ToySurfaceRunTest {

    private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

    private static Path save(Experiment e, Path file) throws Exception {
        ExperimentStore.save(e, file);
        return file;
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
    void aToySurfaceExperimentFindsTheKnownCriticalPointsAndRecordsThePaths(@TempDir Path dir) throws Exception {
        Experiment e = F.createExperiment();
        e.setName("toy");
        ToySurfaceAnalysis t = ToyFactory.eINSTANCE.createToySurfaceAnalysis();
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
        Path file = save(e, dir.resolve("toy.landscape"));
        List<RunReport> reports = new ExperimentRunner().run(file, RunOptions.single(), null);
        assertEquals(RunStatus.COMPLETED, reports.get(0).status(), reports.get(0).message());
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertTrue(run.getResults().stream().allMatch(r -> r.getKind() == ToyResults.KIND));

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
        Path file = save(Templates.find("local-minimum").orElseThrow().create(), dir.resolve(
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
        Path file = save(Templates.find("saddle-escape").orElseThrow().create(), dir.resolve(
                "s.landscape"));
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(0, metric(run, "saddle.path-1.final_y"), 0, "exact gradients never leave y = 0");
        assertEquals(0, metric(run, "saddle.path-1.final_x"), 1e-3, "… and reach the saddle");
        assertTrue(Math.abs(metric(run, "saddle.path-2.final_y")) > 0.5, "the noisy path escaped");
        assertTrue(metric(run, "saddle.path-2.final_loss") < -0.25);
    }
}
