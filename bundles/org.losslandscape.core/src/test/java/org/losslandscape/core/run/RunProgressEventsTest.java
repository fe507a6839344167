package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.RunStatus;

/**
 * A run listener hears how far training is: the steps done of the steps planned, in order, at most every
 * {@link RunListener#PROGRESS_INTERVAL_MILLIS} ms (not after every one of the run's many steps), between the run's
 * start and its end. The run is cancelled after a few events, so the test lasts about a second on any machine.
 */
class RunProgressEventsTest {

    private static final long STEPS = 5_000_000;

    @Test
    void progressIsHeardThrottledAndInOrder(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getAnalyses().clear();
        e.getTraining().setSteps(STEPS);
        e.getTraining().setCheckpointEvery(0);
        Path file = dir.resolve("long.landscape");
        ExperimentStore.save(e, file);
        List<String> heard = new ArrayList<>();
        List<long[]> events = new ArrayList<>();
        AtomicBoolean enough = new AtomicBoolean();
        List<RunReport> reports = new ExperimentRunner().withListener(new RunListener() {
            @Override
            public void started(Path f, String runId) {
                heard.add("started");
            }

            @Override
            public void progress(Path f, String runId, long step, long steps) {
                assertEquals(file.toAbsolutePath().normalize(), f);
                assertEquals("run-1", runId);
                heard.add("progress");
                events.add(new long[] {System.nanoTime(), step, steps});
                enough.compareAndSet(false, events.size() == 4);
            }

            @Override
            public void finished(Path f, String runId, RunStatus status) {
                heard.add("finished");
            }
        }).run(file, RunOptions.single(), new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return enough.get();
            }
        });

        assertEquals(RunStatus.CANCELLED, reports.get(0).status(), reports.get(0).message());
        assertEquals(List.of("started", "progress", "progress", "progress", "progress", "finished"), heard);
        for (int i = 0; i < events.size(); i++) {
            long[] ev = events.get(i);
            assertEquals(STEPS, ev[2], "the steps planned");
            assertTrue(ev[1] > 0 && ev[1] < STEPS, "steps done: " + ev[1]);
            if (i > 0) {
                long[] before = events.get(i - 1);
                assertTrue(ev[1] > before[1], "in order");
                double apart = (ev[0] - before[0]) / 1e6;
                assertTrue(apart >= RunListener.PROGRESS_INTERVAL_MILLIS - 1, "throttled: " + apart + " ms apart");
                assertTrue(ev[1] - before[1] > 1, "not after every step");
            }
        }
    }
}
