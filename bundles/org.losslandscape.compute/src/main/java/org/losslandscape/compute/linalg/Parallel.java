package org.losslandscape.compute.linalg;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * The engine's worker threads: a fixed-size pool shared by all kernels, and a loop over independent tasks.
 * <p>
 * Determinism: callers split work into tasks whose number and boundaries do not depend on the thread count,
 * and every task writes its own part of the output. Results are therefore bit-identical for any number of
 * threads; only the order in which tasks run changes.
 */
public final class Parallel {

    private static volatile ForkJoinPool pool = newPool(Runtime.getRuntime().availableProcessors());

    private Parallel() {
    }

    private static ForkJoinPool newPool(int threads) {
        return new ForkJoinPool(threads, p -> {
            var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("landscape-compute-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }

    /** @return the number of worker threads kernels use */
    public static int threads() {
        return pool.getParallelism();
    }

    /**
     * Sets the number of worker threads (at least 1). Work already running finishes on the old pool.
     *
     * @param threads number of threads, e.g. from {@code --threads}
     */
    public static synchronized void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (threads != pool.getParallelism()) {
            ForkJoinPool old = pool;
            pool = newPool(threads);
            old.shutdown();
        }
    }

    /**
     * Runs {@code task.accept(i)} for {@code i = 0 … count-1}, in parallel when there is more than one thread
     * and more than one task. Returns when all tasks are done; an exception of a task is rethrown.
     *
     * @param count number of tasks
     * @param task what to do for one task index; tasks must write disjoint outputs
     */
    public static void forEach(int count, IntConsumer task) {
        if (count <= 0) {
            return;
        }
        ForkJoinPool p = pool;
        if (count == 1 || p.getParallelism() == 1 || java.util.concurrent.ForkJoinTask.getPool() == p) {
            // one task, one thread, or already inside a worker (nested parallelism): run here
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        p.invoke(new Range(task, 0, count));
    }

    /**
     * Runs {@code body.accept(from, to)} over {@code [0, count)} cut into fixed chunks of {@code grain} indices (the
     * cut does not depend on the thread count), in parallel.
     */
    public static void forRange(int count, int grain, RangeBody body) {
        int chunks = (count + grain - 1) / grain;
        forEach(chunks, c -> body.accept(c * grain, Math.min(count, (c + 1) * grain)));
    }

    /** A loop body over an index range. */
    @FunctionalInterface
    public interface RangeBody {
        /** Processes indices {@code [from, to)}. */
        void accept(int from, int to);
    }

    private static final class Range extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient IntConsumer task;
        private final int from;
        private final int to;

        Range(IntConsumer task, int from, int to) {
            this.task = task;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                task.accept(from);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Range(task, from, mid), new Range(task, mid, to));
        }
    }
}
