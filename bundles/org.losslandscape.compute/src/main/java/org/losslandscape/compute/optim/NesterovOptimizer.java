package org.losslandscape.compute.optim;

import java.util.List;

/**
 * Nesterov momentum (Nesterov 1983; Sutskever et al., "On the importance of initialization and momentum in deep
 * learning", ICML 2013) in PyTorch's form ({@code torch.optim.SGD(nesterov=True)}, dampening 0):
 * {@code g += wd * theta; v = mu * v + g; theta -= lr * (g + mu * v)}. Decoupled weight decay as in
 * {@link SgdOptimizer}. State: {@code "momentum_buffer"} (v).
 */
public final class NesterovOptimizer extends AbstractOptimizer {

    /** Creates the service. */
    public NesterovOptimizer() {
        super("nesterov", "Nesterov momentum",
                "Nesterov accelerated gradient, v = mu * v + g, theta -= lr * (g + mu * v) "
                        + "(Nesterov 1983; Sutskever et al. 2013; PyTorch form).",
                List.of(Parameters.lr(0.01), Parameters.momentum(0.9, false), Parameters.sgdWeightDecay(),
                        Parameters.decoupledWeightDecay()));
    }

    @Override
    OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double mu = values.real(Parameters.MOMENTUM);
        double wd = values.real(Parameters.WEIGHT_DECAY);
        boolean decoupled = values.bool(Parameters.DECOUPLED);
        return new AbstractOptimizerInstance(dimension, MomentumOptimizer.BUFFER) {
            @Override
            void update(double[] params, double[] gradient, double lr, long t) {
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
}
