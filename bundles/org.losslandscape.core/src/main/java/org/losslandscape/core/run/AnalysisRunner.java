package org.losslandscape.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.losslandscape.compute.connectivity.BezierConfig;
import org.losslandscape.compute.connectivity.BezierCurve;
import org.losslandscape.compute.connectivity.BezierResult;
import org.losslandscape.compute.connectivity.LinearPath;
import org.losslandscape.compute.connectivity.PathProfile;
import org.losslandscape.compute.connectivity.WeightMatching;
import org.losslandscape.compute.curvature.AdaptiveSharpness;
import org.losslandscape.compute.curvature.CriticalPointIndex;
import org.losslandscape.compute.curvature.DenseHessian;
import org.losslandscape.compute.curvature.EigenPairs;
import org.losslandscape.compute.curvature.EpsilonSharpness;
import org.losslandscape.compute.curvature.GaussianSharpness;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.curvature.Lanczos;
import org.losslandscape.compute.curvature.MaxEigenvalueSharpness;
import org.losslandscape.compute.curvature.Sharpness;
import org.losslandscape.compute.curvature.SpectralDensity;
import org.losslandscape.compute.curvature.TraceSharpness;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.landscape.TrajectoryPca;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.compile.CompiledToy;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.ToySurfaceAnalysis;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.BatchNormMode;
import org.losslandscape.model.DataSplit;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.EdgeOfStabilityAnalysis;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.ModeConnectivityAnalysis;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SharpnessAnalysis;
import org.losslandscape.model.SpectralDensityAnalysis;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TraceAnalysis;
import org.losslandscape.model.TrajectoryPcaAnalysis;

/**
 * Runs the analyses of one finished run at its final parameters and stores their results (files and metrics) in
 * the run (mutated). Unsupported analyses and settings are skipped with a note; returned notes go into the run's
 * message.
 */
final class AnalysisRunner {

    private static final int DENSITY_GRID = 256;
    /** Power iteration: products per eigenpair at most, and the relative change of λ that ends a pair early. */
    private static final int POWER_ITERATIONS = 300;
    private static final double POWER_TOLERANCE = 1e-7;
    /** Eigenvalues within this fraction of the largest |λ| count as zero for the index. */
    private static final double INDEX_TOLERANCE = 1e-9;

    private final ComputeBackend backend;
    private final Path experimentFile;
    private final Run run;
    private final CompiledExperiment compiled;
    private final double[] params;
    private final double[] buffers;
    private final List<double[]> checkpoints;
    private final long step;
    private final List<String> notes = new ArrayList<>();
    private TrajectoryPca.Result cachedPca;
    private final ExperimentCompiler compiler;
    private final long seed;

    /** File names (without .npy) the runner itself writes into a run's folder. */
    static final Set<String> RESERVED_NAMES = Set.of("curves", "final-params", "final-buffers", "checkpoints",
            "progress", "edge-of-stability");

    AnalysisRunner(ComputeBackend backend, Path experimentFile, Run run, CompiledExperiment compiled,
            double[] params, double[] buffers, List<double[]> checkpoints, long step) {
        this(backend, null, experimentFile, run, compiled, compiled.seed(), params, buffers, checkpoints, step);
    }

    /**
     * @param compiler compiles toy-surface analyses, may be null when there are none
     * @param compiled the trained experiment, or null for a toy-only experiment (which has only toy analyses)
     * @param seed the run's seed
     */
    AnalysisRunner(ComputeBackend backend, ExperimentCompiler compiler, Path experimentFile, Run run,
            CompiledExperiment compiled, long seed, double[] params, double[] buffers, List<double[]> checkpoints,
            long step) {
        this.compiler = compiler;
        this.seed = seed;
        this.backend = backend;
        this.experimentFile = experimentFile;
        this.run = run;
        this.compiled = compiled;
        this.params = params;
        this.buffers = buffers;
        this.checkpoints = checkpoints;
        this.step = step;
    }

    /** Runs every enabled analysis in order; @return the notes (skipped or failed analyses) */
    List<String> runAll(List<AnalysisSpec> analyses, ProgressMonitor monitor) {
        // result names must not collide with each other or with the runner's own files
        Set<String> used = new HashSet<>(RESERVED_NAMES);
        for (int i = 0; i < analyses.size(); i++) {
            AnalysisSpec a = analyses.get(i);
            if (!a.isEnabled() || monitor.isCancelled()) {
                continue;
            }
            String name = fileName(a, i);
            if (!used.add(name)) {
                name = name + "-" + (i + 1);
                used.add(name);
            }
            if (a instanceof ToySurfaceAnalysis) {
                used.add(name + ToySurfaceRunner.PATHS_SUFFIX);
                used.add(name + ToySurfaceRunner.CRITICAL_SUFFIX);
            }
            monitor.progress(i, analyses.size(), "analysis " + name);
            try {
                analyse(a, name, monitor);
            } catch (IOException | RuntimeException e) {
                notes.add("analysis " + name + " failed: " + e.getMessage());
            }
        }
        return notes;
    }

    /** Greek letters that analysis names use, spelled out for file and metric names ("λ_max" → "lambda_max"). */
    private static final String[][] GREEK = {{"λ", "lambda"}, {"η", "eta"}, {"ρ", "rho"}, {"σ", "sigma"},
        {"α", "alpha"}, {"β", "beta"}, {"ε", "epsilon"}, {"θ", "theta"}};

    private static String fileName(AnalysisSpec a, int index) {
        String base = a.getName() == null || a.getName().isBlank() ? a.eClass().getName() + "-" + (index + 1)
                : a.getName();
        String latin = base;
        for (String[] greek : GREEK) {
            latin = latin.replace(greek[0], greek[1]);
        }
        String clean = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
        return clean.isEmpty() ? a.eClass().getName().toLowerCase(Locale.ROOT) + "-" + (index + 1) : clean;
    }

    private NetworkObjective objective() {
        return new NetworkObjective(compiled.network(), Batch.of(compiled.train()), buffers.clone(), PassMode.EVAL);
    }

    private void analyse(AnalysisSpec a, String name, ProgressMonitor monitor) throws IOException {
        if (a instanceof SurfaceAnalysis s) {
            surface(s, name, monitor);
        } else if (a instanceof HessianAnalysis h) {
            hessian(h, name);
        } else if (a instanceof TraceAnalysis t) {
            Hutchinson.TraceEstimate est = backend.hessianTrace(objective(), params, t.getProbes(), seed);
            metric(name + ".trace", est.trace());
            metric(name + ".trace_standard_error", est.standardError());
            ResultFiles.write(experimentFile, run, ResultKind.SHARPNESS, name + ".npy",
                    NpyArray.ofDoubles(new int[] {est.samples().length}, est.samples()),
                    "Hutchinson samples z^T H z, " + t.getProbes() + " probes; trace " + est.trace());
        } else if (a instanceof SpectralDensityAnalysis d) {
            SpectralDensity.Density density = backend.spectralDensity(objective(), params, d.getProbes(),
                    d.getLanczosSteps(), d.getSigma(), DENSITY_GRID, seed);
            int n = density.grid().length;
            double[] table = new double[2 * n];
            for (int i = 0; i < n; i++) {
                table[2 * i] = density.grid()[i];
                table[2 * i + 1] = density.density()[i];
            }
            ResultFiles.write(experimentFile, run, ResultKind.DENSITY, name + ".npy",
                    NpyArray.ofDoubles(new int[] {n, 2}, table), "columns: eigenvalue, density");
        } else if (a instanceof SharpnessAnalysis s) {
            Sharpness measure = switch (s.getDefinition()) {
                case LAMBDA_MAX -> new MaxEigenvalueSharpness(Lanczos.Options.defaults());
                case TRACE -> new TraceSharpness(s.getSamples(), seed);
                case EPSILON -> new EpsilonSharpness(s.getEpsilon(), 0, s.getSamples(), seed);
                case GAUSSIAN -> new GaussianSharpness(s.getEpsilon(), s.getSamples(), seed);
                case ADAPTIVE -> new AdaptiveSharpness(s.getEpsilon(), s.getSamples(), 0.01);
            };
            metric(name + "." + measure.name(), measure.measure(objective(), params));
        } else if (a instanceof TrajectoryPcaAnalysis) {
            trajectory(name);
        } else if (a instanceof EdgeOfStabilityAnalysis) {
            return; // measured during training by the runner's sharpness tracker
        } else if (a instanceof ModeConnectivityAnalysis mc) {
            connectivity(mc, name);
        } else if (a instanceof ToySurfaceAnalysis toy) {
            toySurface(toy, name);
        } else {
            notes.add("analysis " + name + " (" + a.eClass().getName() + ") is not supported headless yet; skipped");
        }
    }

    private void surface(SurfaceAnalysis s, String name, ProgressMonitor monitor) throws IOException {
        int res = s.getResolution();
        if (s.getDimensions() != 1 && s.getDimensions() != 2 || res < 2) {
            notes.add("analysis " + name + ": needs 1 or 2 dimensions and a resolution ≥ 2; skipped");
            return;
        }
        boolean line = s.getDimensions() == 1;
        DirectionKind kind = s.getDirectionKind();
        Plane plane;
        double[] range = {s.getXMin(), s.getXMax(), s.getYMin(), s.getYMax()}; // x0, x1, y0, y1
        String models = "";
        if (kind == DirectionKind.PCA_TRAJECTORY) {
            List<double[]> path = trajectoryPoints();
            if (path.size() < 3) {
                notes.add("analysis " + name + ": PCA directions need at least 3 checkpoints; set checkpointEvery");
                return;
            }
            TrajectoryPca.Result pca = trajectoryPca(path);
            plane = line ? Plane.line(params, pca.plane().xAxis())
                    : new Plane(params, pca.plane().xAxis(), pca.plane().yAxis());
            // as Li et al. 2018 do, the range is fitted to the trajectory (with a margin) so the path is on the map
            range = fittedRange(pca.coordinates());
        } else if (kind == DirectionKind.INTERPOLATION) {
            if (!line) {
                notes.add("analysis " + name + ": interpolation is a 1D slice (from the trained to the initial "
                        + "parameters); set dimensions to 1; skipped");
                return;
            }
            // Goodfellow et al. 2015, "Qualitatively characterizing neural network optimization problems"
            plane = Directions.interpolation(params, compiled.initialParameters());
            models = ", this run's solution at x = 0 and its initialisation at x = 1";
        } else if (kind == DirectionKind.THREE_POINT_PLANE) {
            if (line) {
                notes.add("analysis " + name + ": the plane through three models is 2D; set dimensions to 2 (or use "
                        + "INTERPOLATION for a line); skipped");
                return;
            }
            Solution other = otherSolution(null);
            if (other == null) {
                notes.add("analysis " + name + ": the plane through three models needs a second solution; run the "
                        + "experiment again");
                return;
            }
            Directions.ModelPlane through;
            try {
                through = Directions.throughModels(params, other.params(), compiled.initialParameters());
            } catch (IllegalArgumentException e) {
                notes.add("analysis " + name + ": " + e.getMessage() + "; skipped");
                return;
            }
            plane = through.plane();
            // the range is fitted to the three models, with a margin, so that all three are on the map
            range = fittedRange(through.coordinates());
            double[] init = through.coordinates()[2];
            models = ", this run's solution at (0, 0), " + other.runId() + "'s at (1, 0), this run's initialisation at ("
                    + init[0] + ", " + init[1] + ")";
        } else {
            Directions.Normalization norm = switch (kind) {
                case RANDOM -> Directions.Normalization.NONE;
                case LAYER_NORMALISED -> Directions.Normalization.LAYER;
                default -> Directions.Normalization.FILTER;
            };
            plane = line ? Directions.randomLine(compiled.network(), params, norm, s.isIncludeBiases(), seed)
                    : Directions.randomPlane(compiled.network(), params, norm, s.isIncludeBiases(), true,
                            seed);
        }
        double x0 = range[0];
        double x1 = range[1];
        double y0 = range[2];
        double y1 = range[3];
        Grid grid = line ? Grid.line(x0, x1, res) : new Grid(x0, x1, res, y0, y1, res);
        Dataset recompute = s.getBatchNormMode() == BatchNormMode.RECOMPUTE ? compiled.train() : null;
        List<Dataset> parts = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        if (s.getDataSplit() != DataSplit.VALIDATION) {
            parts.add(compiled.train());
            suffixes.add(s.getDataSplit() == DataSplit.BOTH ? "-train" : "");
        }
        if (s.getDataSplit() != DataSplit.TRAIN) {
            if (compiled.validation() == null) {
                notes.add("analysis " + name + ": there is no validation data; the validation surface is skipped");
            } else {
                parts.add(compiled.validation());
                suffixes.add(s.getDataSplit() == DataSplit.BOTH ? "-validation" : "");
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Surface surface = backend.surface(compiled.network(), plane, buffers, parts.get(i), recompute, grid,
                    monitor);
            if (!surface.isComplete()) {
                notes.add("analysis " + name + ": cancelled before the surface was complete");
                return;
            }
            int[] shape = line ? new int[] {res} : new int[] {res, res};
            String what = (line ? "1D" : "2D") + " loss surface on " + (parts.get(i) == compiled.train() ? "train"
                    : "validation") + ", " + s.getDirectionKind().getLiteral() + " directions, x in [" + x0
                    + ", " + x1 + "]" + (line ? "" : ", y in [" + y0 + ", " + y1
                    + "], rows x, columns y") + ", " + res + " points per axis" + models;
            ResultFiles.write(experimentFile, run, ResultKind.SURFACE, name + suffixes.get(i) + ".npy",
                    NpyArray.ofDoubles(shape, surface.losses()), what);
        }
    }

    /**
     * Mode connectivity between this run's solution and another run's (the one named by {@code otherRunId}, else
     * the latest other completed run): the loss along the straight line and its barrier, after permutation
     * alignment of the other solution's hidden units (weight matching), and along a trained quadratic Bezier curve.
     * Columns of the result: t, line_loss, aligned_line_loss, bezier_loss (NaN where not asked for).
     */
    private void connectivity(ModeConnectivityAnalysis mc, String name) throws IOException {
        Solution solution = otherSolution(mc.getOtherRunId());
        if (solution == null) {
            notes.add("analysis " + name + ": mode connectivity needs a second solution; run the experiment again"
                    + (mc.getOtherRunId() == null || mc.getOtherRunId().isBlank() ? ""
                            : " (no completed run '" + mc.getOtherRunId() + "' with final parameters)"));
            return;
        }
        double[] other = solution.params();
        int points = Math.max(3, mc.getPoints());
        var network = compiled.network();
        PathProfile line = LinearPath.evaluate(network, other, params, buffers, compiled.train(), points);
        metric(name + ".barrier_linear", line.barrier());
        PathProfile aligned = null;
        double[] end = params;
        if (mc.isAlignPermutations()) {
            try {
                end = WeightMatching.align(network, other, params, 50, seed).aligned();
                aligned = LinearPath.evaluate(network, other, end, buffers, compiled.train(), points);
                metric(name + ".barrier_aligned", aligned.barrier());
            } catch (IllegalArgumentException e) {
                notes.add("analysis " + name + ": no permutation alignment: " + e.getMessage());
            }
        }
        PathProfile bezier = null;
        if (mc.isBezier()) {
            BezierResult curve = BezierCurve.train(network, other, end, buffers, compiled.train(), new BezierConfig(
                    1000, 0.01, 0, points, seed));
            bezier = curve.profile();
            metric(name + ".barrier_bezier", bezier.barrier());
        }
        double[] table = new double[4 * points];
        for (int i = 0; i < points; i++) {
            table[4 * i] = line.points().get(i).t();
            table[4 * i + 1] = line.points().get(i).loss();
            table[4 * i + 2] = aligned == null ? Double.NaN : aligned.points().get(i).loss();
            table[4 * i + 3] = bezier == null ? Double.NaN : bezier.points().get(i).loss();
        }
        ResultFiles.write(experimentFile, run, ResultKind.CONNECTIVITY, name + ".npy", NpyArray.ofDoubles(new int[] {
            points, 4}, table), "columns: t, line_loss, aligned_line_loss, bezier_loss; from the other run's "
                    + "solution (t = 0) to this run's (t = 1)");
    }

    /** Another run's final parameters. */
    private record Solution(String runId, double[] params) {
    }

    /** @return the final parameters of the named run, or of the latest other completed run, or null */
    private Solution otherSolution(String wanted) throws IOException {
        if (!(run.eContainer() instanceof Experiment experiment)) {
            return null;
        }
        Run other = null;
        for (Run r : experiment.getRuns()) {
            boolean named = wanted != null && !wanted.isBlank();
            if (r != run && r.getStatus() == RunStatus.COMPLETED && (!named || wanted.equals(r.getId()))) {
                other = r;
            }
        }
        ResultRef ref = other == null ? null : TrainedModel.finalResult(other, ExperimentRunner.FINAL_PARAMS);
        if (ref == null) {
            return null;
        }
        try {
            double[] theta = Npy.read(ResultFiles.resolve(experimentFile, other, ref)).data();
            return theta.length == params.length ? new Solution(other.getId(), theta) : null;
        } catch (FileFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** @return {x0, x1, y0, y1}: the ranges of the coordinates, each widened as {@link #bounds} widens it */
    private static double[] fittedRange(double[][] coordinates) {
        double[] bx = bounds(coordinates, 0);
        double[] by = bounds(coordinates, 1);
        return new double[] {bx[0], bx[1], by[0], by[1]};
    }

    /** @return the range of coordinate {@code axis} widened by a quarter of its span on each side (at least ±0.1) */
    private static double[] bounds(double[][] coordinates, int axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] c : coordinates) {
            lo = Math.min(lo, c[axis]);
            hi = Math.max(hi, c[axis]);
        }
        double margin = Math.max(0.25 * (hi - lo), 0.1);
        return new double[] {lo - margin, hi + margin};
    }

    /**
     * Top and bottom Hessian eigenvalues by the analysis's method: Lanczos (default); power iteration with deflation
     * (the largest |λ| first, top only); or the dense Hessian, which also gives the exact trace and the index of the
     * point (the number of negative eigenvalues).
     */
    private void hessian(HessianAnalysis h, String name) throws IOException {
        int dimension = compiled.network().parameterCount();
        int top = Math.min(Math.max(0, h.getTopK()), dimension);
        int bottom = Math.min(Math.max(0, h.getBottomK()), dimension);
        double[] topValues;
        double[] bottomValues;
        String method;
        if (h.getMethod() == HessianMethod.DENSE) {
            if (dimension > DenseHessian.MAX_DIMENSION) {
                notes.add("analysis " + name + ": the dense Hessian is limited to " + DenseHessian.MAX_DIMENSION
                        + " parameters and this network has " + dimension + "; use LANCZOS; skipped");
                return;
            }
            DenseHessian.Spectrum spectrum = backend.denseHessianSpectrum(objective(), params);
            double[] ascending = spectrum.values();
            topValues = new double[top];
            for (int i = 0; i < top; i++) {
                topValues[i] = ascending[ascending.length - 1 - i];
            }
            bottomValues = java.util.Arrays.copyOf(ascending, bottom);
            CriticalPointIndex index = CriticalPointIndex.of(ascending, INDEX_TOLERANCE);
            metric(name + ".index", index.negative());
            metric(name + ".index_fraction", index.fraction());
            metric(name + ".trace", spectrum.trace());
            method = "the dense Hessian (" + dimension + " eigenvalues, index " + index.negative() + ")";
        } else if (h.getMethod() == HessianMethod.POWER) {
            topValues = top == 0 ? new double[0]
                    : backend.hessianDominantEigenpairs(objective(), params, top, POWER_ITERATIONS, POWER_TOLERANCE,
                            seed).values();
            bottomValues = new double[0];
            if (bottom > 0) {
                notes.add("analysis " + name + ": power iteration finds the largest |λ| only; bottom eigenvalues "
                        + "need LANCZOS or DENSE; skipped them");
            }
            method = "power iteration with deflation (the largest |λ| first, signed)";
        } else {
            topValues = top == 0 ? new double[0] : backend.hessianEigenpairs(objective(), params, top, true).values();
            bottomValues = bottom == 0 ? new double[0]
                    : backend.hessianEigenpairs(objective(), params, bottom, false).values();
            method = "Lanczos";
        }
        if (topValues.length > 0) {
            if (h.getMethod() == HessianMethod.POWER) {
                metric(name + ".lambda_dominant", topValues[0]);
            }
            // the largest |λ| is λ_max when it is positive
            if (h.getMethod() != HessianMethod.POWER || topValues[0] > 0) {
                metric(name + ".lambda_max", topValues[0]);
            }
        }
        if (bottomValues.length > 0) {
            metric(name + ".lambda_min", bottomValues[0]);
            if (topValues.length > 0 && topValues[0] != 0) {
                // Li et al. 2018, sec. 6: |λ_min / λ_max| near 0 where the landscape is locally convex
                metric(name + ".min_max_ratio", Math.abs(bottomValues[0] / topValues[0]));
            }
        }
        double[] array = new double[topValues.length + bottomValues.length];
        System.arraycopy(topValues, 0, array, 0, topValues.length);
        System.arraycopy(bottomValues, 0, array, topValues.length, bottomValues.length);
        ResultFiles.write(experimentFile, run, ResultKind.SPECTRUM, name + ".npy",
                NpyArray.ofDoubles(new int[] {array.length}, array), "Hessian eigenvalues by " + method + ": top "
                        + topValues.length + (h.getMethod() == HessianMethod.POWER ? " by decreasing |λ|" : " descending")
                        + ", then bottom " + bottomValues.length + " ascending");
    }

    /** @return the PCA of the path, computed once per run (a PCA surface and a trajectory analysis share it) */
    private TrajectoryPca.Result trajectoryPca(List<double[]> path) {
        if (cachedPca == null) {
            cachedPca = TrajectoryPca.compute(path);
        }
        return cachedPca;
    }

    private List<double[]> trajectoryPoints() {
        List<double[]> path = new ArrayList<>(checkpoints);
        if (path.isEmpty() || !java.util.Arrays.equals(path.get(path.size() - 1), params)) {
            path.add(params);
        }
        return path;
    }

    private void trajectory(String name) throws IOException {
        List<double[]> path = trajectoryPoints();
        if (path.size() < 3) {
            notes.add("analysis " + name + ": trajectory PCA needs at least 3 checkpoints; set checkpointEvery");
            return;
        }
        TrajectoryPca.Result pca = trajectoryPca(path);
        double[] coords = new double[2 * path.size()];
        for (int i = 0; i < path.size(); i++) {
            coords[2 * i] = pca.coordinates()[i][0];
            coords[2 * i + 1] = pca.coordinates()[i][1];
        }
        double[] ratio = pca.explainedVarianceRatio();
        ResultFiles.write(experimentFile, run, ResultKind.TRAJECTORY, name + ".npy",
                NpyArray.ofDoubles(new int[] {path.size(), 2}, coords), "checkpoints projected on the first two "
                        + "principal directions (columns a, b); explained variance " + (ratio.length > 0 ? ratio[0]
                                : Double.NaN) + ", " + (ratio.length > 1 ? ratio[1] : Double.NaN));
    }

    private void toySurface(ToySurfaceAnalysis toy, String name) throws IOException {
        List<ExperimentProblem> problems = new ArrayList<>();
        OptimizerSpec fallback = toy.eContainer() instanceof Experiment e ? e.getOptimizer() : null;
        CompiledToy compiledToy = compiler == null ? null : compiler.compileToy(toy, fallback, problems);
        if (compiledToy == null) {
            notes.add("analysis " + name + " skipped: " + (problems.isEmpty() ? "no compiler"
                    : problems.get(0).message()));
            return;
        }
        new ToySurfaceRunner(experimentFile, run, step).run(compiledToy, name, seed);
    }

    private void metric(String name, double value) {
        RunMetrics.add(run, name, value, step);
    }
}
