package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.dynamics.StabilityThresholds;
import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.AbstractOptimizerInstance;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;

/**
 * Nesterov momentum (Nesterov 1983; Sutskever et al., "On the importance of initialization and momentum in deep
 * learning", ICML 2013) in PyTorch's form ({@code torch.optim.SGD(nesterov=True)}, dampening 0):
 * {@code g += wd * theta; v = mu * v + g; theta -= lr * (g + mu * v)}. Decoupled weight decay as in
 * {@link SgdOptimizer}. State: {@code "momentum_buffer"} (v).
 */
public final class NesterovOptimizer extends AbstractOptimizer implements StabilityAware {

    /** Creates the service. */
    public NesterovOptimizer() {
        super("nesterov", "Nesterov momentum",
                "Nesterov accelerated gradient, v = mu * v + g, theta -= lr * (g + mu * v) "
                        + "(Nesterov 1983; Sutskever et al. 2013; PyTorch form).",
                List.of(Parameters.lr(0.01), Parameters.momentum(0.9, false), Parameters.sgdWeightDecay(),
                        Parameters.decoupledWeightDecay()));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double mu = values.real(Parameters.MOMENTUM);
        double wd = values.real(Parameters.WEIGHT_DECAY);
        boolean decoupled = values.bool(Parameters.DECOUPLED);
        return new AbstractOptimizerInstance(dimension, MomentumOptimizer.BUFFER) {
            @Override
            protected void update(double[] params, double[] gradient, double lr, long t) {
                if (decoupled) {
                    applyDecoupledDecay(params, lr, wd);
                } else {
                    addCoupledDecay(gradient, params, wd);
                }
                double[] v = vector(MomentumOptimizer.BUFFER);
                for (int i = 0; i < params.length; i++) {
                    v[i] = mu * v[i] + gradient[i];
                    params[i] -= lr * (gradient[i] + mu * v[i]);
                }
            }
        };
    }

    /** See {@link StabilityThresholds#nesterov}: {@code λ < (2 + 2μ)/(η(1 + 2μ))}. */
    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values) {
        return StabilityThresholds.nesterov(learningRate, values.real(Parameters.MOMENTUM));
    }

    @Override
    public String thresholdFormula() {
        return "(2 + 2μ)/(η(1 + 2μ))";
    }
}
