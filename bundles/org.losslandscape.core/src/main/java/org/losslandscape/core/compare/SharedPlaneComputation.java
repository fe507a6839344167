package org.losslandscape.core.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.SharedPlane;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.DataResolver;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.Slice;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.compute.train.TrainingListener;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.TrainedModel;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * Several runs' trajectories on one plane (issue #21, "one frame for many runs"): the plane is the PCA of all their
 * checkpoints together or the plane through three of their solutions ({@link SharedPlane}); the training loss is
 * computed over a grid fitted to all paths (a quarter of their span as margin on each side), as a
 * {@link SurfaceRequest} with a given slice on the chosen compute backend, so it runs on the engine's threads with
 * progress and cancellation; the result is stored with {@link SharedPlaneFiles}.
 * <p>
 * The runs must be of one network (the same number of parameters); the surface is evaluated with the first run's
 * network, buffers and training data (runs of one experiment share them unless a variant changes the data).
 */
public final class SharedPlaneComputation {

    /** The file a run's checkpoints are stored in ({@code [k, p]}, a row per checkpoint). */
    private static final String CHECKPOINTS = "checkpoints.npy";

    private SharedPlaneComputation() {
    }

    /**
     * What to compute.
     *
     * @param runIds the runs, by id or by variant name (the latest run of that variant), at least 2, each once
     *        (exactly 3 for the plane through solutions)
     * @param kind how the plane is chosen
     * @param resolution points per axis, at least 2
     * @param name the comparison's name (its folder), or null for the runs' ids and the kind joined by '-'
     */
    public record Request(List<String> runIds, SharedPlane.Kind kind, int resolution, String name) {

        /** Copies the ids. */
        public Request {
            runIds = List.copyOf(runIds);
        }

    }

    /**
     * Computes and stores the shared plane.
     *
     * @param experimentFile the experiment's file (results are resolved against it and stored beside it)
     * @param experiment the loaded experiment holding the runs
     * @param backend where the surface is computed (e.g. {@link CoreServices#backend()})
     * @param threads the engine's threads (0: one per processor)
     * @param monitor progress and cancellation, may be null
     * @return the stored result, or null when cancelled before the surface was complete (nothing is stored then)
     * @throws IllegalArgumentException with a message for people: unknown or repeated runs, too few or too many,
     *         a run without final parameters, runs of different networks, points that span no plane, a bad resolution
     * @throws IOException when a run's files cannot be read or the result cannot be written
     */
    public static SharedPlaneResult compute(Path experimentFile, Experiment experiment, Request request,
            ComputeBackend backend, int threads, ProgressMonitor monitor) throws IOException {
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        if (request.resolution() < 2) {
            throw new IllegalArgumentException("the resolution must be at least 2, got " + request.resolution());
        }
        if (request.runIds().size() < 2) {
            throw new IllegalArgumentException("a shared plane needs at least 2 runs, got " + request.runIds().size());
        }
        if (request.kind() == SharedPlane.Kind.SOLUTIONS && request.runIds().size() != 3) {
            throw new IllegalArgumentException("the plane through solutions needs exactly 3 runs, got "
                    + request.runIds().size() + "; use the PCA plane for " + request.runIds().size());
        }
        List<Run> runs = new ArrayList<>();
        for (String token : request.runIds()) {
            Run run = find(experiment, token);
            if (run == null) {
                throw new IllegalArgumentException("no run or variant \"" + token + "\" in "
                        + experimentFile.getFileName() + "; its runs: " + String.join(", ", experiment.getRuns()
                                .stream().map(SharedPlaneComputation::label).toList()));
            }
            if (runs.contains(run)) {
                throw new IllegalArgumentException("run " + run.getId() + " is named twice");
            }
            runs.add(run);
        }
        String name = request.name() != null && !request.name().isBlank() ? request.name()
                : String.join("-", runs.stream().map(Run::getId).toList()) + "-"
                        + request.kind().name().toLowerCase(Locale.ROOT);
        SharedPlaneFiles.folder(experimentFile, name); // checks the name before any work
        List<TrainedModel> models = new ArrayList<>();
        List<List<double[]>> trajectories = new ArrayList<>();
        for (Run run : runs) {
            TrainedModel model = TrainedModel.of(experimentFile, experiment, run);
            if (model == null) {
                throw new IllegalArgumentException("run " + run.getId() + " has no final parameters (it did not "
                        + "finish training)");
            }
            if (!models.isEmpty() && model.params().length != models.get(0).params().length) {
                throw new IllegalArgumentException("runs " + runs.get(0).getId() + " (" + models.get(0).params().length
                        + " parameters) and " + run.getId() + " (" + model.params().length + " parameters) are of "
                        + "different networks: a shared plane needs runs of one network");
            }
            models.add(model);
            trajectories.add(trajectory(experimentFile, run, model.params()));
        }
        SharedPlane.Result plane = SharedPlane.compute(request.kind(), trajectories);
        double[] range = SharedPlane.fittedRange(plane.paths());
        int res = request.resolution();
        Grid grid = new Grid(range[0], range[1], res, range[2], range[3], res);
        CompiledExperiment compiled = TrainedModel.compileAsRecorded(experimentFile, experiment, runs.get(0));
        TrainedModel first = models.get(0);
        SurfaceRequest surfaceRequest = new SurfaceRequest(new ModelState(compiled.networkSpec(), plane.plane()
                .origin(), first.buffers()), new Slice.Given(plane.plane()), DataReference.of(compiled.train()), null,
                grid);
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        Surface surface;
        try (ComputeContext context = ComputeContext.withThreads(n); ComputeContext.Binding bound = context.bind()) {
            Execution execution = new Execution(context, m, DataResolver.INLINE_ONLY, new OptimizerRegistry(),
                    new TrainingListener() { }, CoreServices.layerKinds());
            surface = backend.execute(surfaceRequest, execution);
        }
        if (!surface.isComplete()) {
            return null;
        }
        SharedPlaneResult result = new SharedPlaneResult(name, request.kind(), runs.stream().map(Run::getId)
                .toList(), runs.stream().map(SharedPlaneComputation::label).toList(),
                xs(grid), ys(grid), surface.losses(),
                plane.paths(), plane.explainedVarianceRatio(), plane.offPlane(), runs.get(0).getId());
        SharedPlaneFiles.write(experimentFile, result);
        return result;
    }

    /** @return the run of that id, else the latest run of the variant of that name, else null */
    public static Run find(Experiment experiment, String idOrVariant) {
        Run byVariant = null;
        for (Run r : experiment.getRuns()) {
            if (idOrVariant.equals(r.getId())) {
                return r;
            }
            if (idOrVariant.equals(r.getVariant())) {
                byVariant = r;
            }
        }
        return byVariant;
    }

    /** @return the run's id, with its variant's name in brackets when it ran one */
    public static String label(Run r) {
        return r.getVariant() == null || r.getVariant().isBlank() ? r.getId() : r.getId() + " (" + r.getVariant()
                + ")";
    }

    /**
     * @return the run's path: its stored checkpoints, then its final parameters when they are not the last
     *         checkpoint; just the final parameters when it stored none
     */
    static List<double[]> trajectory(Path experimentFile, Run run, double[] finalParams) throws IOException {
        List<double[]> path = new ArrayList<>();
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.CHECKPOINT && r.getUri()
                .endsWith("/" + CHECKPOINTS)).findFirst().orElse(null);
        if (ref != null) {
            NpyArray a;
            try {
                a = Npy.read(ResultFiles.resolve(experimentFile, run, ref));
            } catch (FileFormatException e) {
                throw new IOException(e.getMessage(), e);
            }
            int p = finalParams.length;
            if (a.rank() != 2 || a.shape()[1] != p) {
                throw new IOException(run.getId() + ": " + ref.getUri() + " has shape " + Arrays.toString(a.shape())
                        + ", expected [k, " + p + "]");
            }
            for (int i = 0; i < a.shape()[0]; i++) {
                path.add(Arrays.copyOfRange(a.data(), i * p, (i + 1) * p));
            }
        }
        if (path.isEmpty() || !Arrays.equals(path.get(path.size() - 1), finalParams)) {
            path.add(finalParams);
        }
        return path;
    }

    private static double[] xs(Grid grid) {
        double[] x = new double[grid.nx()];
        for (int i = 0; i < x.length; i++) {
            x[i] = grid.x(i);
        }
        return x;
    }

    private static double[] ys(Grid grid) {
        double[] y = new double[grid.ny()];
        for (int i = 0; i < y.length; i++) {
            y[i] = grid.y(i);
        }
        return y;
    }
}
