package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.Slice;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * The Java backend computes a request on the threads of its execution, not on a pool of the process: two requests
 * executed side by side from threads that bound nothing, one with 1 thread and one with 2, each see their own count
 * and give the bits they give alone.
 */
class JavaComputeBackendTest {

    /** Records the engine's thread count on the computing thread; holds until both executions are under way. */
    private static final class Watch implements ProgressMonitor {
        final Set<Integer> seen = ConcurrentHashMap.newKeySet();
        final CyclicBarrier both;
        boolean waited;

        Watch(CyclicBarrier both) {
            this.both = both;
        }

        @Override
        public void progress(long done, long total, String message) {
            seen.add(Parallel.threads());
            if (!waited) {
                waited = true;
                try {
                    both.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    private static SurfaceRequest request() {
        NetworkDescription spec = new NetworkDescription(6, List.of(LayerDescription.dense(64), LayerDescription.relu(), LayerDescription.dense(3)),
                LossType.CROSS_ENTROPY);
        Network network = spec.build();
        SplittableRandom rng = new SplittableRandom(1);
        int rows = 600;
        double[] x = new double[rows * 6];
        int[] y = new int[rows];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < rows; i++) {
            y[i] = rng.nextInt(3);
        }
        ModelState model = new ModelState(spec, network.initialParameters(spec.initializer(), 2),
                network.initialBuffers());
        return new SurfaceRequest(model, new Slice.Random(Directions.Normalization.FILTER, false, false, 3),
                DataReference.of(new Dataset("rows", rows, 6, x, 3, y, 0, null)), null, new Grid(-1, 1, 9, -1, 1, 9));
    }

    private static double[] alone(int threads) {
        try (ComputeContext context = ComputeContext.withThreads(threads)) {
            return new JavaComputeBackend().execute(request(), Execution.on(context)).losses();
        }
    }

    @Test
    void requestsSideBySideComputeOnTheirOwnThreadsAndGiveTheirBits() throws Exception {
        int processThreads = Parallel.threads();
        double[] one = alone(1);
        double[] two = alone(2);
        CyclicBarrier both = new CyclicBarrier(2);
        Watch watchOne = new Watch(both);
        Watch watchTwo = new Watch(both);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (ComputeContext c1 = ComputeContext.withThreads(1); ComputeContext c2 = ComputeContext.withThreads(2)) {
            JavaComputeBackend backend = new JavaComputeBackend();
            Future<Surface> a = callers.submit(() -> backend.execute(request(), Execution.on(c1).withMonitor(
                    watchOne)));
            Future<Surface> b = callers.submit(() -> backend.execute(request(), Execution.on(c2).withMonitor(
                    watchTwo)));
            assertArrayEquals(one, a.get().losses(), 0, "side by side as alone");
            assertArrayEquals(two, b.get().losses(), 0);
        } finally {
            callers.shutdown();
        }
        assertEquals(Set.of(1), watchOne.seen);
        assertEquals(Set.of(2), watchTwo.seen);
        assertFalse(watchOne.seen.isEmpty());
        assertArrayEquals(one, two, 0, "and the thread count does not change the bits");
        assertEquals(processThreads, Parallel.threads(), "the process's pool is left alone");
    }
}
