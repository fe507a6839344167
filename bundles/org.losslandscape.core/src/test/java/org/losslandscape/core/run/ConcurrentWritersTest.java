package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/** A run writes only its own run into the file, so that other writers' changes survive it. */
class ConcurrentWritersTest {

    @TempDir
    Path dir;

    @Test
    void anEditSavedDuringARunIsKept() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(60, 10), dir.resolve("edit.landscape"));
        boolean[] edited = {false};
        ProgressMonitor editWhileTraining = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                if (!edited[0] && done > 0) {
                    edited[0] = true;
                    try { // what the editor's save does: the configuration changes, the runs stay
                        ExperimentStore.update(file, e -> {
                            e.setDescription("edited during the run");
                            e.getTraining().setSteps(99);
                        });
                    } catch (Exception ex) {
                        throw new AssertionError(ex);
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        RunReport report = new ExperimentRunner().run(file, RunOptions.single(), editWhileTraining).get(0);
        assertTrue(edited[0]);
        assertEquals(RunStatus.COMPLETED, report.status(), report.message());
        Experiment after = ExperimentStore.load(file).experiment();
        assertEquals("edited during the run", after.getDescription());
        assertEquals(99, after.getTraining().getSteps());
        assertEquals(1, after.getRuns().size());
        Run run = after.getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertEquals(60, run.getConfiguration().getTraining().getSteps(), "the run ran the configuration it began with");
        assertTrue(run.getResults().size() >= 2, "curves and final parameters: " + run.getResults().size());
    }

    @Test
    void concurrentRunsOfOneFileGetTheirOwnIdsAndAreAllKept() throws Exception {
        Path file = Experiments.save(Experiments.twoMoons(40, 10), dir.resolve("both.landscape"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<RunReport>>> runs = pool.invokeAll(List.of(
                    () -> new ExperimentRunner().run(file, RunOptions.single(), null),
                    () -> new ExperimentRunner().run(file, RunOptions.single(), null),
                    () -> new ExperimentRunner().run(file, RunOptions.single(), null)));
            for (Future<List<RunReport>> f : runs) {
                assertEquals(RunStatus.COMPLETED, f.get().get(0).status(), f.get().get(0).message());
            }
        } finally {
            pool.shutdown();
        }
        Experiment after = ExperimentStore.load(file).experiment();
        assertEquals(List.of("run-1", "run-2", "run-3"),
                after.getRuns().stream().map(Run::getId).sorted().toList());
        assertTrue(after.getRuns().stream().allMatch(r -> r.getStatus() == RunStatus.COMPLETED));
        assertEquals(java.util.Set.of(7L, 8L, 9L), after.getRuns().stream().map(r -> r.getConfiguration().getSeed())
                .collect(java.util.stream.Collectors.toSet()), "each run took its own seed, chosen under the lock");
    }
}
