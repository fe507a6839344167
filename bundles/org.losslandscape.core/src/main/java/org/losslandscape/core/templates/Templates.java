package org.losslandscape.core.templates;

import java.util.List;
import java.util.Optional;

import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.EdgeOfStabilityAnalysis;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.InitializerKind;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LayerKind;
import org.losslandscape.model.LossKind;
import org.losslandscape.model.ModeConnectivityAnalysis;
import org.losslandscape.model.SharpnessAnalysis;
import org.losslandscape.model.SharpnessDefinition;
import org.losslandscape.model.SpectralDensityAnalysis;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TraceAnalysis;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.ToySurfaceAnalysis;
import org.losslandscape.model.ToySurfaceKind;

/**
 * The built-in experiment templates, each a small, complete experiment that shows one thing. The dataset
 * parameter keys are those documented on {@code ExperimentCompiler}.
 */
public final class Templates {

    private static final LandscapeFactory F = ExperimentBuilder.factory();
    private static final int REGULARISER_DEPTH = 10;
    private static final int[] DOUBLE_DESCENT_FEATURES = {10, 25, 50, 60, 75, 90, 100, 110, 125, 150, 200, 300,
        500, 1000};

    private static final List<Template> ALL = List.of(
            new Template("tour", "a small MLP on two moons: training curves, a 2D landscape with the trajectory, "
                    + "the Hessian's top eigenvalues and spectral density, in about a minute", Templates::tour),
            new Template("grokking", "modular addition (p = 97) with AdamW and weight decay 1.0: validation accuracy "
                    + "jumps long after the training set is fitted", Templates::grokking),
            new Template("saddle-toy", "a two-weight network whose loss has a saddle at the origin: gradient descent "
                    + "started beside it crawls, then escapes", Templates::saddleToy),
            new Template("sgd-vs-sam", "SGD and sharpness-aware minimisation on the same task: SAM's solution "
                    + "has the lower λ_max; accuracy, sharpness and landscapes side by side", Templates::sgdVsSam),
            new Template("flat-vs-sharp", "small-batch SGD against full-batch gradient descent at the same step "
                    + "size: λ_max, validation accuracy and the two landscapes on one colour scale",
                    Templates::flatVsSharp),
            new Template("edge-of-stability", "full-batch gradient descent with MSE: λ_max rises to 2/η and hovers "
                    + "there while the loss keeps falling", Templates::edgeOfStability),
            new Template("mode-connectivity", "two solutions of the same task joined by a straight line and a "
                    + "trained Bezier curve: the barrier between them", Templates::modeConnectivity),
            new Template("double-descent", "random-features regression swept over the number of features: the "
                    + "test error peaks where the features equal the training rows, then falls", Templates::doubleDescent),
            new Template("early-stopping", "a wide network over-fits noisy data: the validation loss has its "
                    + "minimum long before the end, marked on the curves with the gap it closes",
                    Templates::earlyStopping),
            new Template("regularisers", "one deep network on two spirals, plain and with weight decay, dropout, "
                    + "batch norm, layer norm or residual connections: their landscapes on one colour scale",
                    Templates::regularisers),
            new Template("toy-surfaces", "nine textbook test functions with their critical points found and typed, "
                    + "and gradient descent, momentum and Adam paths on each", Templates::toySurfaces),
            new Template("local-minimum", "a wide shallow well beside a narrow deep one: gradient descent stops in "
                    + "the local minimum, heavy-ball momentum rolls through to the global one", Templates::localMinimum),
            new Template("saddle-escape", "gradient descent started on the stable line of the saddle x² − y² "
                    + "converges to the saddle; a little gradient noise escapes it", Templates::saddleEscape),
            new Template("spirals-landscape", "a deeper MLP on two spirals: a filter-normalised 2D landscape around "
                    + "the solution with the PCA trajectory on top", Templates::spiralsLandscape));

    private Templates() {
    }

    /** @return every template, in the order {@code new --list} shows them */
    public static List<Template> all() {
        return ALL;
    }

    /** @return the template with that name */
    public static Optional<Template> find(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static SurfaceAnalysis surface(DirectionKind kind, int resolution) {
        SurfaceAnalysis s = F.createSurfaceAnalysis();
        s.setDimensions(2);
        s.setDirectionKind(kind);
        s.setResolution(resolution);
        return s;
    }

    private static HessianAnalysis hessian(int topK) {
        HessianAnalysis h = F.createHessianAnalysis();
        h.setTopK(topK);
        h.setMethod(HessianMethod.LANCZOS);
        return h;
    }

    private static SharpnessAnalysis sharpness(SharpnessDefinition definition) {
        SharpnessAnalysis s = F.createSharpnessAnalysis();
        s.setDefinition(definition);
        return s;
    }

    static Experiment tour() {
        SpectralDensityAnalysis density = F.createSpectralDensityAnalysis();
        density.setProbes(4);
        density.setLanczosSteps(40);
        TraceAnalysis trace = F.createTraceAnalysis();
        trace.setProbes(50);
        return new ExperimentBuilder("tour", "Two moons, an MLP 2-32-32-2 (tanh) and Adam: the curves, the landscape "
                + "around the solution with the optimizer's path, and the curvature there.", 1)
                .tags("tour", "landscape", "curvature")
                .dataset(DatasetKind.TWO_MOONS, 0.25, "n_per_class", 200, "noise", 0.15)
                .dense(32).layer(LayerKind.TANH).dense(32).layer(LayerKind.TANH).dense(2)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("adam", "lr", 0.01)
                .training(600, 0, 20, 20)
                .analysis(surface(DirectionKind.PCA_TRAJECTORY, 41), "landscape (PCA of the trajectory)")
                .analysis(F.createTrajectoryPcaAnalysis(), "trajectory")
                .analysis(hessian(5), "top eigenvalues")
                .analysis(trace, "trace")
                .analysis(density, "spectral density")
                .analysis(sharpness(SharpnessDefinition.LAMBDA_MAX), "sharpness")
                .build();
    }

    static Experiment grokking() {
        return new ExperimentBuilder("grokking", "Power et al. 2022: an MLP on modular addition with 30 % of the "
                + "pairs for training. Training accuracy reaches 1 within a few hundred steps; validation accuracy "
                + "follows thousands of steps later, driven by weight decay.", 0)
                .tags("grokking", "generalisation")
                .dataset(DatasetKind.MODULAR_ARITHMETIC, 0.7, "p", 97, "operation", "+", "encoding", "one_hot")
                .dense(256).layer(LayerKind.RELU).dense(97)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("adamw", "lr", 1e-3, "weight_decay", 1.0)
                .training(30_000, 0, 100, 0)
                .build();
    }

    static Experiment saddleToy() {
        return new ExperimentBuilder("saddle-toy", "ŷ = w₂·tanh(w₁·x) fitted to a sine: the origin is a saddle "
                + "(zero gradient, one negative curvature direction). Gradient descent from a tiny initialisation "
                + "lingers near it before it escapes to one of the two minima.", 3)
                .tags("saddle", "toy")
                .dataset(DatasetKind.SINE_REGRESSION, 0.0, "n", 64, "noise", 0.05)
                .denseNoBias(1).layer(LayerKind.TANH).denseNoBias(1)
                .loss(LossKind.MSE)
                .initializer(InitializerKind.NORMAL, 0.01)
                .optimizer("sgd", "lr", 0.1)
                .training(400, 0, 5, 5)
                .analysis(surface(DirectionKind.RANDOM, 41), "landscape")
                .analysis(F.createTrajectoryPcaAnalysis(), "trajectory")
                .analysis(hessian(2), "eigenvalues at the end")
                .build();
    }

    private static ToySurfaceAnalysis toy(ToySurfaceKind kind, int steps, String... starts) {
        ToySurfaceAnalysis t = F.createToySurfaceAnalysis();
        t.setSurface(kind);
        t.setSteps(steps);
        t.getStarts().addAll(List.of(starts));
        return t;
    }

    private static OptimizerSpec optimizer(String id, Object... keyValues) {
        OptimizerSpec o = F.createOptimizerSpec();
        o.setOptimizerId(id);
        for (int i = 0; i < keyValues.length; i += 2) {
            o.getHyperParameters().add(ExperimentBuilder.parameter((String) keyValues[i], keyValues[i + 1]));
        }
        return o;
    }

    /** The toy analysis with gradient descent, heavy-ball momentum and Adam at the given step sizes. */
    private static ToySurfaceAnalysis withThree(ToySurfaceAnalysis t, double gdRate, double adamRate) {
        t.getOptimizers().add(optimizer("sgd", "lr", gdRate));
        t.getOptimizers().add(optimizer("momentum", "lr", gdRate, "momentum", 0.9));
        t.getOptimizers().add(optimizer("adam", "lr", adamRate));
        return t;
    }

    static Experiment toySurfaces() {
        return new ExperimentBuilder("toy-surfaces", "Classic two-dimensional test functions. On each: the critical "
                + "points found by Newton's method on the gradient and typed by the Hessian's eigenvalues (minimum, "
                + "saddle with its index, maximum, degenerate), and the paths of gradient descent, heavy-ball momentum "
                + "and Adam from one start.", 8)
                .tags("toy", "critical points", "optimizers")
                .toyOnly()
                .analysis(withThree(toy(ToySurfaceKind.QUADRATIC_BOWL, 100, "-1.8, 1.5"), 0.15, 0.1),
                        "ill-conditioned bowl")
                .analysis(withThree(toy(ToySurfaceKind.SADDLE, 40, "1.8, 0.05"), 0.05, 0.02), "saddle")
                .analysis(withThree(toy(ToySurfaceKind.MONKEY_SADDLE, 100, "1.2, 0.3"), 0.01, 0.01), "monkey saddle")
                .analysis(withThree(toy(ToySurfaceKind.ROSENBROCK, 3000, "-1.5, 2.5"), 0.0005, 0.02), "rosenbrock")
                .analysis(withThree(toy(ToySurfaceKind.HIMMELBLAU, 300, "-0.5, -0.5"), 0.005, 0.1), "himmelblau")
                .analysis(withThree(toy(ToySurfaceKind.RASTRIGIN, 300, "4.2, 3.3"), 0.002, 0.05), "rastrigin")
                .analysis(withThree(toy(ToySurfaceKind.BEALE, 2000, "-2, 2"), 0.0005, 0.05), "beale")
                .analysis(withThree(toy(ToySurfaceKind.SIX_HUMP_CAMEL, 300, "-2.5, 1.5"), 0.01, 0.05),
                        "six-hump camel")
                .analysis(withThree(toy(ToySurfaceKind.DECEPTIVE_WELLS, 1000, "-3.5, 0.5"), 0.05, 0.05),
                        "deceptive wells")
                .build();
    }

    static Experiment localMinimum() {
        ToySurfaceAnalysis t = toy(ToySurfaceKind.DECEPTIVE_WELLS, 3000, "-3.5, 0");
        t.getOptimizers().add(optimizer("sgd", "lr", 0.05));
        t.getOptimizers().add(optimizer("momentum", "lr", 0.05, "momentum", 0.98));
        return new ExperimentBuilder("local-minimum", "A wide, shallow well (local minimum at x ≈ −1.36) beside a "
                + "narrow, deep one (global minimum at x ≈ 1.49). With the same step size, gradient descent settles "
                + "in the first well it meets; heavy-ball momentum carries enough speed over the barrier.", 9)
                .tags("toy", "local minimum", "momentum")
                .toyOnly()
                .analysis(t, "deceptive wells")
                .build();
    }

    static Experiment saddleEscape() {
        ToySurfaceAnalysis t = toy(ToySurfaceKind.SADDLE, 100, "1.9, 0");
        t.getOptimizers().add(optimizer("sgd", "lr", 0.05));
        t.setNoise(1e-3);
        return new ExperimentBuilder("saddle-escape", "On x² − y², gradient descent started on the line y = 0 (the "
                + "saddle's stable manifold) converges to the saddle at the origin: the gradient never points off "
                + "the line. Gradient noise of σ = 0.001, as mini-batches give, moves it off the line and the "
                + "negative curvature does the rest.", 10)
                .tags("toy", "saddle", "noise")
                .toyOnly()
                .analysis(t, "saddle")
                .build();
    }

    static Experiment flatVsSharp() {
        return new ExperimentBuilder("flat-vs-sharp", "Keskar et al. 2017: at the same step size, small-batch "
                + "SGD ends in flatter minima than full-batch gradient descent, which trains at the edge of "
                + "stability with λ_max ≈ 2/η. Compare λ_max, validation accuracy and the two landscapes; whether "
                + "the flatter minimum also generalises better depends on the task (Dinh et al. 2017; Jiang et al. "
                + "2020).", 11)
                .tags("sharpness", "batch size", "generalisation")
                .dataset(DatasetKind.TWO_MOONS, 0.3, "n_per_class", 200, "noise", 0.25)
                .dense(64).layer(LayerKind.TANH).dense(64).layer(LayerKind.TANH).dense(2)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("sgd", "lr", 0.3)
                .training(3000, 0, 100, 0)
                .variant("small-batch SGD (16)", Double.NaN, "training.batchSize", 16)
                .variant("full-batch GD", Double.NaN, "training.batchSize", 0)
                .analysis(sharpness(SharpnessDefinition.LAMBDA_MAX), "λ_max")
                .analysis(sharpness(SharpnessDefinition.ADAPTIVE), "adaptive sharpness")
                .analysis(surface(DirectionKind.FILTER_NORMALISED, 25), "landscape")
                .build();
    }

    static Experiment earlyStopping() {
        return new ExperimentBuilder("early-stopping", "A wide MLP on few, noisy points: the training loss keeps "
                + "falling while the validation loss turns up once the network fits the noise. The curves mark the "
                + "step of the lowest validation loss, where early stopping (patience > 0 in the training settings) "
                + "would stop and restore the weights.", 12)
                .tags("early stopping", "generalisation", "over-fitting")
                .dataset(DatasetKind.TWO_MOONS, 0.5, "n_per_class", 60, "noise", 0.35)
                .dense(256).layer(LayerKind.RELU).dense(256).layer(LayerKind.RELU).dense(2)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("sgd", "lr", 0.1)
                .training(3000, 0, 20, 0)
                .build();
    }

    /** The regulariser comparison's network: {@value #REGULARISER_DEPTH} hidden ReLU layers of 32, the later ones
     * each made by {@code between}. */
    private static ExperimentBuilder deep(ExperimentBuilder b, java.util.function.UnaryOperator<ExperimentBuilder>
            between) {
        b.dense(32).layer(LayerKind.RELU);
        for (int i = 1; i < REGULARISER_DEPTH; i++) {
            between.apply(b);
        }
        return b.dense(2);
    }

    static Experiment regularisers() {
        java.util.function.UnaryOperator<ExperimentBuilder> plain = b -> b.dense(32).layer(LayerKind.RELU);
        HessianAnalysis curvature = hessian(1);
        curvature.setBottomK(1);
        return deep(new ExperimentBuilder("regularisers", "Li et al. 2018 found that skip connections turn the "
                + "chaotic landscape of a very deep plain network into a smooth bowl. Here one ReLU MLP ("
                + REGULARISER_DEPTH + " hidden layers of 32) on two spirals is trained plain and with weight decay, "
                + "dropout, batch normalisation, layer normalisation or residual blocks. Each landscape is a "
                + "filter-normalised slice around its solution, on one shared colour scale; the curvature analysis "
                + "gives λ_max, λ_min and Li et al.'s non-convexity ratio |λ_min/λ_max|. With 20 hidden layers "
                + "(and PyTorch's default initialisation) the plain, weight-decay, dropout and layer-norm variants "
                + "no longer train at all, while batch norm and residual blocks still do.", 13)
                .tags("regularisation", "landscape", "normalisation", "residual")
                .dataset(DatasetKind.TWO_SPIRALS, 0.25, "n_per_class", 200, "noise", 0.1)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("adamw", "lr", 0.003, "weight_decay", 0.0)
                .training(1500, 64, 50, 0), plain)
                .variant("plain", Double.NaN)
                .variant("weight decay", Double.NaN, "optimizer.hyperParameters.weight_decay", 0.05)
                .variantNetwork("dropout", b -> deep(b, x -> x.dense(32).layer(LayerKind.RELU)
                        .layer(LayerKind.DROPOUT, "rate", 0.1)))
                .variantNetwork("batch norm", b -> deep(b, x -> x.dense(32).layer(LayerKind.BATCH_NORM)
                        .layer(LayerKind.RELU)))
                .variantNetwork("layer norm", b -> deep(b, x -> x.dense(32).layer(LayerKind.LAYER_NORM)
                        .layer(LayerKind.RELU)))
                .variantNetwork("residual", b -> deep(b, x -> x.residual(r -> r.dense(32).layer(LayerKind.RELU))))
                .analysis(surface(DirectionKind.FILTER_NORMALISED, 25), "landscape")
                .analysis(curvature, "curvature")
                .build();
    }

    static Experiment sgdVsSam() {
        return new ExperimentBuilder("sgd-vs-sam", "Foret et al. 2021: SAM steps with the gradient at the worst "
                + "point of a ρ-ball around the weights and so ends in flatter minima than SGD at the same step size. "
                + "Both variants train the same network from the same seed; compare λ_max, adaptive sharpness, "
                + "validation accuracy and the landscapes on one colour scale.", 2)
                .tags("sam", "sharpness")
                .dataset(DatasetKind.TWO_SPIRALS, 0.3, "n_per_class", 200, "noise", 0.1)
                .dense(64).layer(LayerKind.RELU).dense(64).layer(LayerKind.RELU).dense(2)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("sgd", "lr", 0.1)
                .training(5000, 32, 100, 0)
                .variant("sgd", Double.NaN)
                .variantOptimizer("sam", "sam", "base", "sgd", "lr", 0.1, "rho", 0.05)
                .analysis(sharpness(SharpnessDefinition.LAMBDA_MAX), "λ_max")
                .analysis(sharpness(SharpnessDefinition.ADAPTIVE), "adaptive sharpness")
                .analysis(surface(DirectionKind.FILTER_NORMALISED, 25), "landscape")
                .build();
    }

    static Experiment edgeOfStability() {
        EdgeOfStabilityAnalysis eos = F.createEdgeOfStabilityAnalysis();
        eos.setEvery(10);
        return new ExperimentBuilder("edge-of-stability", "Cohen et al. 2021: with full-batch gradient descent at "
                + "step size η, the sharpness λ_max rises until it reaches 2/η and then hovers there while the loss "
                + "still falls, non-monotonically.", 4)
                .tags("edge of stability", "curvature")
                .dataset(DatasetKind.TWO_SPIRALS, 0.2, "n_per_class", 100, "noise", 0.05)
                .dense(64).layer(LayerKind.TANH).dense(64).layer(LayerKind.TANH).dense(2)
                .loss(LossKind.MSE)
                .optimizer("sgd", "lr", 0.1)
                .training(4000, 0, 10, 0)
                .analysis(eos, "λ_max against 2/η")
                .build();
    }

    static Experiment modeConnectivity() {
        ModeConnectivityAnalysis mc = F.createModeConnectivityAnalysis();
        mc.setBezier(true);
        mc.setAlignPermutations(true);
        mc.setPoints(21);
        return new ExperimentBuilder("mode-connectivity", "Garipov et al. 2018, Ainsworth et al. 2023: two runs of "
                + "the same network from different seeds; the loss along the straight line between them has a "
                + "barrier, a trained Bezier curve and permutation alignment lower it. Run it twice: each further run "
                + "takes a seed no completed run has used (or run it once with --runs 2).", 5)
                .tags("mode connectivity")
                .dataset(DatasetKind.TWO_MOONS, 0.25, "n_per_class", 200, "noise", 0.15)
                .dense(256).layer(LayerKind.RELU).dense(256).layer(LayerKind.RELU).dense(2)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("adam", "lr", 0.01)
                .training(1000, 0, 50, 0)
                .analysis(mc, "connectivity")
                .build();
    }

    static Experiment doubleDescent() {
        ExperimentBuilder b = new ExperimentBuilder("double-descent", "Belkin et al. 2019: least-squares fits on "
                + "random ReLU features of 100 training rows, one variant per number of features, each fitted by "
                + "full-batch gradient descent from zero. The test error falls, rises as the features approach the "
                + "number of rows (the fit interpolates the noise through an ill-conditioned system) and falls again "
                + "beyond it, where gradient descent from zero converges to the minimum-norm interpolant. In finite "
                + "steps it cannot fit the nearly singular directions at exactly 100 features, so the peak shows a "
                + "little before.", 6)
                .tags("double descent", "generalisation")
                .dataset(DatasetKind.RANDOM_FEATURES, 0.5, "n", 200, "d", 20, "features", 100, "noise", 0.3)
                .denseNoBias(1)
                .initializer(InitializerKind.ZEROS, 0)
                .loss(LossKind.MSE)
                .optimizer("sgd", "lr", 0.5)
                .training(20_000, 0, 500, 0)
                .variantAxis("random features");
        for (int features : DOUBLE_DESCENT_FEATURES) {
            b.variant(features + " features", features, "dataset.parameters.features", features);
        }
        return b.build();
    }

    static Experiment spiralsLandscape() {
        return new ExperimentBuilder("spirals-landscape", "Li et al. 2018: a filter-normalised 2D slice of the loss "
                + "around a trained MLP, with the optimizer's trajectory projected on the PCA plane beside it.", 7)
                .tags("landscape")
                .dataset(DatasetKind.TWO_SPIRALS, 0.25, "n_per_class", 200, "noise", 0.1, "turns", 1.5)
                .dense(64).layer(LayerKind.TANH).dense(64).layer(LayerKind.TANH).dense(64).layer(LayerKind.TANH)
                .dense(2)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("adam", "lr", 0.005)
                .training(1500, 0, 50, 50)
                .analysis(surface(DirectionKind.FILTER_NORMALISED, 51), "filter-normalised landscape")
                .analysis(surface(DirectionKind.PCA_TRAJECTORY, 41), "PCA-plane landscape")
                .analysis(F.createTrajectoryPcaAnalysis(), "trajectory")
                .build();
    }
}
