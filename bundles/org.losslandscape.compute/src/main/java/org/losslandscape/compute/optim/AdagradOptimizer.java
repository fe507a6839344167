package org.losslandscape.compute.optim;

import java.util.List;

/**
 * Adagrad (Duchi, Hazan &amp; Singer, "Adaptive Subgradient Methods for Online Learning and Stochastic
 * Optimization", JMLR 2011) as {@code torch.optim.Adagrad} with initial accumulator 0 and no lr decay (use a
 * schedule): {@code g += wd * theta; s += g^2; theta -= lr * g / (sqrt(s) + eps)}. State: {@code "sum"} (s).
 */
public final class AdagradOptimizer extends AbstractOptimizer {

    static final String SUM = "sum";

    /** Creates the service. */
    public AdagradOptimizer() {
        super("adagrad", "Adagrad",
                "Per-coordinate steps scaled by the root of the summed squared gradients (Duchi et al., JMLR 2011).",
                List.of(Parameters.lr(0.01), Parameters.eps(1e-10), Parameters.coupledWeightDecay()));
    }

    @Override
    OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double eps = values.real(Parameters.EPS);
        double wd = values.real(Parameters.WEIGHT_DECAY);
        return new AbstractOptimizerInstance(dimension, SUM) {
            @Override
            void update(double[] params, double[] gradient, double lr, long t) {
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
}
