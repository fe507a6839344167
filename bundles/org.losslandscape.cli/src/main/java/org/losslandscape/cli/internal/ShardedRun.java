package org.losslandscape.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.losslandscape.compute.split.Shard;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.backend.BlockFolders;
import org.losslandscape.core.backend.ShardComputeBackend;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Variant;

/**
 * {@code run --shard I/N} and {@code run --merge}: one slice of a job array. An experiment with variants (a sweep)
 * is sliced by whole runs — the variants whose index is I modulo N, each computed entirely on the pure-Java engine;
 * one without is sliced by the blocks of its surfaces ({@link ShardComputeBackend}), which meet in the experiment's
 * block folder, and the slice that finds them all (or {@code --merge}) stores the whole surface.
 */
final class ShardedRun {

    private final Path file;
    private final Shard shard;

    ShardedRun(Path file, Shard shard) {
        this.file = file;
        this.shard = shard;
    }

    List<RunReport> run(RunOptions options, ProgressMonitor progress)
            throws ExperimentLoadException, InvalidExperimentException, IOException {
        List<Variant> variants = ExperimentStore.load(file).experiment().getVariants();
        if (variants.isEmpty() || options.variant() != null) {
            return new ExperimentRunner(new ExperimentCompiler(), new ShardComputeBackend(shard,
                    BlockFolders.of(file))).run(file, options, progress);
        }
        List<RunReport> reports = new ArrayList<>();
        ExperimentRunner runner = new ExperimentRunner();
        for (int k = 0; k < variants.size() && !progress.isCancelled(); k++) {
            if (shard.contains(k)) {
                reports.addAll(runner.run(file, options.withVariant(Variants.label(variants.get(k))), progress));
            }
        }
        return reports;
    }
}
