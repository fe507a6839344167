package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.dynamics.StabilityThresholds;
import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.AbstractOptimizerInstance;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;

/**
 * Heavy-ball momentum (Polyak 1964) in PyTorch's form ({@code torch.optim.SGD}, dampening 0, nesterov false):
 * {@code g += wd * theta; v = mu * v + g; theta -= lr * v}. With {@code decoupled_weight_decay} the gradient is
 * left alone and {@code theta *= 1 - lr * wd} first (SGDW, Loshchilov &amp; Hutter 2019). State:
 * {@code "momentum_buffer"} (v).
 */
public final class MomentumOptimizer extends AbstractOptimizer implements StabilityAware {

    static final String BUFFER = "momentum_buffer";

    /** Creates the service. */
    public MomentumOptimizer() {
        super("momentum", "SGD with momentum",
                "Heavy-ball momentum, v = mu * v + g, theta -= lr * v (Polyak 1964; PyTorch form).",
                List.of(Parameters.lr(0.01), Parameters.momentum(0.9, true), Parameters.sgdWeightDecay(),
                        Parameters.decoupledWeightDecay()));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double mu = values.real(Parameters.MOMENTUM);
        double wd = values.real(Parameters.WEIGHT_DECAY);
        boolean decoupled = values.bool(Parameters.DECOUPLED);
        return new AbstractOptimizerInstance(dimension, BUFFER) {
            @Override
            protected void update(double[] params, double[] gradient, double lr, long t) {
                if (decoupled) {
                    applyDecoupledDecay(params, lr, wd);
                } else {
                    addCoupledDecay(gradient, params, wd);
                }
                double[] v = vector(BUFFER);
                for (int i = 0; i < params.length; i++) {
                    // PyTorch copies g into the buffer on step 1; mu * 0 + g is the same value.
                    v[i] = mu * v[i] + gradient[i];
                    params[i] -= lr * v[i];
                }
            }
        };
    }

    /** Heavy-ball momentum μ is stable iff {@code λ < (2 + 2μ)/η}, see {@link StabilityThresholds#heavyBall}. */
    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values) {
        return StabilityThresholds.heavyBall(learningRate, values.real(Parameters.MOMENTUM));
    }

    @Override
    public String thresholdFormula() {
        return "(2 + 2μ)/η";
    }
}
