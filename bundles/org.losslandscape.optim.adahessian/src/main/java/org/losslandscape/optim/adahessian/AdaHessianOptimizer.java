package org.losslandscape.optim.adahessian;

import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.objective.CurvatureObjective;
import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.AbstractOptimizerInstance;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.optim.StepContext;

/**
 * AdaHessian (Yao, Gholami, Shen, Mustafa, Keutzer &amp; Mahoney, "ADAHESSIAN: An Adaptive Second Order Optimizer
 * for Machine Learning", AAAI 2021): Adam with the squared gradient replaced by the square of a Hutchinson estimate
 * of the Hessian diagonal, {@code D = z ⊙ (H z)} with a Rademacher vector z, one exact Hessian-vector product per
 * step from the step context. With the reference implementation's arithmetic:
 * <pre>
 * m = β₁ m + (1 − β₁) g
 * v = β₂ v + (1 − β₂) D ⊙ D
 * θ = θ − η (m / (1 − β₁ᵗ) / ((√v)ᵏ / √(1 − β₂ᵗ)ᵏ + ε) + λ θ)
 * </pre>
 * k is the Hessian power (1 in the paper). The paper's spatial averaging over convolution kernels is not applied:
 * the engine's parameters are one flat vector (block size 1). z is drawn from the seed and the step number, so a
 * run is deterministic and a restored state continues bit-identically. State: {@code "m"}, {@code "v"}.
 * <p>
 * The update has Adam's structure with the preconditioner {@code P = (√v̂)ᵏ + ε}, so it declares Adam's threshold
 * {@code (2 + 2β₁)/(η(1 − β₁))} on the preconditioned sharpness λ_max(P⁻¹H) (Cohen et al. 2022, arXiv:2207.14484,
 * derive it for Adam with the preconditioner frozen; the same linearisation holds here).
 * <p>
 * An example of a curvature-aware optimizer bundle built as a third party would, on the public API only.
 */
public final class AdaHessianOptimizer extends AbstractOptimizer implements StabilityAware {

    /** The id. */
    public static final String ID = "adahessian";
    static final String M = "m";
    static final String V = "v";
    private static final String BETA1 = "beta1";
    private static final String BETA2 = "beta2";
    private static final String EPS = "eps";
    private static final String WEIGHT_DECAY = "weight_decay";
    private static final String POWER = "hessian_power";
    private static final String SEED = "seed";

    /** Creates the service. */
    public AdaHessianOptimizer() {
        super(ID, "AdaHessian",
                "Adam with a Hutchinson estimate of the Hessian diagonal in place of the squared gradient "
                        + "(Yao et al., AAAI 2021).",
                List.of(HyperParameter.real("lr", "Learning rate", 0.15, 0, 10,
                        "Base step size (the paper's default 0.15).").withMinExclusive().withLogScale(),
                        HyperParameter.real(BETA1, "beta1", 0.9, 0, 1, "Decay of the gradient's moving average.")
                                .withMaxExclusive(),
                        HyperParameter.real(BETA2, "beta2", 0.999, 0, 1,
                                "Decay of the moving average of the squared Hessian-diagonal estimate.")
                                .withMaxExclusive(),
                        HyperParameter.real(EPS, "epsilon", 1e-4, 0, 1, "Added to the denominator.")
                                .withMinExclusive().withLogScale(),
                        HyperParameter.real(WEIGHT_DECAY, "Weight decay", 0, 0, 1,
                                "Decoupled decay, lr * wd * theta subtracted each step (as the reference code)."),
                        HyperParameter.real(POWER, "Hessian power (k)", 1, 0, 1,
                                "Exponent k of the root of the curvature average: 1 is AdaHessian, 0 is SGD with "
                                        + "momentum."),
                        HyperParameter.integer(SEED, "Probe seed", 0, 0, Integer.MAX_VALUE,
                                "Seed of the Rademacher probes of the Hutchinson estimate.")));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        return new Instance(dimension, values);
    }

    /** See {@link AdaHessianOptimizer}. */
    private static final class Instance extends AbstractOptimizerInstance {

        private final double beta1;
        private final double beta2;
        private final double eps;
        private final double weightDecay;
        private final double power;
        private final long seed;
        private final double[] probe;
        private final double[] product;

        Instance(int dimension, HyperParameterValues values) {
            super(dimension, M, V);
            beta1 = values.real(BETA1);
            beta2 = values.real(BETA2);
            eps = values.real(EPS);
            weightDecay = values.real(WEIGHT_DECAY);
            power = values.real(POWER);
            seed = values.integer(SEED);
            probe = new double[dimension];
            product = new double[dimension];
        }

        @Override
        protected void update(double[] params, double[] gradient, StepContext context, long t) {
            CurvatureObjective curvature = context.requireCurvature(ID);
            rademacher(seed, t, probe);
            curvature.hessianVectorProduct(params, probe, product);
            double lr = context.learningRate();
            double[] m = vector(M);
            double[] v = vector(V);
            double correction1 = 1 - Math.pow(beta1, t);
            double root2 = Math.pow(Math.sqrt(1 - Math.pow(beta2, t)), power);
            for (int i = 0; i < params.length; i++) {
                double d = probe[i] * product[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gradient[i];
                v[i] = beta2 * v[i] + (1 - beta2) * d * d;
                double denom = Math.pow(Math.sqrt(v[i]), power) / root2 + eps;
                params[i] -= lr * (m[i] / correction1 / denom + weightDecay * params[i]);
            }
        }
    }

    /** Fills {@code z} with ±1 drawn from {@code seed} and the step number {@code t} alone. */
    static void rademacher(long seed, long t, double[] z) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + t);
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextBoolean() ? 1 : -1;
        }
    }

    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        double beta1 = values.real(BETA1);
        return (2 + 2 * beta1) / (learningRate * (1 - beta1));
    }

    @Override
    public boolean preconditioned() {
        return true;
    }

    /** {@code P = (√(v / (1 − β₂ᵗ)))ᵏ + ε} from the instance's state. */
    @Override
    public double[] preconditioner(OptimizerInstance instance, HyperParameterValues values) {
        var state = instance.state();
        double steps = state.get("step")[0];
        if (steps < 1) {
            throw new IllegalArgumentException("the preconditioner is undefined before the first step");
        }
        double[] v = state.get(V);
        double power = values.real(POWER);
        double root2 = Math.pow(Math.sqrt(1 - Math.pow(values.real(BETA2), steps)), power);
        double[] p = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            p[i] = Math.pow(Math.sqrt(v[i]), power) / root2 + values.real(EPS);
        }
        return p;
    }

    @Override
    public String thresholdFormula() {
        return "(2 + 2β₁)/(η(1 − β₁)) on λ_max(P⁻¹H)";
    }
}
