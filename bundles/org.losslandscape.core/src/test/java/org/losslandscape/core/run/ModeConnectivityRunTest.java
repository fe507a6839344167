package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;

/**
 * The mode-connectivity template as shipped: the first run asks for a second, the second connects to the first
 * (Garipov et al. 2018; Ainsworth et al. 2023).
 */
class ModeConnectivityRunTest {

    private static double metric(Run run, String suffix) {
        return run.getMetrics().stream().filter(m -> m.getName().endsWith(suffix)).mapToDouble(Metric::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no metric *" + suffix));
    }

    /** Two separate invocations, as a user runs the template "twice": the second takes the next unused seed. */
    @Test
    void twoRunsAreConnectedByALineAnAlignedLineAndACurve(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("mode-connectivity").orElseThrow().create();
        Path file = dir.resolve("mc.landscape");
        ExperimentStore.save(e, file);
        RunReport first = new ExperimentRunner().run(file, RunOptions.single(), null).get(0);
        RunReport again = new ExperimentRunner().run(file, RunOptions.single(), null).get(0);
        assertEquals(5, first.seed(), "the first run takes the experiment's seed");
        assertEquals(6, again.seed(), "running again takes the next seed no completed run has used");

        List<Run> runs = ExperimentStore.load(file).experiment().getRuns();
        assertTrue(runs.get(0).getMessage().contains("needs a second solution"), runs.get(0).getMessage());
        assertEquals(6, runs.get(1).getConfiguration().getSeed(), "the seed is recorded in the run's snapshot");
        Run second = runs.get(1);
        NpyArray a = Npy.read(ResultFiles.resolve(file, second.getResults().stream()
                .filter(r -> r.getKind() == ResultKind.CONNECTIVITY).findFirst().orElseThrow().getUri()));
        assertEquals(21, a.shape()[0]);
        double linear = metric(second, ".barrier_linear");
        double aligned = metric(second, ".barrier_aligned");
        double bezier = metric(second, ".barrier_bezier");
        // the template as shipped (width 256, 1000 steps, seeds 5 and 6): 0.572, 1.4e-5 and 6.1e-7 when measured
        assertTrue(linear > 0.1, "two solutions from different seeds have a barrier: " + linear);
        assertTrue(aligned < 0.01 * linear, "weight matching removes it: " + aligned + " vs " + linear);
        assertTrue(bezier < 0.01 * linear, "the trained curve avoids it: " + bezier + " vs " + linear);
    }

    /** A pair forced to be identical (the same seed given twice) is refused with the reason, not measured. */
    @Test
    void aTwinTrainedWithTheSameSeedIsNotUsed(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("mode-connectivity").orElseThrow().create();
        e.getTraining().setSteps(50);
        Path file = dir.resolve("mc.landscape");
        ExperimentStore.save(e, file);
        RunOptions seven = new RunOptions(0, 1, List.of(7L));
        new ExperimentRunner().run(file, seven, null);
        RunReport twin = new ExperimentRunner().run(file, seven, null).get(0);

        assertEquals(7, twin.seed());
        assertTrue(twin.message().contains("run-1 has this run's solution (the same seed 7 and configuration"),
                twin.message());
        assertTrue(twin.message().contains("run the experiment again"), twin.message());
        Run second = ExperimentStore.load(file).experiment().getRuns().get(1);
        assertTrue(second.getMetrics().stream().noneMatch(m -> m.getName().contains("barrier")),
                "no barrier is reported against a twin");
        assertTrue(second.getResults().stream().noneMatch(r -> r.getKind() == ResultKind.CONNECTIVITY));

        // a third run without a seed takes one not used yet (5), and connects to a solution that differs
        RunReport third = new ExperimentRunner().run(file, RunOptions.single(), null).get(0);
        assertEquals(5, third.seed());
        Run connected = ExperimentStore.load(file).experiment().getRuns().get(2);
        assertTrue(metric(connected, ".barrier_linear") > 0, "a barrier between different solutions");
    }
}
