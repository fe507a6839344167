package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.dynamics.StabilityThresholds;
import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.AbstractOptimizerInstance;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;

/**
 * Adagrad (Duchi, Hazan &amp; Singer, "Adaptive Subgradient Methods for Online Learning and Stochastic
 * Optimization", JMLR 2011) as {@code torch.optim.Adagrad} with initial accumulator 0 and no lr decay (use a
 * schedule): {@code g += wd * theta; s += g^2; theta -= lr * g / (sqrt(s) + eps)}. State: {@code "sum"} (s).
 */
public final class AdagradOptimizer extends AbstractOptimizer implements StabilityAware {

    static final String SUM = "sum";

    /** Creates the service. */
    public AdagradOptimizer() {
        super("adagrad", "Adagrad",
                "Per-coordinate steps scaled by the root of the summed squared gradients (Duchi et al., JMLR 2011).",
                List.of(Parameters.lr(0.01), Parameters.eps(1e-10), Parameters.coupledWeightDecay()));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double eps = values.real(Parameters.EPS);
        double wd = values.real(Parameters.WEIGHT_DECAY);
        return new AbstractOptimizerInstance(dimension, SUM) {
            @Override
            protected void update(double[] params, double[] gradient, double lr, long t) {
                addCoupledDecay(gradient, params, wd);
                double[] s = vector(SUM);
                for (int i = 0; i < params.length; i++) {
                    double g = gradient[i];
                    s[i] += g * g;
                    params[i] -= lr * (g / (Math.sqrt(s[i]) + eps));
                }
            }
        };
    }

    /**
     * With the preconditioner {@code P = √sum + ε} frozen, an Adagrad step is gradient descent on {@code P⁻¹H}: the
     * threshold is {@code 2/η} on the preconditioned sharpness (the linearisation of Cohen et al. 2022,
     * arXiv:2207.14484). The preconditioner only grows, so Adagrad tends to move away from this edge.
     */
    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values) {
        return StabilityThresholds.gradientDescent(learningRate);
    }

    @Override
    public boolean preconditioned() {
        return true;
    }

    @Override
    public double[] preconditioner(OptimizerInstance instance, HyperParameterValues values) {
        return StabilityThresholds.rootPreconditioner(instance.state(), SUM, 1, values.real(Parameters.EPS));
    }

    @Override
    public String thresholdFormula() {
        return "2/η on λ_max(P⁻¹H)";
    }
}
