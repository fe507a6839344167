package org.losslandscape.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.landscape.TrajectoryPca;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.request.SurfaceSink;
import org.losslandscape.compute.request.TrajectoryPcaRequest;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.analysis.OtherSolution;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ImportedModel;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * Runs the analyses of one finished run at its final parameters: each one by the {@link AnalysisKind} registered for
 * its model class, through this runner as its {@link AnalysisContext}, which stores the results (files and
 * metrics) in the run (mutated). An analysis whose kind is not registered, or that fails, is reported in a note;
 * returned notes go into the run's message.
 */
final class AnalysisRunner implements AnalysisContext {

    /** File names (without .npy) the runner itself writes into a run's folder. */
    static final Set<String> RESERVED_NAMES = Set.of("curves", "final-params", "final-buffers", "checkpoints",
            "progress", "edge-of-stability");

    private final ExperimentRunner.Engine engine;
    private final AnalysisKinds kinds;
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
    private ProgressMonitor monitor = ProgressMonitor.NONE;
    private final RunListener listener;
    /** The result name of the analysis running now (what its live surface stages are called). */
    private String current = "";

    /**
     * @param compiler compiles toy-surface analyses, may be null when there are none
     * @param compiled the trained experiment, or null for a toy-only experiment (which has only toy analyses)
     * @param seed the run's seed
     * @param listener hears the stages of the loss surfaces as they are computed
     */
    AnalysisRunner(ExperimentRunner.Engine engine, AnalysisKinds kinds, ExperimentCompiler compiler,
            Path experimentFile, Run run, CompiledExperiment compiled, long seed, double[] params, double[] buffers,
            List<double[]> checkpoints, long step, RunListener listener) {
        this.listener = listener;
        this.engine = engine;
        this.kinds = kinds;
        this.compiler = compiler;
        this.seed = seed;
        this.experimentFile = experimentFile;
        this.run = run;
        this.compiled = compiled;
        this.params = params;
        this.buffers = buffers;
        this.checkpoints = checkpoints;
        this.step = step;
    }

    /** Runs every enabled analysis in order; @return the notes (skipped or failed analyses) */
    List<String> runAll(List<AnalysisSpec> analyses, ProgressMonitor progress) {
        this.monitor = progress;
        // result names must not collide with each other or with the runner's own files
        Set<String> used = new HashSet<>(RESERVED_NAMES);
        for (int i = 0; i < analyses.size(); i++) {
            AnalysisSpec a = analyses.get(i);
            if (!a.isEnabled() || progress.isCancelled()) {
                continue;
            }
            String name = fileName(a, i);
            if (!used.add(name)) {
                name = name + "-" + (i + 1);
                used.add(name);
            }
            AnalysisKind kind = kinds.forSpec(a);
            if (kind != null) {
                for (String suffix : kind.resultSuffixes()) {
                    used.add(name + suffix);
                }
            }
            progress.progress(i, analyses.size(), "analysis " + name);
            if (kind == null) {
                notes.add("analysis " + name + ": no analysis kind is registered for " + a.eClass().getName() + " ("
                        + a.eClass().getEPackage().getNsURI() + "); install the bundle that provides it; skipped");
                continue;
            }
            if (kind.needsNetwork() && compiled == null) {
                notes.add("analysis " + name + " (" + kind.id() + ") needs a network and data; skipped");
                continue;
            }
            current = name;
            try {
                kind.run(a, name, this);
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

    @Override
    public ComputeBackend backend() {
        return engine.backend();
    }

    @Override
    public <R> R compute(ComputeRequest<R> request) {
        // the optimizers the experiment compiled with (toy analyses name their own)
        OptimizerRegistry optimizers = compiler != null ? compiler.optimizers() : new OptimizerRegistry();
        if (compiler == null && compiled != null) {
            optimizers.register(compiled.optimizer());
        }
        Execution execution = engine.execution(monitor, optimizers);
        if (request instanceof SurfaceRequest surface && engine.backend() instanceof JavaComputeBackend) {
            // computed here: resumed from the points an interrupted run left, and kept on disk until complete
            @SuppressWarnings("unchecked")
            R answer = (R) new PartialSurfaces(experimentFile).compute(surface, execution, liveSurfaces(), notes);
            return answer;
        }
        return engine.backend().execute(request, execution.withSurfaces(liveSurfaces()));
    }

    /** @return a sink that tells the run listener each stage of the current analysis's surface */
    private SurfaceSink liveSurfaces() {
        if (listener == RunListener.NONE) {
            return SurfaceSink.NONE;
        }
        String analysis = current;
        return new SurfaceSink() {
            @Override
            public void stage(SurfaceRequest request, Surface surface, int stride) {
                // one copy per stage, handed over: the listener posts it to another thread
                listener.surfaceStage(experimentFile, run.getId(), new SurfaceStage(analysis, surface.grid(),
                        surface.losses(), surface.computedMask(), stride));
            }
        };
    }

    @Override
    public ModelState model() {
        return new ModelState(compiled.networkSpec(), params, buffers);
    }

    @Override
    public DataReference trainingData() {
        return DataReference.of(compiled.train());
    }

    @Override
    public DataReference validationData() {
        return compiled.validation() == null ? null : DataReference.of(compiled.validation());
    }

    @Override
    public ExperimentCompiler compiler() {
        return compiler;
    }

    @Override
    public CompiledExperiment compiled() {
        return compiled;
    }

    @Override
    public double[] parameters() {
        return params;
    }

    @Override
    public double[] buffers() {
        return buffers;
    }

    @Override
    public List<double[]> checkpoints() {
        return checkpoints;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public Run run() {
        return run;
    }

    @Override
    public Path experimentFile() {
        return experimentFile;
    }

    @Override
    public ProgressMonitor monitor() {
        return monitor;
    }

    @Override
    public NetworkObjective objective() {
        return new NetworkObjective(compiled.network(), Batch.of(compiled.train()), buffers.clone(), PassMode.EVAL);
    }

    @Override
    public List<double[]> trajectoryPoints() {
        List<double[]> path = new ArrayList<>(checkpoints);
        if (path.isEmpty() || !Arrays.equals(path.get(path.size() - 1), params)) {
            path.add(params);
        }
        return path;
    }

    /** The PCA of the path, computed once per run (a PCA surface and a trajectory analysis share it). */
    @Override
    public TrajectoryPca.Result trajectoryPca() {
        if (cachedPca == null) {
            cachedPca = compute(new TrajectoryPcaRequest(trajectoryPoints()));
        }
        return cachedPca;
    }

    @Override
    public void note(String text) {
        notes.add(text);
    }

    @Override
    public void metric(String name, double value) {
        RunMetrics.add(run, name, value, step);
    }

    @Override
    public void write(ResultKind kind, String fileName, NpyArray array, String description,
            ResultMetadata metadata) throws IOException {
        ResultFiles.write(experimentFile, run, kind, fileName, array, description, metadata);
    }

    /**
     * The final parameters of the named run, or of the latest other completed run. A run with this run's seed and
     * configuration, or with equal final parameters, is this run's twin and never used: a barrier or a plane
     * between a solution and itself would be a wrong result that looks like a finding.
     */
    @Override
    public OtherSolution otherSolution(String wanted) throws IOException {
        boolean named = wanted != null && !wanted.isBlank();
        String again = "run the experiment again (a further run takes a seed no completed run has used) or run it "
                + "with --runs 2";
        if (!named && compiled != null && compiled.imported() != null && !compiled.imported().others().isEmpty()) {
            // the experiment brings its own: the first other model trained elsewhere
            ImportedModel.Other other = compiled.imported().others().get(0);
            return new OtherSolution(other.name(), other.params(), null);
        }
        if (!(run.eContainer() instanceof Experiment experiment)) {
            return new OtherSolution(null, null, "needs a second solution; " + again);
        }
        List<String> twins = new ArrayList<>();
        List<Run> runs = experiment.getRuns();
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run r = runs.get(i);
            if (r == run || r.getStatus() != RunStatus.COMPLETED || named && !wanted.equals(r.getId())) {
                continue;
            }
            ResultRef ref = TrainedModel.finalResult(r, ExperimentRunner.FINAL_PARAMS);
            if (ref == null) {
                continue;
            }
            double[] theta;
            try {
                theta = Npy.read(ResultFiles.resolve(experimentFile, r, ref)).data();
            } catch (FileFormatException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (theta.length != params.length) {
                continue;
            }
            if (isTwin(r, theta)) {
                twins.add(r.getId());
                continue;
            }
            return new OtherSolution(r.getId(), theta, null);
        }
        if (!twins.isEmpty()) {
            String which = twins.size() == 1 ? twins.get(0) + " has" : String.join(", ", twins) + " have";
            return new OtherSolution(null, null, "needs a second solution, and " + which + " this run's solution (the "
                    + "same seed " + run.getConfiguration().getSeed() + " and configuration, or equal parameters): "
                    + "comparing with it would compare this solution with itself (a barrier of zero), so it is not "
                    + "used. " + (named ? "Name a run trained with another seed, or " : "To get one, ") + again);
        }
        return new OtherSolution(null, null, "needs a second solution" + (named ? " (no completed run '" + wanted
                + "' with final parameters)" : "") + "; " + again);
    }

    /** @return whether the other run is this one's twin: same seed and configuration, or equal final parameters */
    private boolean isTwin(Run other, double[] otherParams) {
        return Arrays.equals(otherParams, params) || run.getConfiguration() != null
                && EcoreUtil.equals(run.getConfiguration(), other.getConfiguration());
    }
}
