package org.example.optim;

import java.util.List;

import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.AbstractOptimizerInstance;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.VectorOps;

/**
 * Normalised gradient descent, {@code theta -= lr * g / (||g|| + eps)}: every step has length lr, whatever the
 * gradient's size. Replace it with your optimizer: the descriptor (id, name, hyper-parameters) and {@code update}.
 * <p>
 * To draw an edge-of-stability threshold for it, also implement {@code StabilityAware}; to use exact Hessian-vector
 * products, override {@code update(double[], double[], StepContext, long)} and ask the context for
 * {@code requireCurvature(id)}.
 */
public final class NormalizedSgdOptimizer extends AbstractOptimizer {

    /** The optimizer's id, as experiment files name it. */
    public static final String ID = "nsgd";

    /** Creates the service (a public no-argument constructor is required). */
    public NormalizedSgdOptimizer() {
        super(ID, "Normalised SGD", "Steps of fixed length lr along the gradient's direction.",
                List.of(HyperParameter.real("lr", "Learning rate", 0.05, 0, 10, "Length of every step.")
                        .withMinExclusive().withLogScale(),
                        HyperParameter.real("eps", "epsilon", 1e-12, 0, 1, "Added to the gradient's norm.")
                                .withMinExclusive(),
                        HyperParameter.real("weight_decay", "Weight decay", 0, 0, 1,
                                "Decoupled decay: theta *= 1 - lr * wd before each step.")));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double eps = values.real("eps");
        double wd = values.real("weight_decay");
        return new AbstractOptimizerInstance(dimension) {
            @Override
            protected void update(double[] params, double[] gradient, double lr, long t) {
                applyDecoupledDecay(params, lr, wd);
                VectorOps.axpy(-lr / (VectorOps.norm(gradient) + eps), gradient, params);
            }
        };
    }
}
