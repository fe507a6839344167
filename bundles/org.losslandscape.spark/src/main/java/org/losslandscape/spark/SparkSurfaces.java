package org.losslandscape.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.split.BlockStore;
import org.losslandscape.compute.split.BlockValues;
import org.losslandscape.compute.split.SurfacePlan;
import org.losslandscape.compute.split.SurfaceBlock;


/**
 * The driver's side of a surface on Spark: reads the blocks already in the store, runs one job whose partitions are
 * the missing blocks in plan order (Spark hands out partitions in index order: coarse lines first), writes each
 * block to the store the moment its task's answer reaches the driver, and assembles the surface by block index.
 */
public final class SparkSurfaces {

    /** Hears the blocks of a computation, on Spark's scheduler thread (keep it short). */
    public interface Listener {
        /**
         * @param block the block just finished (written to the store already)
         * @param done blocks finished so far, including those found in the store
         * @param total blocks of the plan
         */
        void blockDone(SurfaceBlock block, int done, int total);
    }

    private SparkSurfaces() {
    }

    /**
     * Computes the blocks of {@code plan} that {@code store} does not hold.
     *
     * @param spark the context; the job runs in the calling thread's job group (so that it can be cancelled)
     * @param request the {@link org.losslandscape.compute.request.SurfaceRequest}'s payload
     * @param plan the request's grid cut into blocks
     * @param store finished blocks: read first, written as blocks finish
     * @return the whole surface (from the store and this job)
     * @throws JobFailed when the job fails or is cancelled; the finished blocks are in the store
     */
    public static Surface compute(JavaSparkContext spark, RequestPayload request, SurfacePlan plan, BlockStore store,
            Listener listener) throws IOException, FileFormatException {
        Map<Integer, BlockValues> finished = new ConcurrentHashMap<>(store.read(plan));
        List<SurfaceBlock> missing = new ArrayList<>();
        for (SurfaceBlock b : plan.blocks()) {
            if (!finished.containsKey(b.index())) {
                missing.add(b);
            }
        }
        if (!missing.isEmpty()) {
            Broadcast<RequestPayload> shared = spark.broadcast(request);
            try {
                run(spark, shared, missing, plan, store, finished, listener);
            } finally {
                shared.destroy();
            }
        }
        return plan.assemble(finished.values());
    }

    /** Runs the job of the missing blocks, writing each block to the store as it arrives. */
    private static void run(JavaSparkContext spark, Broadcast<RequestPayload> shared, List<SurfaceBlock> missing,
            SurfacePlan plan, BlockStore store, Map<Integer, BlockValues> finished, Listener listener) {
        AtomicInteger done = new AtomicInteger(finished.size());
        SparkJobs.<SurfaceBlock, BlockValues>run(spark, missing, new SurfaceTask(shared), BlockValues.class,
                values -> {
                    try {
                        store.write(values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    finished.put(values.index(), values);
                    if (listener != null) {
                        listener.blockDone(plan.block(values.index()), done.incrementAndGet(), plan.size());
                    }
                });
    }

    /** A Spark job that failed or was cancelled; the blocks finished before are in the store. */
    public static final class JobFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** Wraps the failure of a job. */
        public JobFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }

        /** @return whether the job was cancelled (its group or the context), not failed */
        public boolean cancelled() {
            String m = String.valueOf(getMessage());
            return m.contains("cancelled") || m.contains("SparkContext was shut down");
        }
    }
}
