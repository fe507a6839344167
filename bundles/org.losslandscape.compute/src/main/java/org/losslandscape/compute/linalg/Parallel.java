package org.losslandscape.compute.linalg;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The engine's worker threads and a loop over independent tasks. Kernels use the pool of the {@link ComputeContext}
 * bound to the calling thread (a run's own threads), or a default pool outside any context.
 * <p>
 * A pass through a network runs a few dozen short parallel loops, each well under a millisecond. Handing such a loop
 * to parked threads costs more than the loop saves: waking a parked thread takes 25–130 µs on the 2-core virtual
 * machines this project measures on, and a fork-join pool leaves the calling thread idle. So the calling thread
 * takes tasks itself, and the {@code threads − 1} workers spin for a short while after each loop before they park
 * (the "active wait" of OpenMP runtimes); a loop that follows closely after another starts at once.
 * <p>
 * Determinism: callers split work into tasks whose number and boundaries do not depend on the thread count, and
 * every task writes its own part of the output. Results are therefore bit-identical for any number of threads; only
 * which thread runs which task changes. A loop started inside a task, or while another thread's loop holds the
 * workers, runs on the calling thread alone.
 */
public final class Parallel {

    /** How long an idle worker spins before it parks. */
    private static final long SPIN_NANOS = 200_000;

    /** The pool of code that runs outside any {@link ComputeContext} (tests, small programs). */
    private static volatile Pool defaultPool = new Pool(Runtime.getRuntime().availableProcessors());

    /** The pool of the context bound to the current thread, if any ({@link ComputeContext#bind()}). */
    private static final ThreadLocal<Pool> BOUND = new ThreadLocal<>();

    /** Set while the current thread runs tasks of a loop: a nested loop then runs inline. */
    private static final ThreadLocal<boolean[]> INSIDE = ThreadLocal.withInitial(() -> new boolean[1]);

    private Parallel() {
    }

    /**
     * @return the number of threads kernels called from this thread use (the calling thread and the workers): those
     *         of the context bound to it, else the default
     */
    public static int threads() {
        return pool().threads;
    }

    /** @return the pool of the context bound to the calling thread, else the default pool */
    private static Pool pool() {
        Pool bound = BOUND.get();
        return bound != null ? bound : defaultPool;
    }

    /**
     * Sets the number of threads of the default pool (at least 1), which code outside any {@link ComputeContext}
     * uses. A run of the application never calls it: it binds a context of its own, so that runs side by side keep
     * their thread counts. Loops already running finish with the old workers.
     *
     * @param threads number of threads
     */
    public static synchronized void setThreads(int threads) {
        checkThreads(threads);
        if (threads != defaultPool.threads) {
            Pool old = defaultPool;
            defaultPool = new Pool(threads);
            old.shutdown();
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Binds a context's pool to the calling thread; returns the pool bound before (null for none). */
    static Pool bind(Pool pool) {
        Pool before = BOUND.get();
        BOUND.set(pool);
        return before;
    }

    /** Restores the binding {@link #bind} returned. */
    static void unbind(Pool before) {
        if (before == null) {
            BOUND.remove();
        } else {
            BOUND.set(before);
        }
    }

    /**
     * Runs {@code task.accept(i)} for {@code i = 0 … count-1}, in parallel when there is more than one thread and
     * more than one task. Returns when all tasks are done; the first exception of a task is rethrown (the remaining
     * tasks are skipped).
     *
     * @param count number of tasks
     * @param task what to do for one task index; tasks must write disjoint outputs
     */
    public static void forEach(int count, IntConsumer task) {
        if (count <= 0) {
            return;
        }
        boolean[] inside = INSIDE.get();
        Pool p = pool();
        if (count == 1 || p.threads == 1 || inside[0] || !p.acquire()) {
            // one task, one thread, a nested loop, or the workers are busy with another caller's loop: run here
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        Loop loop = new Loop(task, count);
        inside[0] = true;
        try {
            p.start(loop);
            loop.work();
            loop.awaitDone();
        } finally {
            inside[0] = false;
            p.release();
        }
        loop.rethrow();
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

    /** One parallel loop: tasks are claimed one index at a time by whichever thread is free. */
    private static final class Loop {
        private final IntConsumer task;
        private final int count;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile Throwable failure;

        Loop(IntConsumer task, int count) {
            this.task = task;
            this.count = count;
        }

        void work() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    if (failure == null) {
                        task.accept(i);
                    }
                } catch (Throwable t) {
                    if (failure == null) {
                        failure = t;
                    }
                } finally {
                    done.incrementAndGet();
                }
            }
        }

        void awaitDone() {
            long spins = 0;
            while (done.get() < count) {
                if (++spins < 10_000) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }

        void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** The workers and the loop they are working on; a {@link ComputeContext} owns one. */
    static final class Pool {
        final int threads;
        private final Worker[] workers;
        private final AtomicBoolean busy = new AtomicBoolean();
        private volatile Loop loop;
        private volatile long generation;
        private volatile boolean shutdown;

        Pool(int threads) {
            checkThreads(threads);
            this.threads = threads;
            this.workers = new Worker[threads - 1];
            for (int i = 0; i < workers.length; i++) {
                workers[i] = new Worker(this, "landscape-compute-" + (i + 1));
                workers[i].start();
            }
        }

        boolean acquire() {
            return busy.compareAndSet(false, true);
        }

        void release() {
            loop = null;
            busy.set(false);
        }

        void start(Loop l) {
            loop = l;
            generation++; // volatile write after the loop: a worker that sees the new generation sees the loop
            for (Worker w : workers) {
                if (w.parked) {
                    LockSupport.unpark(w);
                }
            }
        }

        void shutdown() {
            shutdown = true;
            for (Worker w : workers) {
                LockSupport.unpark(w);
            }
        }
    }

    private static final class Worker extends Thread {
        private final Pool pool;
        volatile boolean parked;

        Worker(Pool pool, String name) {
            super(name);
            this.pool = pool;
            setDaemon(true);
        }

        @Override
        public void run() {
            INSIDE.get()[0] = true;
            long seen = pool.generation;
            while (!pool.shutdown) {
                long g = pool.generation;
                if (g != seen) {
                    seen = g;
                    Loop l = pool.loop;
                    if (l != null) {
                        l.work();
                    }
                    continue;
                }
                idle(seen);
            }
        }

        /** Spins while new loops may follow closely, then parks until the next one starts. */
        private void idle(long seen) {
            long start = System.nanoTime();
            while (pool.generation == seen && !pool.shutdown) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                    continue;
                }
                parked = true;
                if (pool.generation == seen && !pool.shutdown) {
                    LockSupport.park(this);
                }
                parked = false;
                start = System.nanoTime();
            }
        }
    }
}
