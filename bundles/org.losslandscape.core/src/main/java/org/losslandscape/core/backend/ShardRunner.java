package org.losslandscape.core.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.losslandscape.compute.split.Shard;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.run.RunUnit;
import org.losslandscape.core.run.SweepPlan;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;

/**
 * {@code run --shard I/N} and {@code run --merge}: one slice of a job array. A sweep (variants, or several runs) is
 * sliced by whole runs of its {@link SweepPlan} — the units whose index is I modulo N, each computed entirely on the
 * pure-Java engine, those already completed in the file skipped (so the merge, the slice 0/1, runs what is missing);
 * a single run is sliced by the blocks of its surfaces ({@link ShardComputeBackend}), which meet in the experiment's
 * block folder, and the slice that finds them all (or {@code --merge}) stores the whole surface.
 */
public final class ShardRunner {

    private final Path file;
    private final Shard shard;

    /** The slice {@code shard} of the runs of {@code file}. */
    public ShardRunner(Path file, Shard shard) {
        this.file = file;
        this.shard = shard;
    }

    /** @return a report per run this slice started */
    public List<RunReport> run(RunOptions options, ProgressMonitor progress)
            throws ExperimentLoadException, InvalidExperimentException, IOException {
        Experiment experiment = ExperimentStore.load(file).experiment();
        if (!SweepPlan.isSweep(experiment, options)) {
            return new ExperimentRunner(new ExperimentCompiler(), new ShardComputeBackend(shard,
                    BlockFolders.of(file))).run(file, options, progress);
        }
        List<RunUnit> units = SweepPlan.missing(experiment, SweepPlan.of(experiment, options));
        List<RunReport> reports = new ArrayList<>();
        ExperimentRunner runner = new ExperimentRunner();
        for (RunUnit u : units) {
            if (progress.isCancelled()) {
                break;
            }
            if (shard.contains(u.index())) {
                reports.addAll(runner.run(file, new RunOptions(options.threads(), 1, List.of(u.seed()), u.variant(),
                        options.backend()), progress));
            }
        }
        return reports;
    }
}
