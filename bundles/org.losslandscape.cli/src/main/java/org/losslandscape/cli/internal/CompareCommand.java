package org.losslandscape.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.losslandscape.cli.Command;
import org.losslandscape.cli.ExitCode;
import org.losslandscape.cli.UsageException;
import org.losslandscape.compute.landscape.SharedPlane;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.compare.SharedPlaneComputation;
import org.losslandscape.core.compare.SharedPlaneFiles;
import org.losslandscape.core.compare.SharedPlaneResult;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.ComputeBackends;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.LoadedExperiment;
import org.losslandscape.core.store.ResultFiles;

/**
 * {@code compare FILE --runs a,b,c}: several runs' trajectories on one shared plane (the PCA of all their checkpoints,
 * or the plane through three solutions), with the loss surface there; stored under the experiment's results, drawn
 * by the report.
 */
final class CompareCommand implements Command {

    private static final int DEFAULT_RESOLUTION = 31;

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "several runs' paths on one shared plane (PCA of all checkpoints, or through three solutions)";
    }

    @Override
    public String usage() {
        return """
                landscape compare FILE.landscape --runs A,B[,C…] [--plane pca|solutions] [--resolution N]
                                  [--name NAME] [--threads N] [--backend ID] [--json]
                  --runs A,B,…     the runs, by id or by variant name (the latest run of that variant); at
                                   least 2, of one network (the same number of parameters)
                  --plane pca      (default) the first two principal directions of all the runs' checkpoints
                                   together, through the mean of their solutions
                  --plane solutions  the plane through the three runs' solutions (exactly 3 runs): the first
                                   at (0, 0), the second at (1, 0)
                  --resolution N   points per axis of the loss surface (default 31); the range is fitted to
                                   all paths with a quarter of their span as margin
                  --name NAME      the comparison's folder name (default: the run ids and the plane)
                  --threads N      engine threads (0 or absent: one per processor)
                  --backend ID     the compute backend of the surface (default: java)
                  --json           the result's summary as one JSON object on stdout
                The surface is the training loss of the first run's network (its buffers and data). Results go to
                NAME.results/_compare/NAME/ (surface.npy, path-RUN.npy per run, plane.json); ./landscape export
                FILE --format html draws them. Runs without checkpoints (training.checkpointEvery) give one point
                each.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Path file = null;
        List<String> runs = null;
        SharedPlane.Kind kind = SharedPlane.Kind.PCA;
        int resolution = DEFAULT_RESOLUTION;
        int threads = 0;
        String name = null;
        String backendId = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--runs" -> runs = Arrays.stream(Arguments.value(args, ++i, a).split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList();
                case "--plane" -> {
                    String v = Arguments.value(args, ++i, a);
                    kind = switch (v.toLowerCase(Locale.ROOT)) {
                        case "pca" -> SharedPlane.Kind.PCA;
                        case "solutions" -> SharedPlane.Kind.SOLUTIONS;
                        default -> throw new UsageException("--plane: give pca or solutions, not '" + v + "'");
                    };
                }
                case "--resolution" -> resolution = Arguments.positive(a, Arguments.value(args, ++i, a));
                case "--threads" -> threads = Arguments.positive(a, Arguments.value(args, ++i, a));
                case "--name" -> name = Arguments.value(args, ++i, a);
                case "--backend" -> backendId = Arguments.value(args, ++i, a);
                case "--json" -> json = true;
                default -> {
                    if (a.startsWith("-") || file != null) {
                        throw new UsageException("unknown argument '" + a + "'");
                    }
                    file = Path.of(a);
                }
            }
        }
        if (file == null) {
            throw new UsageException("give the experiment file");
        }
        if (runs == null || runs.size() < 2) {
            throw new UsageException("give at least two runs: --runs A,B[,C…] (run ids or variant names)");
        }
        if (resolution < 2) {
            throw new UsageException("--resolution: give 2 or more");
        }
        ComputeBackends backends = CoreServices.backends();
        ComputeBackend backend = backendId == null ? CoreServices.backend() : backends.byId(backendId);
        if (backend == null) {
            throw new UsageException("unknown compute backend '" + backendId + "'; available: " + String.join(", ",
                    backends.ids()));
        }
        LoadedExperiment loaded;
        try {
            loaded = ExperimentStore.load(file);
        } catch (ExperimentLoadException e) {
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        }
        loaded.repairs().forEach(r -> err.println("note: " + r));
        SharedPlaneResult r;
        try {
            r = SharedPlaneComputation.compute(loaded.file(), loaded.experiment(), new SharedPlaneComputation.Request(
                    runs, kind, resolution, name), backend, threads, new Progress(err));
        } catch (IllegalArgumentException e) {
            err.println(file.getFileName() + ": " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println(file.getFileName() + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (r == null) {
            err.println("cancelled before the surface was complete; nothing stored");
            return ExitCode.FAILURE;
        }
        Path folder = SharedPlaneFiles.folder(loaded.file(), r.name());
        String where = ResultFiles.relativeUri(loaded.file(), folder);
        if (json) {
            Map<String, Object> paths = new LinkedHashMap<>();
            for (int k = 0; k < r.runs().size(); k++) {
                paths.put(r.runs().get(k), Map.of("label", r.labels().get(k), "points", r.paths().get(k).length,
                        "end", List.of(r.pathX(k)[r.paths().get(k).length - 1], r.pathY(k)[r.paths().get(k)
                                .length - 1]), "off_plane", r.offPlane()[k]));
            }
            out.println(Json.object("name", r.name(), "plane", r.kind().name().toLowerCase(Locale.ROOT), "folder",
                    where, "runs", r.runs(), "explained_variance", Arrays.stream(r.explainedVariance()).boxed()
                            .toList(), "x_range", List.of(r.x()[0], r.x()[r.x().length - 1]), "y_range", List.of(
                                    r.y()[0], r.y()[r.y().length - 1]), "paths", paths));
            return ExitCode.OK;
        }
        out.println("shared plane " + r.name() + ": " + r.planeDescription());
        double[] v = r.explainedVariance();
        if (kind == SharedPlane.Kind.PCA && v.length >= 2) {
            out.printf(Locale.ROOT, "explained variance: %.1f %% + %.1f %%%n", 100 * v[0], 100 * v[1]);
        } else if (v.length >= 1) {
            out.printf(Locale.ROOT, "variance of the checkpoints in the plane: %.1f %%%n", 100 * v[0]);
        }
        for (int k = 0; k < r.runs().size(); k++) {
            int n = r.paths().get(k).length;
            out.printf(Locale.ROOT, "  %-24s %3d points, ends at (%.4g, %.4g), at most %.3g off the plane%n",
                    r.labels().get(k), n, r.pathX(k)[n - 1], r.pathY(k)[n - 1], r.offPlane()[k]);
        }
        out.printf(Locale.ROOT, "loss surface %d × %d over α in [%.4g, %.4g], β in [%.4g, %.4g]%n", r.x().length,
                r.y().length, r.x()[0], r.x()[r.x().length - 1], r.y()[0], r.y()[r.y().length - 1]);
        out.println("stored in " + where);
        return ExitCode.OK;
    }

    /** Progress of the surface on stderr, at most one line every two seconds. */
    private static final class Progress implements ProgressMonitor {
        private final PrintStream err;
        private long last;

        Progress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(long done, long total, String message) {
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L || done == total) {
                last = now;
                err.printf("shared plane: %s %d/%d%n", message == null ? "points" : message, done, total);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
