package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.dynamics.StabilityThresholds;
import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.AbstractOptimizerInstance;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;

/**
 * RMSprop (Tieleman &amp; Hinton, Coursera "Neural Networks for Machine Learning", lecture 6.5, 2012) as
 * {@code torch.optim.RMSprop} (not centred): {@code g += wd * theta; s = alpha * s + (1 - alpha) * g^2;
 * d = g / (sqrt(s) + eps)}; without momentum {@code theta -= lr * d}, with momentum {@code b = mu * b + d;
 * theta -= lr * b}. State: {@code "square_avg"} (s), {@code "momentum_buffer"} (b, stays zero when mu = 0).
 */
public final class RmspropOptimizer extends AbstractOptimizer implements StabilityAware {

    static final String SQUARE_AVG = "square_avg";

    /** Creates the service. */
    public RmspropOptimizer() {
        super("rmsprop", "RMSprop",
                "Steps scaled by a running root-mean-square of the gradients (Tieleman & Hinton 2012).",
                List.of(Parameters.lr(0.01), Parameters.alpha(), Parameters.eps(1e-8),
                        Parameters.momentum(0, true), Parameters.coupledWeightDecay()));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double alpha = values.real(Parameters.ALPHA);
        double eps = values.real(Parameters.EPS);
        double mu = values.real(Parameters.MOMENTUM);
        double wd = values.real(Parameters.WEIGHT_DECAY);
        return new AbstractOptimizerInstance(dimension, SQUARE_AVG, MomentumOptimizer.BUFFER) {
            @Override
            protected void update(double[] params, double[] gradient, double lr, long t) {
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

    /**
     * With the preconditioner frozen, RMSprop is gradient descent (μ = 0) or heavy-ball momentum μ on
     * {@code P⁻¹H}, {@code P = √s + ε} (Cohen et al. 2022, arXiv:2207.14484, who study RMSprop this way): the
     * threshold is {@code 2/η} or {@code (2 + 2μ)/η} on the preconditioned sharpness.
     */
    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values) {
        return StabilityThresholds.heavyBall(learningRate, values.real(Parameters.MOMENTUM));
    }

    @Override
    public boolean preconditioned() {
        return true;
    }

    @Override
    public double[] preconditioner(OptimizerInstance instance, HyperParameterValues values) {
        return StabilityThresholds.rootPreconditioner(instance.state(), SQUARE_AVG, 1, values.real(Parameters.EPS));
    }

    @Override
    public String thresholdFormula() {
        return "(2 + 2μ)/η on λ_max(P⁻¹H)";
    }
}
