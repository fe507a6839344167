package org.losslandscape.core.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.losslandscape.compute.split.Shard;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunListener;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.store.ExperimentLoadException;

/**
 * Where the runs of one invocation compute — the choice of the command line's {@code --spark}/{@code --shard}/
 * {@code --merge} and of the workbench's run dialog: this machine's pool, an Apache Spark master ({@link SparkRunner}:
 * a sweep one task per whole run, a single run's surfaces in blocks), or one slice of a job array
 * ({@link ShardRunner}; {@link Shard#ALL} merges).
 *
 * @param master the Spark master URL, or null
 * @param shard the slice, or null
 */
public record RunTarget(String master, Shard shard) {

    /** This machine's pool. */
    public static final RunTarget LOCAL = new RunTarget(null, null);

    /** Checks that at most one is given and the master is not blank. */
    public RunTarget {
        if (master != null && shard != null) {
            throw new IllegalArgumentException("either a Spark master or a slice of a job array, not both");
        }
        if (master != null && master.isBlank()) {
            throw new IllegalArgumentException("the Spark master URL is empty (e.g. local[2], spark://host:7077)");
        }
    }

    /** @return runs on the Spark master {@code url} */
    public static RunTarget spark(String url) {
        return new RunTarget(url.trim(), null);
    }

    /** @return the slice {@code shard} of a job array */
    public static RunTarget shard(Shard shard) {
        return new RunTarget(null, shard);
    }

    /**
     * Runs {@code file} with {@code options} here.
     *
     * @param events hears Spark's task events (one line each), may be null
     * @return a report per run
     */
    public List<RunReport> run(Path file, RunOptions options, ProgressMonitor monitor, Consumer<String> events)
            throws ExperimentLoadException, InvalidExperimentException, IOException {
        return run(file, options, monitor, events, RunListener.NONE);
    }

    /**
     * Runs {@code file} with {@code options} here, telling {@code listener} what the runs do as they do it (on this
     * machine's pool; runs on Spark or in a slice report through {@code events} and their results only).
     *
     * @param events hears Spark's task events (one line each), may be null
     * @return a report per run
     */
    public List<RunReport> run(Path file, RunOptions options, ProgressMonitor monitor, Consumer<String> events,
            RunListener listener) throws ExperimentLoadException, InvalidExperimentException, IOException {
        if (master != null) {
            return new SparkRunner(master, 0, RunBatch.DEFAULT_BROADCAST_LIMIT, events).run(file, options, monitor);
        }
        if (shard != null) {
            return new ShardRunner(file, shard).run(options, monitor);
        }
        return new ExperimentRunner().withListener(listener).run(file, options, monitor);
    }

    @Override
    public String toString() {
        return master != null ? "Apache Spark at " + master : shard != null ? (shard.equals(Shard.ALL) ? "merge"
                : "slice " + shard) : "this machine";
    }
}
