package org.losslandscape.compute.optim;

import java.util.List;

/**
 * RMSprop (Tieleman &amp; Hinton, Coursera "Neural Networks for Machine Learning", lecture 6.5, 2012) as
 * {@code torch.optim.RMSprop} (not centred): {@code g += wd * theta; s = alpha * s + (1 - alpha) * g^2;
 * d = g / (sqrt(s) + eps)}; without momentum {@code theta -= lr * d}, with momentum {@code b = mu * b + d;
 * theta -= lr * b}. State: {@code "square_avg"} (s), {@code "momentum_buffer"} (b, stays zero when mu = 0).
 */
public final class RmspropOptimizer extends AbstractOptimizer {

    static final String SQUARE_AVG = "square_avg";

    /** Creates the service. */
    public RmspropOptimizer() {
        super("rmsprop", "RMSprop",
                "Steps scaled by a running root-mean-square of the gradients (Tieleman & Hinton 2012).",
                List.of(Parameters.lr(0.01), Parameters.alpha(), Parameters.eps(1e-8),
                        Parameters.momentum(0, true), Parameters.coupledWeightDecay()));
    }

    @Override
    OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double alpha = values.real(Parameters.ALPHA);
        double eps = values.real(Parameters.EPS);
        double mu = values.real(Parameters.MOMENTUM);
        double wd = values.real(Parameters.WEIGHT_DECAY);
        return new AbstractOptimizerInstance(dimension, SQUARE_AVG, MomentumOptimizer.BUFFER) {
            @Override
            void update(double[] params, double[] gradient, double lr, long t) {
                addCoupledDecay(gradient, params, wd);
                double[] s = vector(SQUARE_AVG);
                double[] b = vector(MomentumOptimizer.BUFFER);
                for (int i = 0; i < params.length; i++) {
                    double g = gradient[i];
                    s[i] = alpha * s[i] + (1 - alpha) * g * g;
                    double d = g / (Math.sqrt(s[i]) + eps);
                    if (mu > 0) {
                        b[i] = mu * b[i] + d;
                        params[i] -= lr * b[i];
                    } else {
                        params[i] -= lr * d;
                    }
                }
            }
        };
    }
}
