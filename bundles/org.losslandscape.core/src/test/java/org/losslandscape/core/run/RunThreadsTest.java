package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The threads of a run belong to the run: two runs in one JVM, one on 1 thread and one on 2, side by side, each
 * compute on their own thread count and give the same bits as when run alone; the default pool is left alone.
 */
class RunThreadsTest {

    /** A monitor that records the thread count the engine uses on the run's thread, and can hold the run. */
    private static final class Watch implements ProgressMonitor {
        final Set<Integer> seen = ConcurrentHashMap.newKeySet();
        final CountDownLatch started;

        Watch(CountDownLatch started) {
            this.started = started;
        }

        @Override
        public void progress(long done, long total, String message) {
            seen.add(Parallel.threads());
            started.countDown();
            try {
                // both runs are under way before either goes on, so they overlap
                started.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    private static Experiment experiment() {
        Experiment e = Experiments.twoMoons(300, 50);
        e.getDataset().getParameters().get(0).setValue("400"); // enough rows that the loops split
        e.getNetwork().getLayers().add(2, Experiments.layer("DENSE", 64));
        e.getNetwork().getLayers().add(3, Experiments.layer("RELU", 0));
        return e;
    }

    private static double[] finalParams(Path file) throws Exception {
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        return Npy.read(ResultFiles.resolve(file, run.getResults().stream()
                .filter(r -> r.getUri().endsWith(ExperimentRunner.FINAL_PARAMS)).findFirst().orElseThrow().getUri()))
                .data();
    }

    @Test
    void twoRunsSideBySideKeepTheirThreadCountsAndTheirBits(@TempDir Path dir) throws Exception {
        int defaultThreads = Parallel.threads();
        Path aloneOne = Experiments.save(experiment(), dir.resolve("alone1.landscape"));
        Path aloneTwo = Experiments.save(experiment(), dir.resolve("alone2.landscape"));
        new ExperimentRunner().run(aloneOne, new RunOptions(1, 1, List.of()), null);
        new ExperimentRunner().run(aloneTwo, new RunOptions(2, 1, List.of()), null);

        Path one = Experiments.save(experiment(), dir.resolve("one.landscape"));
        Path two = Experiments.save(experiment(), dir.resolve("two.landscape"));
        CountDownLatch started = new CountDownLatch(2);
        Watch watchOne = new Watch(started);
        Watch watchTwo = new Watch(started);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<RunReport>> a = pool.submit(() -> new ExperimentRunner().run(one, new RunOptions(1, 1,
                    List.of()), watchOne));
            Future<List<RunReport>> b = pool.submit(() -> new ExperimentRunner().run(two, new RunOptions(2, 1,
                    List.of()), watchTwo));
            assertEquals(RunStatus.COMPLETED, a.get().get(0).status());
            assertEquals(RunStatus.COMPLETED, b.get().get(0).status());
        } finally {
            pool.shutdown();
        }
        assertEquals(Set.of(1), watchOne.seen, "the one-thread run computed on one thread throughout");
        assertEquals(Set.of(2), watchTwo.seen, "the two-thread run on two");
        assertEquals(defaultThreads, Parallel.threads(), "the default pool is left alone");
        double[] bitsOne = finalParams(one);
        assertArrayEquals(finalParams(aloneOne), bitsOne, 0, "side by side as alone");
        assertArrayEquals(finalParams(aloneTwo), finalParams(two), 0);
        assertArrayEquals(bitsOne, finalParams(two), 0, "and the thread count does not change the bits");
        assertTrue(bitsOne.length > 1000);
    }
}
