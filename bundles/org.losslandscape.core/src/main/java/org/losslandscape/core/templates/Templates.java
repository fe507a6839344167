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

/**
 * The built-in experiment templates, each a small, complete experiment that shows one thing. The dataset
 * parameter keys are those documented on {@code ExperimentCompiler}.
 */
public final class Templates {

    private static final LandscapeFactory F = ExperimentBuilder.factory();

    private static final List<Template> ALL = List.of(
            new Template("tour", "a small MLP on two moons: training curves, a 2D landscape with the trajectory, "
                    + "the Hessian's top eigenvalues and spectral density, in about a minute", Templates::tour),
            new Template("grokking", "modular addition (p = 97) with AdamW and weight decay 1.0: validation accuracy "
                    + "jumps long after the training set is fitted", Templates::grokking),
            new Template("saddle-toy", "a two-weight network whose loss has a saddle at the origin: gradient descent "
                    + "started beside it crawls, then escapes", Templates::saddleToy),
            new Template("sgd-vs-sam", "sharpness-aware minimisation on two spirals: compare its λ_max and "
                    + "accuracy with plain SGD by switching the optimizer to sgd", Templates::sgdVsSam),
            new Template("edge-of-stability", "full-batch gradient descent with MSE: λ_max rises to 2/η and hovers "
                    + "there while the loss keeps falling", Templates::edgeOfStability),
            new Template("mode-connectivity", "two solutions of the same task joined by a straight line and a "
                    + "trained Bezier curve: the barrier between them", Templates::modeConnectivity),
            new Template("double-descent", "random-features regression: test error against the number of features "
                    + "peaks where they equal the training rows", Templates::doubleDescent),
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

    static Experiment sgdVsSam() {
        return new ExperimentBuilder("sgd-vs-sam", "Foret et al. 2021: SAM steps with the gradient at the worst "
                + "point of a ρ-ball and ends in flatter minima. Run it, switch the optimizer to sgd, run again and "
                + "compare λ_max and validation accuracy.", 2)
                .tags("sam", "sharpness")
                .dataset(DatasetKind.TWO_SPIRALS, 0.3, "n_per_class", 200, "noise", 0.1)
                .dense(64).layer(LayerKind.RELU).dense(64).layer(LayerKind.RELU).dense(2)
                .loss(LossKind.CROSS_ENTROPY)
                .optimizer("sam", "base", "sgd", "lr", 0.1, "rho", 0.05)
                .training(2000, 32, 100, 0)
                .analysis(sharpness(SharpnessDefinition.LAMBDA_MAX), "λ_max")
                .analysis(sharpness(SharpnessDefinition.ADAPTIVE), "adaptive sharpness")
                .analysis(surface(DirectionKind.FILTER_NORMALISED, 31), "landscape")
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
                .optimizer("sgd", "lr", 0.2)
                .training(2000, 0, 10, 0)
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
                + "barrier, a trained Bezier curve and permutation alignment lower it. Run it twice.", 5)
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
        return new ExperimentBuilder("double-descent", "Belkin et al. 2019: least-squares fits on random ReLU "
                + "features; the test error peaks where the number of features equals the number of training rows "
                + "and falls again beyond it. This run fits one width; vary 'features' to trace the curve.", 6)
                .tags("double descent", "generalisation")
                .dataset(DatasetKind.RANDOM_FEATURES, 0.5, "n", 200, "d", 20, "features", 100, "noise", 0.1)
                .denseNoBias(1)
                .loss(LossKind.MSE)
                .optimizer("sgd", "lr", 0.05)
                .training(4000, 0, 100, 0)
                .build();
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
