package org.losslandscape.spark;

import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.losslandscape.core.backend.RunBatch;
import org.losslandscape.core.run.RunPackage;
import org.losslandscape.core.run.RunUnit;

/**
 * The driver's side of a sweep on Spark: one job whose partitions are the batch's runs in plan order, the batch
 * broadcast once per executor, each finished run handed to the caller the moment it reaches the driver (which imports
 * it into the experiment file, so a killed driver leaves every run finished before).
 */
public final class SparkRuns {

    /** Hears each finished run, on Spark's scheduler thread. */
    public interface Listener {
        /** @param run the run's package */
        void runDone(RunPackage run);
    }

    private SparkRuns() {
    }

    /**
     * Computes every run of {@code batch}.
     *
     * @throws SparkSurfaces.JobFailed when the job fails or is cancelled; the runs finished before were handed over
     */
    public static void compute(JavaSparkContext spark, RunBatch batch, Listener listener) {
        List<RunUnit> units = batch.units();
        if (units.isEmpty()) {
            return;
        }
        Broadcast<RunBatch> shared = spark.broadcast(batch);
        try {
            SparkJobs.<RunUnit, RunPackage>run(spark, units, new RunTask(shared), RunPackage.class,
                    listener::runDone);
        } finally {
            shared.destroy();
        }
    }
}
