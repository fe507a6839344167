package org.losslandscape.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.dynamics.SharpnessSample;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.DataResolver;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.TrainRequest;
import org.losslandscape.compute.train.EvaluationRecord;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.compute.train.TrainingListener;
import org.losslandscape.compute.train.TrainingResult;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.compile.ImportedModel;
import org.losslandscape.core.compile.ModelSources;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.provenance.RunProvenance;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.services.LandscapeServices;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.FeatureCopy;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.store.RunLock;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.ConfigurationSnapshot;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.EdgeOfStabilityAnalysis;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TrajectoryPcaAnalysis;
import org.losslandscape.model.Variant;

/**
 * Runs an experiment file: for each run it adds a {@link Run} (RUNNING, with a configuration snapshot and the id of
 * its backend), saves the file, trains through a {@link ComputeBackend} (a {@link TrainRequest} in the run's own
 * {@link ComputeContext}: its threads are the run's, nothing process-wide changes), writes the curves atomically during training and at the end, runs
 * the enabled analyses, and saves the final status, metrics and result references. While a run is active its
 * {@link RunLock} is held, so that a loader can tell a killed run (INTERRUPTED) from a live one.
 * <p>
 * Every save writes only the run, into the file as it is then ({@link ExperimentStore#update}): an editor's save, a
 * deletion in the Runs view or another run of the same file, in this process or another, are kept, and concurrent
 * runs get different ids. Engine errors end the run as FAILED with the message; they are never thrown.
 */
public final class ExperimentRunner {

    /** Column names of the curves array, in order; also written into the ResultRef's description. */
    public static final String CURVE_COLUMNS = "step, train_loss, train_acc, val_loss, val_acc, lr";
    /** Name of the curves file in a run's folder. */
    public static final String CURVES_FILE = "curves.npy";

    /** The curves file is rewritten at most this often during training; the last write is always done. */
    private static final long CURVE_WRITE_INTERVAL_NANOS = 500_000_000L;
    /** The result file of a run's final parameters (flat vector). */
    public static final String FINAL_PARAMS = "final-params.npy";
    /** The result file of a run's final buffers, written when the network has any. */
    public static final String FINAL_BUFFERS = "final-buffers.npy";

    /** Checkpoints for trajectory PCA when the experiment asks for none. */
    private static final int DEFAULT_TRAJECTORY_POINTS = 20;

    private final ExperimentCompiler compiler;
    private final ComputeBackend backend;
    private final ComputeBackends backends;
    private final AnalysisKinds kinds;
    private final RunListener listener;

    /**
     * A runner with the services of {@link LandscapeServices#current()}: their default backend (the pure-Java one),
     * optimizers, layer kinds and analysis kinds.
     */
    public ExperimentRunner() {
        this(LandscapeServices.current());
    }

    /**
     * A runner that finds optimizers, layer kinds, analysis kinds and backends in {@code services} and nowhere else:
     * two runners with different services in one JVM each see their own.
     */
    public ExperimentRunner(LandscapeServices services) {
        this(new ExperimentCompiler(services), services.backends().defaultBackend(), services.analysisKinds());
    }

    /**
     * A runner with the given compiler (optimizer registry) and default backend, and the compiler's analysis kinds
     * and backends.
     */
    public ExperimentRunner(ExperimentCompiler compiler, ComputeBackend backend) {
        this(compiler, backend, compiler.services().analysisKinds());
    }

    /** A runner with the given compiler (optimizer registry), default backend and analysis kinds. */
    public ExperimentRunner(ExperimentCompiler compiler, ComputeBackend backend, AnalysisKinds kinds) {
        this(compiler, backend, kinds, RunListener.NONE);
    }

    private ExperimentRunner(ExperimentCompiler compiler, ComputeBackend backend, AnalysisKinds kinds,
            RunListener listener) {
        this.compiler = compiler;
        this.backend = backend;
        this.backends = compiler.services().backends();
        this.kinds = kinds;
        this.listener = listener;
    }

    /** @return a runner like this one whose runs tell {@code runListener} what happens as it happens */
    public ExperimentRunner withListener(RunListener runListener) {
        return new ExperimentRunner(compiler, backend, kinds, java.util.Objects.requireNonNull(runListener,
                "runListener"));
    }

    /**
     * @return the backend of that id: the runner's default when the id is null or its own, else the registered one
     * @throws IllegalArgumentException naming the id and the available backends when none has it
     */
    ComputeBackend backend(String id) {
        if (id == null || id.equals(backend.id())) {
            return backend;
        }
        ComputeBackend b = backends.byId(id);
        if (b == null) {
            List<String> ids = new ArrayList<>(backends.ids());
            if (!ids.contains(backend.id())) {
                ids.add(backend.id());
                java.util.Collections.sort(ids);
            }
            throw new IllegalArgumentException("no compute backend '" + id + "'; available: " + String.join(", ",
                    ids));
        }
        return b;
    }

    /**
     * Runs the experiment {@code options.runs()} times. The file is rewritten (atomically) several times per run.
     *
     * @param monitor progress and cancellation, may be null; a cancelled run ends CANCELLED and later runs are
     *            not started
     * @return one report per run started
     * @throws ExperimentLoadException if the file cannot be loaded
     * @throws InvalidExperimentException if the experiment does not compile (no run is added)
     * @throws IOException if the experiment file cannot be saved
     * @throws IllegalArgumentException if the options name a backend that is not registered (the message lists the
     *             available ones); no run is added
     */
    public List<RunReport> run(Path experimentFile, RunOptions options, ProgressMonitor monitor)
            throws ExperimentLoadException, InvalidExperimentException, IOException {
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        Path file = experimentFile.toAbsolutePath().normalize();
        // the run's own threads, bound to this thread and handed to its requests: runs side by side keep their
        // thread counts, and nothing process-wide is read or changed (0: one thread per processor)
        int threads = options.threads() == 0 ? Runtime.getRuntime().availableProcessors() : options.threads();
        ComputeBackend chosen = backend(options.backend());
        try (ComputeContext context = ComputeContext.withThreads(threads);
                ComputeContext.Binding bound = context.bind()) {
            return runAll(file, options, m, new Engine(chosen, context, compiler.services().layerKinds()));
        }
    }

    /** The backend of a call to {@link #run}, the threads of its runs and the layer kinds networks are built with. */
    record Engine(ComputeBackend backend, ComputeContext threads, LayerKinds layers) {

        /**
         * @return an execution on these threads that resolves inline data, finds the given optimizers and builds
         *         networks with the registered layer kinds (a third party's too)
         */
        Execution execution(ProgressMonitor monitor, OptimizerRegistry optimizers) {
            return new Execution(threads, monitor, DataResolver.INLINE_ONLY, optimizers, new TrainingListener() { },
                    layers);
        }
    }

    private List<RunReport> runAll(Path file, RunOptions options, ProgressMonitor m, Engine engine)
            throws ExperimentLoadException, InvalidExperimentException, IOException {
        List<RunReport> reports = new ArrayList<>();
        // seeds this invocation has chosen, per variant (key null without variants): a failed run's seed is not
        // taken again by the next run of the same call
        Map<String, Set<Long>> chosen = new HashMap<>();
        for (int i = 0; i < options.runs() && !m.isCancelled(); i++) {
            Experiment experiment = ExperimentStore.load(file).experiment();
            List<Variant> variants = selectVariants(experiment, options.variant());
            // every variant compiles before the first one runs
            List<Compilation> compilations = new ArrayList<>();
            List<Experiment> effective = new ArrayList<>();
            List<Long> seeds = new ArrayList<>();
            List<Set<Long>> takenSeeds = new ArrayList<>(); // null where seeds were given
            for (Variant v : variants) {
                Experiment x = Variants.apply(experiment, v, new ArrayList<>());
                String label = v == null ? null : Variants.label(v);
                Set<Long> taken = chosen.computeIfAbsent(label, k -> new HashSet<>());
                // a variant may set its own seed; without --seed, the next one no run of the variant has used
                long seed = options.seeds().isEmpty() ? RunSeeds.nextUnused(experiment, label, x.getSeed(), taken)
                        : options.seed(i, x.getSeed());
                taken.add(seed);
                Compilation compilation = compiler.compile(experiment, v, file.getParent(), seed);
                if (!compilation.ok()) {
                    throw new InvalidExperimentException(compilation.problems());
                }
                compilations.add(compilation);
                effective.add(x);
                seeds.add(seed);
                takenSeeds.add(options.seeds().isEmpty() ? taken : null);
            }
            for (int k = 0; k < variants.size() && !m.isCancelled(); k++) {
                reports.add(runOnce(file, experiment, effective.get(k), variants.get(k), compilations.get(k),
                        seeds.get(k), takenSeeds.get(k), m, engine));
            }
        }
        return reports;
    }

    /**
     * @return the variants to run: the named one, every one, or a single null (the experiment itself) when it has
     *         none
     * @throws InvalidExperimentException when a variant is named that the experiment does not have
     */
    static List<Variant> selectVariants(Experiment experiment, String name)
            throws InvalidExperimentException {
        List<Variant> all = experiment.getVariants();
        if (all.isEmpty()) {
            if (name != null) {
                throw new InvalidExperimentException(List.of(new ExperimentProblem(experiment, "experiment: it has "
                        + "no variants, so there is no variant '" + name + "' to run")));
            }
            return java.util.Collections.singletonList(null);
        }
        List<ExperimentProblem> duplicates = Variants.duplicateNames(experiment);
        if (!duplicates.isEmpty()) {
            throw new InvalidExperimentException(duplicates);
        }
        if (name == null) {
            return List.copyOf(all);
        }
        for (Variant v : all) {
            if (Variants.label(v).equals(name)) {
                return List.of(v);
            }
        }
        List<String> names = all.stream().map(Variants::label).toList();
        throw new InvalidExperimentException(List.of(new ExperimentProblem(experiment, "experiment: no variant '"
                + name + "'; it has " + String.join(", ", names))));
    }

    /** @return "run-N" with N one more than any existing run-N (and no folder of that name left behind) */
    static String nextRunId(Experiment experiment, Path file) {
        int max = 0;
        for (Run r : experiment.getRuns()) {
            String id = r.getId();
            if (id != null && id.matches("run-\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(id.substring(4)));
            }
        }
        int n = max + 1;
        // a dangling link counts as taken too: nothing is ever created through one
        while (Files.exists(ResultFiles.runFolder(file, "run-" + n), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(ResultFiles.lockFile(file, "run-" + n), LinkOption.NOFOLLOW_LINKS)) {
            n++;
        }
        return "run-" + n;
    }

    /**
     * One run of the experiment.
     *
     * @param experiment the experiment of the file; the run is added to it and it is saved
     * @param effective what the run runs: the experiment, or a variant of it ({@link Variants#apply})
     * @param variant the variant, or null
     * @param seed the seed the compilation was made with
     * @param takenSeeds null when the seed was given; otherwise the seeds this invocation chose, and the seed is
     *            chosen again from the file as it is when the run is added (another process may have taken it
     *            meanwhile), the compilation redone if it changes
     */
    private RunReport runOnce(Path file, Experiment experiment, Experiment effective, Variant variant,
            Compilation compilation, long seed, Set<Long> takenSeeds, ProgressMonitor monitor, Engine engine)
            throws IOException {
        Run run = LandscapeFactory.eINSTANCE.createRun();
        run.setVariant(variant == null ? null : Variants.label(variant));
        run.setBackend(engine.backend().id());
        run.setStatus(RunStatus.RUNNING);
        run.setStartTime(new Date());
        run.setConfiguration(snapshot(effective, seed));
        if (compilation.experiment() != null && run.getConfiguration().getNetwork() != null) {
            // the model file (and every checkpoint and other model) as this run read it
            ModelSources.record(run.getConfiguration().getNetwork().getSource(), compilation.experiment().imported());
        }
        // the engine, the JVM, the threads and every data file's SHA-256, so that a changed file is noticed later
        RunProvenance.record(run, file.toAbsolutePath().getParent(), engine.threads().threads());
        RunLock[] acquired = new RunLock[1];
        try {
            // the id (and a seed not given) is chosen and locked while the file is updated, so that concurrent runs
            // get different ids and seeds
            ExperimentStore.update(file, onDisk -> {
                if (takenSeeds != null) {
                    Set<Long> others = new HashSet<>(takenSeeds);
                    others.remove(seed);
                    run.getConfiguration().setSeed(RunSeeds.nextUnused(onDisk, run.getVariant(), effective.getSeed(),
                            others));
                }
                run.setId(nextRunId(onDisk, file));
                acquired[0] = RunLock.acquire(ResultFiles.lockFile(file, run.getId()));
                putRun(onDisk, run);
            });
        } catch (ExperimentLoadException e) {
            IOException io = new IOException(e.getMessage(), e);
            release(acquired[0], io);
            throw io;
        } catch (IOException | RuntimeException e) {
            release(acquired[0], e);
            throw e;
        }
        experiment.getRuns().add(run);
        listener.started(file, run.getId());
        try (RunLock lock = acquired[0]) {
            List<String> notes = new ArrayList<>();
            try {
                long runSeed = run.getConfiguration().getSeed();
                Compilation compiled = compilation;
                if (runSeed != seed) { // another process took the seed meanwhile
                    takenSeeds.add(runSeed);
                    compiled = compiler.compile(experiment, variant, file.getParent(), runSeed);
                    if (!compiled.ok()) {
                        throw new IllegalStateException(compiled.problems().get(0).message());
                    }
                }
                if (compiled.toyOnly()) {
                    notes.addAll(new AnalysisRunner(engine, kinds, compiler, file, run, null, runSeed, new double[0],
                            new double[0], List.of(), 0, listener).runAll(List.copyOf(effective.getAnalyses()),
                                    monitor));
                    run.setStatus(monitor.isCancelled() ? RunStatus.CANCELLED : RunStatus.COMPLETED);
                } else {
                    train(file, experiment, effective, run, compiled.experiment(), runSeed, monitor, notes, engine);
                }
            } catch (IOException | RuntimeException e) {
                run.setStatus(RunStatus.FAILED);
                notes.add(0, "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (OutOfMemoryError e) {
                // the run's arrays are unreachable now, so there is room to record why it ended
                String phase = compilation.toyOnly() || run.getStatus() != RunStatus.RUNNING ? "running the analyses"
                        : "training";
                run.setStatus(RunStatus.FAILED);
                notes.add(0, "failed: out of memory while " + phase + " (the JVM may use "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB); give the JVM more heap with LANDSCAPE_JAVA_OPTS=-Xmx8g or reduce the batch size, "
                        + "the network, the data or the analyses' resolution");
            } catch (StackOverflowError e) {
                run.setStatus(RunStatus.FAILED);
                notes.add(0, "failed: the computation nested too deeply (stack overflow); use fewer layers or "
                        + "nested blocks, or give threads a larger stack with LANDSCAPE_JAVA_OPTS=-Xss16m");
            }
            run.setEndTime(new Date());
            if (!notes.isEmpty()) {
                run.setMessage(String.join("; ", notes));
            }
            saveRun(file, run);
        }
        listener.finished(file, run.getId(), run.getStatus());
        return new RunReport(run.getId(), run.getStatus(), run.getMessage() == null ? "" : run.getMessage(),
                run.getVariant(), run.getConfiguration().getSeed(), run.getBackend());
    }

    /** Releases a run lock after {@code failure}, which keeps any error of the release as suppressed. */
    private static void release(RunLock lock, Exception failure) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Writes the run's current state into the file as the file is now (other writers' changes, such as an editor's
     * save or another process's run, are kept): the run of the same id is overwritten in place, or the run added.
     */
    static void saveRun(Path file, Run run) throws IOException {
        try {
            ExperimentStore.update(file, onDisk -> putRun(onDisk, run));
        } catch (ExperimentLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Overwrites the run of the same id in {@code onDisk} in place, or adds a copy of the run (a new one). */
    private static void putRun(Experiment onDisk, Run run) {
        for (Run r : onDisk.getRuns()) {
            if (run.getId().equals(r.getId())) {
                FeatureCopy.overwrite(run, r, Set.of());
                return;
            }
        }
        onDisk.getRuns().add(EcoreUtil.copy(run));
    }

    private static ConfigurationSnapshot snapshot(Experiment e, long seed) {
        ConfigurationSnapshot s = LandscapeFactory.eINSTANCE.createConfigurationSnapshot();
        s.setSeed(seed);
        s.setDataset(e.getDataset() == null ? null : EcoreUtil.copy(e.getDataset()));
        s.setNetwork(e.getNetwork() == null ? null : EcoreUtil.copy(e.getNetwork()));
        s.setOptimizer(e.getOptimizer() == null ? null : EcoreUtil.copy(e.getOptimizer()));
        s.setTraining(e.getTraining() == null ? null : EcoreUtil.copy(e.getTraining()));
        s.getAnalyses().addAll(EcoreUtil.copyAll(e.getAnalyses()));
        return s;
    }

    private void train(Path file, Experiment experiment, Experiment effective, Run run,
            CompiledExperiment compiled, long seed, ProgressMonitor monitor, List<String> notes, Engine engine)
            throws IOException {
        boolean wantsTrajectory = effective.getAnalyses().stream().anyMatch(a -> a.isEnabled()
                && (a instanceof TrajectoryPcaAnalysis || a instanceof SurfaceAnalysis s
                        && s.getDirectionKind() == DirectionKind.PCA_TRAJECTORY));
        CompiledExperiment job = compiled;
        if (wantsTrajectory && compiled.training().checkpointEvery() == 0) {
            // PCA needs a path: record about 20 points without storing them as checkpoints
            int every = (int) Math.max(1, compiled.training().steps() / DEFAULT_TRAJECTORY_POINTS);
            job = new CompiledExperiment(compiled.name(), compiled.train(), compiled.validation(),
                    compiled.networkSpec(), compiled.network(), compiled.initialParameters(),
                    compiled.initialBuffers(), compiled.optimizer(), compiled.hyperParameters(),
                    compiled.optimizerInstance(), compiled.schedule(), compiled.training().withCheckpointEvery(every),
                    compiled.seed(), compiled.imported());
        }
        Recorder recorder = new Recorder(file, experiment, run);
        TrainRequest.SharpnessTracking tracking = edgeOfStabilityTracking(effective, job, notes);
        ProgressRecorder progress = ProgressRecorder.forExperiment(job);
        List<TrainingListener> listeners = new ArrayList<>(List.of(recorder));
        if (progress != null) {
            listeners.add(progress);
        }
        if (listener != RunListener.NONE) {
            listeners.add(new StepProgress(file, run.getId(), job.training().steps(), listener));
        }
        if (tracking != null && listener != RunListener.NONE) {
            listeners.add(new TrainingListener() {
                @Override
                public void sharpness(long step, double sharpness, double threshold) {
                    listener.sharpness(file, run.getId(), step, sharpness, threshold);
                }
            });
        }
        TrainRequest request = new TrainRequest(new ModelState(job.networkSpec(), job.initialParameters(),
                job.initialBuffers()), DataReference.of(job.train()), job.validation() == null ? null
                        : DataReference.of(job.validation()), job.optimizer().id(), job.hyperParameters().asMap(),
                job.training(), tracking);
        OptimizerRegistry optimizer = new OptimizerRegistry();
        optimizer.register(job.optimizer()); // exactly the optimizer the experiment compiled with
        TrainRequest.Outcome outcome = engine.backend().execute(request, engine.execution(monitor, optimizer)
                .withEvents(new AllOf(List.copyOf(listeners))));
        TrainingResult result = outcome.result();
        if (tracking != null) {
            writeEdgeOfStability(file, run, outcome.sharpness());
        }
        if (progress != null) {
            progress.write(file, run);
        }
        recorder.writeCurves(true);
        if (recorder.failure != null) {
            notes.add("curves could not be written during training: " + recorder.failure.getMessage());
        }
        ResultFiles.write(file, run, ResultKind.CHECKPOINT, FINAL_PARAMS,
                NpyArray.ofDoubles(new int[] {result.params().length}, result.params()),
                "final parameters (flat vector, " + result.params().length + " values) at step " + result.steps(),
                ResultMetadata.builder().put(ResultKeys.LENGTH, (long) result.params().length)
                        .put(ResultKeys.STEP, result.steps()).build());
        if (result.buffers().length > 0) {
            ResultFiles.write(file, run, ResultKind.CHECKPOINT, FINAL_BUFFERS, NpyArray.ofDoubles(
                    new int[] {result.buffers().length}, result.buffers()), "final buffers (BatchNorm running "
                            + "statistics, flat vector, " + result.buffers().length + " values)",
                    ResultMetadata.builder().put(ResultKeys.LENGTH, (long) result.buffers().length).build());
        }
        ImportedModel imported = compiled.imported();
        List<double[]> trajectory = recorder.checkpoints;
        if (imported != null && !imported.checkpoints().isEmpty()) {
            // a trajectory trained elsewhere: its checkpoints are the run's, as if recorded here
            trajectory = imported.trajectory();
            writeCheckpoints(file, run, trajectory, "the imported checkpoints, one row each, steps "
                    + imported.steps(), ResultMetadata.builder().put(ResultKeys.STEPS, imported.steps()).build());
        } else if (compiled.training().checkpointEvery() > 0 && !recorder.checkpoints.isEmpty()) {
            writeCheckpoints(file, run, recorder.checkpoints, "parameters every "
                    + compiled.training().checkpointEvery() + " steps, one row per checkpoint, steps "
                    + recorder.checkpointSteps, ResultMetadata.builder()
                            .put(ResultKeys.EVERY, (long) compiled.training().checkpointEvery())
                            .put(ResultKeys.STEPS, List.copyOf(recorder.checkpointSteps)).build());
        }
        run.setStatus(switch (result.status()) {
            case COMPLETED, EARLY_STOPPED -> RunStatus.COMPLETED;
            case CANCELLED -> RunStatus.CANCELLED;
            case DIVERGED -> RunStatus.DIVERGED;
        });
        if (result.message() != null && !result.message().isEmpty()) {
            notes.add(result.message());
        }
        EvaluationRecord last = result.curve().isEmpty() ? null : result.last();
        metric(run, "steps", result.steps(), result.steps());
        if (last != null) {
            metric(run, "train_loss", last.trainLoss(), last.step());
            metric(run, "train_accuracy", last.trainAccuracy(), last.step());
            metric(run, "validation_loss", last.validationLoss(), last.step());
            metric(run, "validation_accuracy", last.validationAccuracy(), last.step());
        }
        EvaluationRecord best = bestValidation(result.curve());
        if (best != null) {
            // where early stopping would have stopped; with the final values above, the gap it closes
            metric(run, "best_validation_loss", best.validationLoss(), best.step());
            metric(run, "best_validation_step", best.step(), best.step());
            metric(run, "best_validation_accuracy", best.validationAccuracy(), best.step());
        }
        if (run.getStatus() == RunStatus.COMPLETED) {
            List<AnalysisSpec> analyses = List.copyOf(effective.getAnalyses());
            if (result.steps() == 0) {
                // analysed where it starts (a model trained elsewhere): the gradient there says how close to a
                // critical point it is
                double[] gradient = new double[result.params().length];
                new NetworkObjective(compiled.network(), Batch.of(compiled.train()), result.buffers().clone(),
                        PassMode.EVAL).valueAndGradient(result.params(), gradient);
                metric(run, "gradient_norm", Vectors.norm(gradient), 0);
            }
            notes.addAll(new AnalysisRunner(engine, kinds, compiler, file, run, compiled, seed, result.params(),
                    result.buffers(), trajectory, result.steps(), listener).runAll(analyses, monitor));
            if (monitor.isCancelled()) {
                run.setStatus(RunStatus.CANCELLED);
                notes.add("cancelled during the analyses");
            }
        }
    }

    /** Writes the checkpoints' parameters as one {@code [k, p]} array, a row per checkpoint. */
    private static void writeCheckpoints(Path file, Run run, List<double[]> points, String description,
            ResultMetadata metadata) throws IOException {
        int k = points.size();
        int p = points.get(0).length;
        double[] all = new double[k * p];
        for (int i = 0; i < k; i++) {
            System.arraycopy(points.get(i), 0, all, i * p, p);
        }
        ResultFiles.write(file, run, ResultKind.CHECKPOINT, "checkpoints.npy", NpyArray.ofDoubles(new int[] {k, p},
                all), description, metadata);
    }

    /**
     * The tracking of an enabled {@link EdgeOfStabilityAnalysis}: λ_max of the full-batch training loss every k
     * steps (warm-started Lanczos), recorded beside the stability threshold the optimizer declares
     * ({@link StabilityAware}); for a preconditioned method (Adam, RMSprop, …) the preconditioned sharpness against its
     * threshold. Null when there is none.
     */
    private static TrainRequest.SharpnessTracking edgeOfStabilityTracking(Experiment experiment,
            CompiledExperiment job, List<String> notes) {
        EdgeOfStabilityAnalysis eos = experiment.getAnalyses().stream().filter(a -> a.isEnabled()
                && a instanceof EdgeOfStabilityAnalysis).map(EdgeOfStabilityAnalysis.class::cast).findFirst()
                .orElse(null);
        if (eos == null) {
            return null;
        }
        Optimizer optimizer = job.optimizer();
        double lr = job.schedule().rate(0);
        HyperParameterValues values = job.hyperParameters();
        double threshold = Double.NaN;
        if (optimizer instanceof StabilityAware stability) {
            try {
                threshold = stability.stabilityThreshold(lr, values);
            } catch (IllegalArgumentException e) {
                notes.add("edge of stability: " + optimizer.id() + " gives no threshold for these settings ("
                        + e.getMessage() + "); λ_max is recorded without one");
            }
        } else {
            notes.add("edge of stability: optimizer '" + optimizer.id() + "' declares no stability threshold; "
                    + "λ_max is recorded without one");
        }
        int every = Math.max(1, eos.getEvery());
        return new TrainRequest.SharpnessTracking(every, threshold,
                optimizer instanceof StabilityAware stability && stability.preconditioned());
    }

    private static void writeEdgeOfStability(Path file, Run run, List<SharpnessSample> samples) throws IOException {
        double[] table = new double[3 * samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            table[3 * i] = samples.get(i).step();
            table[3 * i + 1] = samples.get(i).sharpness();
            table[3 * i + 2] = samples.get(i).threshold();
        }
        ResultFiles.write(file, run, ResultKind.EOS, "edge-of-stability.npy", NpyArray.ofDoubles(new int[] {
            samples.size(), 3}, table), "columns: step, sharpness, threshold", ResultMetadata.builder()
                    .put(ResultKeys.COLUMNS, List.of("step", "sharpness", "threshold")).build());
        if (!samples.isEmpty()) {
            SharpnessSample last = samples.get(samples.size() - 1);
            metric(run, "eos.lambda_max", last.sharpness(), last.step());
            metric(run, "eos.threshold", last.threshold(), last.step());
        }
    }

    /** @return the evaluation with the lowest finite validation loss (the first of equals), or null */
    static EvaluationRecord bestValidation(List<EvaluationRecord> curve) {
        EvaluationRecord best = null;
        for (EvaluationRecord r : curve) {
            if (Double.isFinite(r.validationLoss()) && (best == null || r.validationLoss() < best.validationLoss())) {
                best = r;
            }
        }
        return best;
    }

    /** Hands every callback to each listener in order. */
    private record AllOf(List<TrainingListener> listeners) implements TrainingListener {
        @Override
        public void step(long step, double batchLoss, double learningRate) {
            listeners.forEach(l -> l.step(step, batchLoss, learningRate));
        }

        @Override
        public void evaluated(EvaluationRecord record) {
            listeners.forEach(l -> l.evaluated(record));
        }

        @Override
        public void checkpoint(long step, double[] params, double[] buffers, Map<String, double[]> state) {
            listeners.forEach(l -> l.checkpoint(step, params, buffers, state));
        }

        @Override
        public void afterStep(long step, double[] params, double[] buffers) {
            listeners.forEach(l -> l.afterStep(step, params, buffers));
        }

        @Override
        public void sharpness(long step, double sharpness, double threshold) {
            listeners.forEach(l -> l.sharpness(step, sharpness, threshold));
        }
    }

    private static void metric(Run run, String name, double value, long step) {
        if (Double.isNaN(value)) {
            return; // e.g. accuracy of a regression, validation without validation data
        }
        RunMetrics.add(run, name, value, step);
    }

    /** Hands training steps to a run listener as {@link RunListener#progress}, at most every 200 ms. */
    private static final class StepProgress implements TrainingListener {

        private static final long INTERVAL_NANOS = RunListener.PROGRESS_INTERVAL_MILLIS * 1_000_000L;
        private final Path file;
        private final String runId;
        private final long steps;
        private final RunListener listener;
        private long last = System.nanoTime();

        StepProgress(Path file, String runId, long steps, RunListener listener) {
            this.file = file;
            this.runId = runId;
            this.steps = steps;
            this.listener = listener;
        }

        @Override
        public void step(long step, double batchLoss, double learningRate) {
            long now = System.nanoTime();
            if (now - last >= INTERVAL_NANOS) {
                last = now;
                listener.progress(file, runId, step, steps);
            }
        }
    }

    /** Collects evaluations and checkpoints and keeps the curves file (and its reference) current. */
    private static final class Recorder implements TrainingListener {

        private final Path file;
        private final Experiment experiment;
        private final Run run;
        private final List<EvaluationRecord> rows = new ArrayList<>();
        private final List<double[]> checkpoints = new ArrayList<>();
        private final List<Long> checkpointSteps = new ArrayList<>();
        private long lastWrite;
        private boolean referenced;
        private IOException failure;

        Recorder(Path file, Experiment experiment, Run run) {
            this.file = file;
            this.experiment = experiment;
            this.run = run;
        }

        @Override
        public void evaluated(EvaluationRecord record) {
            rows.add(record);
            if (!referenced || System.nanoTime() - lastWrite >= CURVE_WRITE_INTERVAL_NANOS) {
                writeCurves(false);
            }
        }

        @Override
        public void checkpoint(long step, double[] params, double[] buffers, Map<String, double[]> state) {
            checkpoints.add(params);
            checkpointSteps.add(step);
        }

        /** Writes the curves atomically; the first time also saves the experiment so the reference exists. */
        void writeCurves(boolean last) {
            double[] table = new double[rows.size() * 6];
            for (int i = 0; i < rows.size(); i++) {
                EvaluationRecord r = rows.get(i);
                System.arraycopy(new double[] {r.step(), r.trainLoss(), r.trainAccuracy(), r.validationLoss(),
                    r.validationAccuracy(), r.learningRate()}, 0, table, 6 * i, 6);
            }
            try {
                ResultFiles.write(file, run, ResultKind.CURVES, CURVES_FILE,
                        NpyArray.ofDoubles(new int[] {rows.size(), 6}, table), "columns: " + CURVE_COLUMNS,
                        ResultMetadata.builder().put(ResultKeys.COLUMNS, List.of(CURVE_COLUMNS.split(", ")))
                                .build());
                lastWrite = System.nanoTime();
                if (!referenced && !last) {
                    // the file is complete before the reference to it is saved
                    saveRun(file, run);
                }
                referenced = true;
            } catch (IOException e) {
                failure = e;
                if (last) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }
}
