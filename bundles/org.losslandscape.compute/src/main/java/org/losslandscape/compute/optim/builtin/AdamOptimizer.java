package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.dynamics.StabilityThresholds;
import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;

/**
 * Adam (Kingma &amp; Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015) with bias correction, as
 * {@code torch.optim.Adam} without amsgrad; weight decay is coupled L2 ({@code g += wd * theta}). State:
 * {@code "m"}, {@code "v"}.
 */
public final class AdamOptimizer extends AbstractOptimizer implements StabilityAware {

    /** Creates the service. */
    public AdamOptimizer() {
        super("adam", "Adam",
                "Bias-corrected first and second gradient moments scale each coordinate (Kingma & Ba, ICLR 2015).",
                List.of(Parameters.lr(1e-3), Parameters.beta1(), Parameters.beta2(), Parameters.eps(1e-8),
                        Parameters.coupledWeightDecay()));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        return new AdamInstance(dimension, values.real(Parameters.BETA1), values.real(Parameters.BETA2),
                values.real(Parameters.EPS), values.real(Parameters.WEIGHT_DECAY), false);
    }

    /** On the preconditioned sharpness, {@code (2 + 2β₁)/(η(1 − β₁))}: see {@link StabilityThresholds#adam}. */
    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values) {
        return StabilityThresholds.adam(learningRate, values.real(Parameters.BETA1));
    }

    /** {@code P = √v̂ + ε} from the state's {@code "v"} and {@code "step"}. */
    @Override
    public boolean preconditioned() {
        return true;
    }

    @Override
    public double[] preconditioner(OptimizerInstance instance, HyperParameterValues values) {
        return StabilityThresholds.adamPreconditioner(instance.state(), values.real(Parameters.BETA2),
                values.real(Parameters.EPS));
    }

    @Override
    public String thresholdFormula() {
        return "(2 + 2β₁)/(η(1 − β₁)) on λ_max(P⁻¹H)";
    }
}
