package org.losslandscape.core.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
import org.losslandscape.model.Run;

/**
 * Runs on Apache Spark ({@code run --spark MASTER}, the workbench's run dialog). One run: the run computes here, its
 * surfaces and Hessian traces cut into blocks on Spark ({@link SparkComputeBackend}). A sweep — an experiment with
 * variants, or several runs: each Spark task is one whole run. The {@link SweepPlan} fixes every run's variant and seed, the runs not yet in the file
 * go into a {@link RunBatch} (the experiment and its files, broadcast or referenced), and a driver JVM of the job jar
 * runs one task per run; each finished run is imported into the experiment file by the driver as it arrives
 * ({@link org.losslandscape.core.run.RunPackage}: the same store, the same locks as a local run), with backend
 * {@value SparkComputeBackend#ID}. A killed driver leaves the runs it finished; running the same sweep again (with
 * its {@code --seed}) runs only the missing ones. Progress is reported per run; cancelling cancels the Spark job.
 */
public final class SparkRunner {

    private final String master;
    private final int linesPerBlock;
    private final long broadcastLimit;
    private final Consumer<String> events;

    /**
     * @param master the Spark master URL
     * @param linesPerBlock grid lines per task of a single run's surfaces, 0 for the driver's choice
     * @param broadcastLimit files the experiment reads up to this size travel with the tasks; larger ones as
     *            references (a path on a shared file system, checked by SHA-256 on the executor)
     * @param events hears every task event, one line each; may be null
     */
    public SparkRunner(String master, int linesPerBlock, long broadcastLimit, Consumer<String> events) {
        this.master = master;
        this.linesPerBlock = linesPerBlock;
        this.broadcastLimit = broadcastLimit;
        this.events = events == null ? line -> { } : events;
    }

    /**
     * Runs {@code file} under {@code options} on Spark: a sweep as whole runs ({@link #sweep}), a single run with its
     * surfaces in blocks.
     *
     * @return one report per run
     */
    public List<RunReport> run(Path file, RunOptions options, ProgressMonitor monitor)
            throws ExperimentLoadException, InvalidExperimentException, IOException {
        if (SweepPlan.isSweep(ExperimentStore.load(file).experiment(), options)) {
            return sweep(file, options, monitor);
        }
        return new ExperimentRunner(new ExperimentCompiler(), new SparkComputeBackend(master, BlockFolders.of(file),
                linesPerBlock, events)).run(file, options, monitor);
    }

    /**
     * Runs the sweep of {@code file} under {@code options}, one whole run per Spark task.
     *
     * @return one report per run of the plan that is in the file afterwards (finished before or now)
     * @throws IllegalStateException when the driver failed (with the end of its log)
     */
    public List<RunReport> sweep(Path file, RunOptions options, ProgressMonitor monitor)
            throws ExperimentLoadException, InvalidExperimentException, IOException {
        Path experimentFile = file.toAbsolutePath().normalize();
        List<RunUnit> units = SweepPlan.of(ExperimentStore.load(experimentFile).experiment(), options);
        List<RunUnit> missing = SweepPlan.missing(ExperimentStore.load(experimentFile).experiment(), units);
        events.accept("Spark sweep: " + units.size() + " runs, " + (units.size() - missing.size())
                + " already in the file");
        if (!missing.isEmpty()) {
            RunBatch batch = RunBatch.of(experimentFile, missing, broadcastLimit);
            long references = batch.files().stream().filter(DataFile::isReference).count();
            if (references > 0) {
                events.accept(references + " data file(s) over " + broadcastLimit + " bytes go as references");
            }
            BlockFolders folders = BlockFolders.of(experimentFile);
            // one folder per plan: a resumed sweep uses (and at the end removes) the folder of the killed one
            Path folder = Files.createDirectories(folders.root().resolve(String.format("runs-%08x", units
                    .hashCode())));
            Path batchFile = folder.resolve("batch.ser");
            batch.write(batchFile);
            int code;
            try {
                code = drive(experimentFile, batchFile, folder.resolve("driver.log"), monitor);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the Spark driver ran", e);
            }
            if (code == 0) {
                folders.remove(folder);
            }
        }
        Experiment after = ExperimentStore.load(experimentFile).experiment();
        List<RunReport> reports = new ArrayList<>();
        for (RunUnit u : units) {
            Run r = SweepPlan.finished(after, u);
            if (r != null) {
                reports.add(new RunReport(r.getId(), r.getStatus(), r.getMessage() == null ? "" : r.getMessage(),
                        r.getVariant(), r.getConfiguration().getSeed(), r.getBackend()));
            }
        }
        return reports;
    }

    private int drive(Path experimentFile, Path batchFile, Path log, ProgressMonitor monitor)
            throws IOException, InterruptedException {
        List<String> args = List.of("--master", master, "--runs", batchFile.toString(), "--experiment",
                experimentFile.toString());
        return DriverProcess.run(args, log, monitor, w -> {
            switch (w[0]) {
                case "run" -> monitor.progress(Long.parseLong(w[2]), Long.parseLong(w[3]), "whole runs on Spark: "
                        + w[4] + " " + w[5]);
                case "plan" -> events.accept("Spark plan: " + w[1] + " whole runs");
                case "task-start", "task-end" -> events.accept("Spark " + String.join(" ", w));
                default -> {
                    // "done", "cancelled": the exit code says it
                }
            }
        }, events);
    }
}
