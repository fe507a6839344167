package org.losslandscape.core.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.train.TrainingConfig;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.analysis.AnalysisKinds;
import org.losslandscape.core.services.LandscapeServices;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ScheduleSpec;
import org.losslandscape.model.TrainingSpec;
import org.losslandscape.model.Variant;

/**
 * Turns an {@link Experiment} into engine objects, or into problems that say what to fix. Thread-safe; the
 * experiment is only read.
 *
 * <h2>Dataset parameters</h2>
 * Each dataset kind reads these {@code Parameter} keys (default in brackets); any other key is a problem. The
 * dataset's {@code seed} seeds generation and the split; {@code validationFraction} (0.2) of the rows validate.
 * <ul>
 * <li>MODULAR_ARITHMETIC: {@code p} (97, a prime), {@code operation} (+; one of + - * / or add, subtract,
 * multiply, divide), {@code encoding} (one_hot; or tokens: a, b; or sequence: a, b, =), {@code train_fraction} (1 − validationFraction)</li>
 * <li>TWO_SPIRALS: {@code n_per_class} (100), {@code noise} (0.05), {@code turns} (1.5)</li>
 * <li>TWO_MOONS: {@code n_per_class} (100), {@code noise} (0.1)</li>
 * <li>CIRCLES: {@code n_per_class} (100), {@code noise} (0.05), {@code factor} (0.5)</li>
 * <li>XOR: {@code n_per_cluster} (50), {@code spread} (0.2)</li>
 * <li>GAUSSIAN_BLOBS: {@code n_per_class} (100), {@code classes} (3), {@code dim} (2), {@code spread} (1.0)</li>
 * <li>TEACHER_STUDENT: {@code n} (1000), {@code d} (10), {@code hidden} (16; comma-separated widths),
 * {@code outputs} (1), {@code task} (regression; or classification), {@code noise} (0), {@code teacher_seed}
 * (the dataset seed)</li>
 * <li>SINE_REGRESSION: {@code n} (200), {@code x_min} (−π), {@code x_max} (π), {@code noise} (0.1)</li>
 * <li>RANDOM_FEATURES: {@code n} (200), {@code d} (10), {@code features} (100), {@code noise} (0.1),
 * {@code teacher_seed} (the dataset seed)</li>
 * <li>CSV_FILE: the {@code file} attribute (relative to the experiment file); {@code separator} (,),
 * {@code header} (auto; or yes, no), {@code label_column} (the last column), {@code regression} (false)</li>
 * <li>NPY_FILES: the {@code file} (features, n×f) and {@code labelsFile} attributes; no parameters</li>
 * <li>GENERATED_IMAGES (seeded shapes and textures, NCHW rows): {@code n_per_class} (100), {@code classes} (4; up to
 * 8), {@code size} (16), {@code channels} (1; or 3), {@code noise} (0.1), {@code normalize} (true)</li>
 * <li>IDX_FILES (MNIST, Fashion-MNIST): the {@code file} (images) and {@code labelsFile} attributes;
 * {@code normalize} (true)</li>
 * <li>CIFAR10_FILES: the {@code file} attribute, one or more binary batches separated by commas;
 * {@code normalize} (true)</li>
 * <li>NPY_IMAGES: the {@code file} attribute, an images .npy (with {@code labelsFile}) or an .npz;
 * {@code layout} (NCHW; or NHWC), {@code images_key} (x) and {@code labels_key} (y) of an .npz,
 * {@code normalize} (true)</li>
 * </ul>
 * Image rows are NCHW; a convolutional network states their shape with an Unflatten (channels, height, width) first.
 * {@code normalize} standardises each channel with the training part's mean and standard deviation.
 *
 * <h2>Other rules</h2>
 * The network's input size 0 takes the data's feature count; each layer's kind is an id resolved in
 * {@link LandscapeServices#layerKinds()}, its settings are read as {@link ModelLayers} says, and its problems are the
 * engine's {@link NetworkDescription#validate} messages (an unknown kind is one, naming it). The optimizer's
 * hyper-parameters are resolved by the optimizer; its {@code lr} is the schedule's base rate. {@code epochs > 0} wins over {@code steps} and is converted with
 * {@link TrainingConfig#ofEpochs}.
 */
public final class ExperimentCompiler {

    /** More parameters than this do not train in reasonable time or memory on a workstation. */
    public static final long MAX_PARAMETERS = 50_000_000L;
    /** More steps than this would not fit the trainer's per-step loss record comfortably. */
    public static final long MAX_STEPS = 100_000_000L;

    private final LandscapeServices services;
    private final OptimizerRegistry registry;
    private final DatasetCache datasets;
    /** The heap a run may use, for {@link RunBudget}. */
    private final long heap;

    /**
     * A compiler using {@link LandscapeServices#current()}: the OSGi services in the workbench and the headless
     * application, those of {@link java.util.ServiceLoader} in a plain JVM.
     */
    public ExperimentCompiler() {
        this(LandscapeServices.current());
    }

    /** A compiler resolving optimizers, layer kinds and analysis kinds in {@code services}, and nowhere else. */
    public ExperimentCompiler(LandscapeServices services) {
        this(services, services.optimizers(), null, Runtime.getRuntime().maxMemory());
    }

    /**
     * A compiler resolving optimizer ids in {@code registry} (e.g. one filled by OSGi services), layer and analysis
     * kinds in {@link LandscapeServices#current()}.
     */
    public ExperimentCompiler(OptimizerRegistry registry) {
        this(LandscapeServices.current(), registry, null, Runtime.getRuntime().maxMemory());
    }

    private ExperimentCompiler(LandscapeServices services, OptimizerRegistry registry, DatasetCache datasets,
            long heap) {
        this.services = services;
        this.registry = registry;
        this.datasets = datasets;
        this.heap = heap;
    }

    /** @return the services this compiler resolves layer kinds and analysis kinds in */
    public LandscapeServices services() {
        return services;
    }

    /** @return the registry this compiler resolves optimizer ids in */
    public OptimizerRegistry optimizers() {
        return registry;
    }

    /**
     * @param bytes the heap a run may use (the default is this JVM's {@link Runtime#maxMemory()})
     * @return a compiler like this one that budgets runs for that heap: what cannot fit is a problem naming the
     *         setting, the estimate and the remedy
     */
    public ExperimentCompiler withHeap(long bytes) {
        return new ExperimentCompiler(services, registry, datasets, bytes);
    }

    /**
     * @return a compiler like this one that reuses the last dataset it built while the dataset's description and
     *         files are unchanged (for editors, which compile on every change; keep one per editor page)
     */
    public ExperimentCompiler reusingDatasets() {
        return new ExperimentCompiler(services, registry, new DatasetCache(), heap);
    }

    /** @return the folder of the experiment's file (for relative data paths), or null when it has none */
    public static Path baseDirectory(Experiment experiment) {
        Resource resource = experiment.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null || !uri.isFile()) {
            return null;
        }
        Path parent = Path.of(uri.toFileString()).toAbsolutePath().getParent();
        return parent;
    }

    /**
     * @return the problems of what a run of the experiment runs: the experiment itself, or when it has variants
     *         each variant (a problem shared by every variant is listed once); empty when all compile (data files
     *         are read to check them)
     */
    public List<ExperimentProblem> check(Experiment experiment) {
        Path baseDir = baseDirectory(experiment);
        if (experiment.getVariants().isEmpty()) {
            return compile(experiment, baseDir, experiment.getSeed()).problems();
        }
        List<ExperimentProblem> problems = new ArrayList<>(Variants.duplicateNames(experiment));
        Map<String, java.util.Set<String>> variantsByMessage = new LinkedHashMap<>();
        Map<String, EObject> elementByMessage = new LinkedHashMap<>();
        for (Variant v : experiment.getVariants()) {
            String label = Variants.label(v);
            List<ExperimentProblem> own = new ArrayList<>();
            Experiment effective = Variants.apply(experiment, v, own);
            problems.addAll(own);
            if (own.isEmpty()) {
                for (ExperimentProblem p : compile(effective, baseDir, experiment.getSeed()).problems()) {
                    variantsByMessage.computeIfAbsent(p.message(), k -> new java.util.LinkedHashSet<>()).add(label);
                    elementByMessage.putIfAbsent(p.message(), v);
                }
            }
        }
        int count = experiment.getVariants().size();
        variantsByMessage.forEach((message, labels) -> problems.add(new ExperimentProblem(
                labels.size() == count && count > 1 ? experiment : elementByMessage.get(message),
                labels.size() == count && count > 1 ? message : "variant '" + String.join("', '", labels) + "': "
                        + message)));
        return problems;
    }

    /**
     * Compiles the experiment as one of its variants runs it ({@link Variants#apply}).
     *
     * @param variant one of the experiment's variants, or null for the experiment itself
     */
    public Compilation compile(Experiment experiment, Variant variant, Path baseDir, long seed) {
        if (variant == null) {
            return compile(experiment, baseDir, seed);
        }
        List<ExperimentProblem> problems = new ArrayList<>();
        Experiment effective = Variants.apply(experiment, variant, problems);
        if (!problems.isEmpty()) {
            return new Compilation(null, problems);
        }
        Compilation c = compile(effective, baseDir, seed);
        if (c.problems().isEmpty()) {
            return c;
        }
        List<ExperimentProblem> named = new ArrayList<>();
        for (ExperimentProblem p : c.problems()) {
            named.add(new ExperimentProblem(variant, "variant '" + Variants.label(variant) + "': " + p.message()));
        }
        return new Compilation(null, named, c.toyOnly());
    }

    /** Compiles with the experiment's seed, resolving files beside the experiment's resource. */
    public Compilation compile(Experiment experiment) {
        return compile(experiment, baseDirectory(experiment), experiment.getSeed());
    }

    /**
     * Compiles the experiment. Never throws for anything a file can contain.
     *
     * @param experiment read only
     * @param baseDir folder that relative data paths are resolved against, or null for the working directory
     * @param seed the run's seed: initialisation, batch order and dropout
     * @return the compiled experiment, or every problem found
     */
    public Compilation compile(Experiment experiment, Path baseDir, long seed) {
        List<ExperimentProblem> problems = new ArrayList<>();
        try {
            if (isToyOnly(experiment, services.analysisKinds())) {
                analysisKinds(experiment, problems);
                return new Compilation(null, problems, true);
            }
            CompiledExperiment compiled = compile(experiment, baseDir, seed, problems);
            analysisKinds(experiment, problems);
            return problems.isEmpty() ? new Compilation(compiled, problems) : new Compilation(null, problems);
        } catch (RuntimeException e) {
            // a last line of defence: an engine check we did not anticipate still becomes a message
            problems.add(new ExperimentProblem(experiment, "experiment: " + e.getMessage()));
            return new Compilation(null, problems);
        }
    }

    private CompiledExperiment compile(Experiment experiment, Path baseDir, long seed,
            List<ExperimentProblem> problems) {
        Split split = null;
        DatasetSpec dataSpec = experiment.getDataset();
        if (dataSpec == null) {
            problems.add(new ExperimentProblem(experiment, "experiment: no dataset; add one"));
        } else {
            split = datasets == null ? null : datasets.lookup(dataSpec, baseDir);
            if (split == null) {
                int before = problems.size();
                split = new DatasetCompiler(baseDir, problems, heap).compile(dataSpec);
                if (datasets != null && split != null && problems.size() == before) {
                    datasets.store(dataSpec, baseDir, split);
                }
            }
        }
        Dataset train = split == null ? null : split.train();
        Dataset validation = split == null || split.validation().size() == 0 ? null : split.validation();

        Network network = null;
        NetworkDescription networkSpec = null;
        NetworkSpec netModel = experiment.getNetwork();
        if (netModel == null) {
            problems.add(new ExperimentProblem(experiment, "experiment: no network; add one"));
        } else {
            NetworkCompiler networks = new NetworkCompiler(services.layerKinds(), MAX_PARAMETERS);
            networkSpec = networks.describe(netModel, train, problems);
            if (networkSpec != null) {
                network = networks.build(netModel, networkSpec, train, problems);
            }
        }

        OptimizerSpec optSpec = experiment.getOptimizer();
        Optimizer optimizer = null;
        HyperParameterValues values = null;
        if (optSpec == null) {
            problems.add(new ExperimentProblem(experiment, "experiment: no optimizer; add one, e.g. sgd or adam"));
        } else {
            optimizer = optimizer(optSpec, problems);
            values = optimizer == null ? null : hyperParameters(optSpec, optimizer, problems);
        }
        LearningRateSchedule schedule = values == null ? null : schedule(optSpec, values.real("lr"),
                experiment.getTraining(), problems);
        TrainingConfig config = schedule == null || train == null ? null
                : training(experiment, optSpec, schedule, train, seed, problems);
        if (!problems.isEmpty() || network == null || config == null) {
            return null;
        }
        // before anything large is allocated: what the run will need against the heap it may use
        if (!new RunBudget(heap, problems).check(experiment, train, validation, network, config)) {
            return null;
        }
        OptimizerInstance instance;
        try {
            instance = optimizer.create(network.parameterCount(), values);
        } catch (IllegalArgumentException e) {
            problems.add(new ExperimentProblem(optSpec, "optimizer '" + optimizer.id() + "': " + e.getMessage()));
            return null;
        }
        double[] params = network.initialParameters(networkSpec.initializer(), seed);
        double[] buffers = network.initialBuffers();
        ImportedModel imported = null;
        if (netModel.getSource() != null) {
            imported = ModelSources.read(netModel.getSource(), network, baseDir, problems);
            if (imported == null) {
                return null;
            }
            params = imported.params();
            buffers = imported.buffers();
        }
        return new CompiledExperiment(experiment.getName() == null ? "experiment" : experiment.getName(), train,
                validation, networkSpec, network, params, buffers, optimizer, values, instance, schedule, config,
                seed, imported);
    }

    /**
     * @return whether the experiment has neither dataset nor network, and only analyses whose registered kinds need
     *         no network ({@link AnalysisKind#needsNetwork()}, e.g. toy surfaces): it trains nothing and its runs
     *         only run those analyses
     */
    public static boolean isToyOnly(Experiment experiment) {
        return isToyOnly(experiment, LandscapeServices.current().analysisKinds());
    }

    private static boolean isToyOnly(Experiment experiment, AnalysisKinds kinds) {
        if (experiment.getDataset() != null || experiment.getNetwork() != null
                || experiment.getAnalyses().isEmpty()) {
            return false;
        }
        for (AnalysisSpec a : experiment.getAnalyses()) {
            AnalysisKind kind = kinds.forSpec(a);
            if (kind == null || kind.needsNetwork()) {
                return false;
            }
        }
        return true;
    }

    /** EAnnotation source by which a spec class may name the bundle that provides its analysis kind. */
    public static final String ANALYSIS_ANNOTATION = "http://www.losslandscape.org/analysis";

    /**
     * Every enabled analysis needs a registered kind, which checks it ({@link AnalysisKind#check}); a missing one is
     * named with the bundle that provides it.
     */
    private void analysisKinds(Experiment experiment, List<ExperimentProblem> problems) {
        AnalysisKinds kinds = services.analysisKinds();
        for (AnalysisSpec a : experiment.getAnalyses()) {
            if (!a.isEnabled()) {
                continue;
            }
            AnalysisKind kind = kinds.forSpec(a);
            if (kind == null) {
                String bundle = EcoreUtil.getAnnotation(a.eClass(), ANALYSIS_ANNOTATION, "bundle");
                problems.add(new ExperimentProblem(a, "analysis '" + a.getName() + "': no analysis kind is "
                        + "registered for " + a.eClass().getName() + " (" + a.eClass().getEPackage().getNsURI()
                        + "); install " + (bundle == null ? "the bundle that provides it" : "the bundle " + bundle)
                        + ", or disable the analysis"));
            } else {
                problems.addAll(kind.check(a, this));
            }
        }
    }

    /**
     * An optimizer resolved for a run: the service and its hyper-parameters.
     *
     * @param optimizer the optimizer service of the spec's id
     * @param values the spec's hyper-parameters resolved by the optimizer (defaults filled in)
     */
    public record ResolvedOptimizer(Optimizer optimizer, HyperParameterValues values) {
    }

    /**
     * Resolves an optimizer spec against this compiler's optimizers, for analysis kinds that run optimizers of their
     * own (e.g. paths on toy surfaces): its id must name a registered optimizer, its hyper-parameters must be keyed
     * once each and accepted by the optimizer.
     *
     * @param problems receives what is wrong, naming the spec
     * @return the optimizer and its values, or null with problems added
     */
    public ResolvedOptimizer resolveOptimizer(OptimizerSpec spec, List<ExperimentProblem> problems) {
        Optimizer optimizer = optimizer(spec, problems);
        HyperParameterValues values = optimizer == null ? null : hyperParameters(spec, optimizer, problems);
        return values == null ? null : new ResolvedOptimizer(optimizer, values);
    }

    private Optimizer optimizer(OptimizerSpec spec, List<ExperimentProblem> problems) {
        String id = spec.getOptimizerId() == null ? "" : spec.getOptimizerId().trim();
        Optimizer optimizer = id.isEmpty() ? null : registry.find(id).orElse(null);
        if (optimizer == null) {
            StringBuilder known = new StringBuilder();
            for (Optimizer o : registry.all()) {
                known.append(known.isEmpty() ? "" : ", ").append(o.id());
            }
            String gone = id.isEmpty() ? null : registry.departedProvider(id).orElse(null);
            problems.add(new ExperimentProblem(spec, id.isEmpty() ? "optimizer: no id given; known: " + known
                    : gone != null ? "optimizer '" + id + "' is not installed: its bundle " + gone
                            + " has been removed; install it again, or choose one of: " + known
                    : "optimizer '" + id + "' is unknown (no installed bundle provides it); known: " + known));
        }
        return optimizer;
    }

    private static HyperParameterValues hyperParameters(OptimizerSpec spec, Optimizer optimizer,
            List<ExperimentProblem> problems) {
        Map<String, String> raw = new LinkedHashMap<>();
        boolean ok = true;
        for (Parameter p : spec.getHyperParameters()) {
            String key = p.getKey() == null ? "" : p.getKey().trim();
            if (key.isEmpty() || raw.putIfAbsent(key, p.getValue() == null ? "" : p.getValue().trim()) != null) {
                problems.add(new ExperimentProblem(p, "optimizer '" + optimizer.id() + "': hyper-parameter '" + key
                        + "' is " + (key.isEmpty() ? "missing its key" : "given twice; keep one")));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        try {
            return optimizer.resolve(raw);
        } catch (IllegalArgumentException e) {
            problems.add(new ExperimentProblem(spec, "optimizer '" + optimizer.id() + "': " + e.getMessage()));
            return null;
        }
    }

    private static LearningRateSchedule schedule(OptimizerSpec optSpec, double lr, TrainingSpec training,
            List<ExperimentProblem> problems) {
        ScheduleSpec s = optSpec.getSchedule();
        if (s == null) {
            return LearningRateSchedule.constant(lr);
        }
        try {
            LearningRateSchedule schedule = switch (s.getKind()) {
                case STEP -> LearningRateSchedule.stepDecay(lr, s.getGamma(), s.getStepEvery());
                case COSINE -> LearningRateSchedule.cosine(lr, s.getMinRate(),
                        training == null || training.getSteps() < 1 ? 1000 : training.getSteps());
                default -> LearningRateSchedule.constant(lr);
            };
            if (s.getWarmupSteps() < 0) {
                problems.add(new ExperimentProblem(s, "schedule: warm-up steps must be ≥ 0, got "
                        + s.getWarmupSteps()));
                return null;
            }
            return s.getWarmupSteps() > 0 ? schedule.withLinearWarmup(s.getWarmupSteps()) : schedule;
        } catch (IllegalArgumentException e) {
            problems.add(new ExperimentProblem(s, "schedule (" + s.getKind().getLiteral() + "): " + e.getMessage()));
            return null;
        }
    }

    private static TrainingConfig training(Experiment experiment, OptimizerSpec optSpec,
            LearningRateSchedule schedule, Dataset train, long seed, List<ExperimentProblem> problems) {
        TrainingSpec t = experiment.getTraining();
        if (t == null) {
            problems.add(new ExperimentProblem(experiment, "experiment: no training settings; add them"));
            return null;
        }
        if (t.getEpochs() < 0 || t.getSteps() < 0) {
            problems.add(new ExperimentProblem(t, "training: steps and epochs must be ≥ 0 (0 = unused)"));
            return null;
        }
        long steps = t.getEpochs() > 0 ? TrainingConfig.ofEpochs(t.getEpochs(), train.size(), t.getBatchSize())
                : t.getSteps();
        if (steps > MAX_STEPS || steps < 0) {
            problems.add(new ExperimentProblem(t, "training: " + steps + " steps exceed the limit of " + MAX_STEPS));
            return null;
        }
        try {
            TrainingConfig config = new TrainingConfig(steps, t.getBatchSize(), t.getEvaluateEvery(),
                    t.getCheckpointEvery(), schedule, optSpec.getClipNorm(), t.getEarlyStoppingPatience(),
                    t.getEarlyStoppingMinDelta(), t.isRestoreBest(), seed);
            if (!Double.isFinite(t.getEarlyStoppingMinDelta()) || t.getEarlyStoppingMinDelta() < 0) {
                problems.add(new ExperimentProblem(t, "training: early-stopping min delta must be ≥ 0"));
                return null;
            }
            return config;
        } catch (IllegalArgumentException e) {
            problems.add(new ExperimentProblem(t, "training: " + e.getMessage()));
            return null;
        }
    }
}
