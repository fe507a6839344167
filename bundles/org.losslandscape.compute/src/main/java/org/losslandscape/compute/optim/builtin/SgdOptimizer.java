package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.dynamics.StabilityThresholds;
import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.AbstractOptimizerInstance;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.optim.VectorOps;

/**
 * Plain stochastic gradient descent (Robbins &amp; Monro 1951), PyTorch {@code torch.optim.SGD} with momentum 0:
 * {@code theta -= lr * (g + wd * theta)}. With {@code decoupled_weight_decay} the decay is applied separately,
 * {@code theta *= 1 - lr * wd; theta -= lr * g} (SGDW, Loshchilov &amp; Hutter, "Decoupled Weight Decay
 * Regularization", ICLR 2019). No state besides the step count.
 */
public final class SgdOptimizer extends AbstractOptimizer implements StabilityAware {

    /** Creates the service. */
    public SgdOptimizer() {
        super("sgd", "SGD", "Plain gradient descent, theta -= lr * g (Robbins & Monro 1951).",
                List.of(Parameters.lr(0.01), Parameters.sgdWeightDecay(), Parameters.decoupledWeightDecay()));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double wd = values.real(Parameters.WEIGHT_DECAY);
        boolean decoupled = values.bool(Parameters.DECOUPLED);
        return new AbstractOptimizerInstance(dimension) {
            @Override
            protected void update(double[] params, double[] gradient, double lr, long t) {
                if (decoupled) {
                    applyDecoupledDecay(params, lr, wd);
                } else {
                    addCoupledDecay(gradient, params, wd);
                }
                VectorOps.axpy(-lr, gradient, params);
            }
        };
    }

    /** Gradient descent on {@code ½λx²} is stable iff {@code λ < 2/η} (Cohen et al., ICLR 2021). */
    @Override
    public double stabilityThreshold(double learningRate, HyperParameterValues values) {
        return StabilityThresholds.gradientDescent(learningRate);
    }

    @Override
    public String thresholdFormula() {
        return "2/η";
    }
}
