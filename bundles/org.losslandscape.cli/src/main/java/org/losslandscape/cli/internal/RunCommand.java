package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.compute.split.Shard;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.backend.RunBatch;
import org.losslandscape.core.backend.ShardRunner;
import org.losslandscape.core.backend.SparkRunner;
import org.losslandscape.core.run.ComputeBackends;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/** {@code run FILE}: trains the experiment and runs its analyses; results go beside the file. */
final class RunCommand implements Command {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "train an experiment and run its analyses; results are stored beside the file";
    }

    @Override
    public String usage() {
        return """
                landscape run FILE.landscape [--threads N] [--runs N] [--seed S] [--variant NAME]
                                             [--backend ID | --spark MASTER | --shard I/N | --merge]
                                             [--time-limit SECONDS] [--json]
                  --threads N      engine threads (results do not depend on it)
                  --backend ID     the compute backend the runs compute on (default: java, the pure-Java
                                   engine in this process); the run records it
                  --spark MASTER   compute on Apache Spark (local[2], spark://host:7077, k8s://…): a sweep
                                   (variants, --runs) as one task per whole run; a single run's surfaces in
                                   blocks of grid lines. Repeated with --seed, a killed sweep runs only the
                                   missing runs, a killed surface only the missing blocks (kept in
                                   NAME.results/.blocks until merged); task events go to stderr
                  --lines-per-block N  grid lines per Spark task (default: about eight tasks per core)
                  --broadcast-limit MB  files the experiment reads up to this size travel with a sweep's
                                   tasks; larger ones as references: read on the executors at the same path
                                   (a shared file system), checked by SHA-256 (default 64)
                  --shard I/N      one slice of a job array (SLURM, Kubernetes indexed jobs): of a sweep, the
                                   whole runs whose index is I modulo N (runs before variants); of one run,
                                   the blocks of each surface whose index is I modulo N (run every slice with
                                   the same --seed); runs already completed in the file are not run again
                  --merge          the rest: a sweep's missing runs; one run's surfaces assembled from the
                                   slices' blocks (computing any missing), the block folder then removed
                  --runs N         independent runs, each with its own seed
                  --seed S         the first run's seed (the next runs take S+1, …); repeats a run exactly.
                                   Without it a run takes the lowest seed from the experiment's on that no
                                   completed run of the same variant in the file has used, so running the
                                   file again gives another solution
                  --variant NAME   of an experiment with variants, run only this one (default: each in turn)
                  --time-limit S   stop after S seconds (decimals allowed): the run in progress ends cancelled, keeping what it
                                   has written (curves so far), and no further run starts
                  --json           one JSON object per run on stdout, with its metrics and the figures loss,
                                   gradient_norm, lambda_max, lambda_min, trace and index (null when none)
                Progress goes to stderr. Exit code 0 when every run completed, 1 otherwise.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Path file = null;
        int threads = 0;
        int runs = 1;
        boolean json = false;
        String variant = null;
        String backend = null;
        List<Long> seeds = List.of();
        double limitSeconds = 0;
        String master = null;
        int linesPerBlock = 0;
        long broadcastLimit = RunBatch.DEFAULT_BROADCAST_LIMIT;
        Shard shard = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--threads" -> threads = Arguments.positive(a, Arguments.value(args, ++i, a));
                case "--runs" -> runs = Arguments.positive(a, Arguments.value(args, ++i, a));
                case "--json" -> json = true;
                case "--variant" -> variant = Arguments.value(args, ++i, a);
                case "--backend" -> backend = Arguments.value(args, ++i, a);
                case "--time-limit" -> limitSeconds = Arguments.seconds(a, Arguments.value(args, ++i, a));
                case "--seed" -> seeds = List.of(Arguments.integer(a, Arguments.value(args, ++i, a)));
                case "--spark" -> master = Arguments.value(args, ++i, a);
                case "--lines-per-block" -> linesPerBlock = Arguments.positive(a, Arguments.value(args, ++i, a));
                case "--broadcast-limit" -> {
                    long mb = Arguments.integer(a, Arguments.value(args, ++i, a));
                    if (mb < 0) {
                        throw new UsageException("--broadcast-limit: give megabytes, 0 or more");
                    }
                    broadcastLimit = mb << 20;
                }
                case "--shard" -> {
                    try {
                        shard = Shard.parse(Arguments.value(args, ++i, a));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--shard: " + e.getMessage());
                    }
                }
                case "--merge" -> shard = Shard.ALL;
                default -> {
                    if (a.startsWith("-") || file != null) {
                        throw new UsageException("unknown argument '" + a + "'");
                    }
                    file = Path.of(a);
                }
            }
        }
        if (file == null) {
            throw new UsageException("give the experiment file to run");
        }
        ComputeBackends backends = CoreServices.backends();
        if (backend != null && backends.byId(backend) == null) {
            throw new UsageException("unknown compute backend '" + backend + "'; available: " + String.join(", ",
                    backends.ids()));
        }
        if ((backend != null ? 1 : 0) + (master != null ? 1 : 0) + (shard != null ? 1 : 0) > 1) {
            throw new UsageException("choose one of --backend, --spark, --shard and --merge");
        }
        String name = file.getFileName().toString();
        List<RunReport> reports;
        try {
            RunOptions options = new RunOptions(threads, runs, seeds, variant, backend);
            ProgressMonitor progress = new StderrProgress(name, err, limitSeconds);
            if (master != null) {
                reports = new SparkRunner(master, linesPerBlock, broadcastLimit, line -> err.println(name + ": "
                        + line)).run(file, options, progress);
            } else if (shard != null) {
                reports = new ShardRunner(file, shard).run(options, progress);
            } else {
                reports = new ExperimentRunner().run(file, options, progress);
            }
        } catch (ExperimentLoadException e) {
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        } catch (InvalidExperimentException e) {
            err.println(name + ": the experiment is not valid:");
            err.println(e.getMessage().indent(2).stripTrailing());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println(name + ": cannot save the results: " + FileProblems.describe(e));
            if (e instanceof AccessDeniedException) {
                err.println("(a run writes its results, a lock and the updated experiment beside the file: copy the "
                        + "experiment into a folder you can write)");
            }
            return ExitCode.FAILURE;
        }
        boolean allCompleted = true;
        Map<String, Run> saved = json ? runsById(file) : Map.of();
        for (RunReport r : reports) {
            allCompleted &= r.status() == RunStatus.COMPLETED;
            if (json) {
                Run run = saved.get(r.runId());
                Map<String, Double> metrics = run == null ? Map.of() : RunHeadlines.metrics(run);
                List<Object> pairs = new ArrayList<>(Arrays.asList("file", file.toString(), "run", r.runId(), "variant",
                        r.variant(), "seed", r.seed(), "backend", r.backend(), "status", r.status().getLiteral(),
                        "message", r.message()));
                RunHeadlines.of(metrics).forEach((k, v) -> {
                    pairs.add(k);
                    pairs.add(v);
                });
                pairs.add("metrics");
                pairs.add(metrics);
                out.println(Json.object(pairs.toArray()));
            } else {
                out.println(name + ": " + r.runId() + " (" + (r.variant() == null ? "" : r.variant() + ", ") + "seed "
                        + r.seed() + ") "
                        + r.status().getLiteral().toLowerCase(Locale.ROOT)
                        + (r.message() == null || r.message().isBlank() ? "" : " — " + r.message()));
            }
        }
        return allCompleted ? ExitCode.OK : ExitCode.FAILURE;
    }

    /** @return the runs of the file as saved after the runs, by id; none when it cannot be read again */
    private static Map<String, Run> runsById(Path file) {
        Map<String, Run> byId = new HashMap<>();
        try {
            for (Run r : ExperimentStore.load(file).experiment().getRuns()) {
                byId.put(r.getId(), r);
            }
        } catch (ExperimentLoadException e) {
            // the reports still go out, without metrics
        }
        return byId;
    }

    /** Progress lines on stderr, at most one every two seconds per message kind. */
    private static final class StderrProgress implements ProgressMonitor {
        private final String name;
        private final PrintStream err;
        /** System.nanoTime() after which the work is cancelled, or Long.MAX_VALUE */
        private final long deadline;
        private long last;
        private boolean told;

        StderrProgress(String name, PrintStream err, double limitSeconds) {
            this.name = name;
            this.err = err;
            this.deadline = limitSeconds > 0 ? System.nanoTime() + (long) (limitSeconds * 1e9) : Long.MAX_VALUE;
        }

        @Override
        public void progress(long done, long total, String message) {
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L || done == total) {
                last = now;
                err.printf("%s: %s %d/%d%n", name, message == null ? "step" : message, done, total);
            }
        }

        @Override
        public boolean isCancelled() {
            boolean over = System.nanoTime() - deadline > 0 && deadline != Long.MAX_VALUE;
            if (over && !told) {
                told = true;
                err.printf("%s: the time limit is reached; stopping%n", name);
            }
            return over;
        }
    }
}
