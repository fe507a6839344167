package org.losslandscape.compute.linalg;

/**
 * The threads one computation runs on — a run of an experiment, a benchmark, a job. Each context has its own
 * workers, so two runs in one process with different thread counts each keep theirs; nothing process-wide changes.
 * The kernels find the context through the thread that calls them: {@link #bind()} it on the thread that runs the
 * computation, for as long as the computation runs.
 * <pre>{@code
 * try (ComputeContext context = ComputeContext.withThreads(2); ComputeContext.Binding b = context.bind()) {
 *     trainer.run(...);  // every parallel loop below uses this context's two threads
 * }
 * }</pre>
 * Results do not depend on the thread count (see {@link Parallel}), only the time does.
 */
public final class ComputeContext implements AutoCloseable {

    private final int threads;
    private final Parallel.Pool pool;

    private ComputeContext(int threads) {
        this.threads = threads;
        this.pool = new Parallel.Pool(threads);
    }

    /**
     * @param threads the calling thread and {@code threads − 1} workers, at least 1
     * @return a context with its own workers; close it when the computation is over
     */
    public static ComputeContext withThreads(int threads) {
        return new ComputeContext(threads);
    }

    /** @return the number of threads of this context */
    public int threads() {
        return threads;
    }

    /**
     * Makes the calling thread's kernels use this context until the binding is closed (on the same thread), which
     * restores the binding before it; bindings nest.
     *
     * @return the binding, to close
     */
    public Binding bind() {
        Thread owner = Thread.currentThread();
        Parallel.Pool before = Parallel.bind(pool);
        return () -> {
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a compute context binding is closed on the thread that made it");
            }
            Parallel.unbind(before);
        };
    }

    /** Stops the workers. */
    @Override
    public void close() {
        pool.shutdown();
    }

    /** A context bound to a thread; closing it unbinds. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
