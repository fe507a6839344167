package org.losslandscape.core.backend;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.JavaComputeBackend;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunPackage;
import org.losslandscape.core.run.RunUnit;
import org.losslandscape.core.services.LandscapeServices;
import org.losslandscape.core.store.ExperimentLoadException;

/**
 * Computes one whole run of a {@link RunBatch} where a task lands (a Spark executor): the experiment and its files
 * are written into a scratch folder, the unit runs there with the local {@link ExperimentRunner} on the pure-Java
 * engine — the same code, seed and reduction order as a local run, hence the same bits — and comes back as a
 * {@link RunPackage} for the driver to import into the real experiment file. The scratch folder is removed.
 */
public final class WholeRuns {

    private WholeRuns() {
    }

    /**
     * @param threads the run's threads (a Spark task's cores)
     * @param monitor cancellation (a killed task); progress is not passed on
     * @return the run, whatever its status
     * @throws IOException when a referenced file is missing or differs, or the scratch folder cannot be written
     */
    public static RunPackage execute(RunBatch batch, RunUnit unit, int threads, ProgressMonitor monitor)
            throws IOException {
        Path work = Files.createTempDirectory("landscape-run");
        try {
            Path file = batch.materialize(work);
            LandscapeServices services = LandscapeServices.current();
            new ExperimentRunner(new ExperimentCompiler(services), new JavaComputeBackend()).run(file,
                    new RunOptions(threads, 1, List.of(unit.seed()), unit.variant()), monitor);
            return RunPackage.of(file, unit);
        } catch (ExperimentLoadException | InvalidExperimentException e) {
            throw new IOException(unit + ": " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    private static void delete(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.delete(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a scratch folder in the temporary directory; nothing depends on its removal
        }
    }
}
