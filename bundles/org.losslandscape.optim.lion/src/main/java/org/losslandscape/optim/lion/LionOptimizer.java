package org.losslandscape.optim.lion;

import java.util.List;

import org.losslandscape.compute.optim.AbstractOptimizer;
import org.losslandscape.compute.optim.AbstractOptimizerInstance;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;

/**
 * Lion, "EvoLved Sign Momentum" (Chen, Liang, Huang, Real, Wang, Pham, Dong, Luong, Hsieh, Lu &amp; Le, "Symbolic
 * Discovery of Optimization Algorithms", NeurIPS 2023, Algorithm 2):
 * <pre>
 * c     = β₁ m + (1 − β₁) g
 * θ     = θ − η (sign(c) + λ θ)
 * m     = β₂ m + (1 − β₂) g
 * </pre>
 * Every coordinate moves by exactly η (plus the decay), so the step does not shrink with the gradient; the paper
 * advises a learning rate 3–10× smaller than AdamW's and a weight decay 3–10× larger. State: {@code "m"}.
 * <p>
 * Lion declares no edge-of-stability threshold: a sign update has no curvature at which it turns unstable on a
 * quadratic, it oscillates with amplitude η around the minimum whatever the sharpness.
 * <p>
 * An example of an optimizer bundle built as a third party would: it uses only the public optimizer API
 * ({@code org.losslandscape.compute.optim}) and is registered by Declarative Services in OSGi and by
 * {@code META-INF/services} elsewhere.
 */
public final class LionOptimizer extends AbstractOptimizer {

    static final String M = "m";
    private static final String BETA1 = "beta1";
    private static final String BETA2 = "beta2";
    private static final String WEIGHT_DECAY = "weight_decay";

    /** Creates the service. */
    public LionOptimizer() {
        super("lion", "Lion", "Sign of an interpolated momentum, steps of fixed size (Chen et al., NeurIPS 2023).",
                List.of(HyperParameter.real("lr", "Learning rate", 1e-4, 0, 10,
                        "Size of every coordinate's step; 3-10x smaller than AdamW's for the same problem.")
                        .withMinExclusive().withLogScale(),
                        HyperParameter.real(BETA1, "beta1 (update)", 0.9, 0, 1,
                                "Weight of the momentum in the interpolation whose sign is the update.")
                                .withMaxExclusive(),
                        HyperParameter.real(BETA2, "beta2 (momentum)", 0.99, 0, 1,
                                "Decay of the momentum, the EMA of the gradients.").withMaxExclusive(),
                        HyperParameter.real(WEIGHT_DECAY, "Weight decay", 0, 0, 10,
                                "Decoupled decay: theta -= lr * wd * theta each step; 3-10x AdamW's.")));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        double beta1 = values.real(BETA1);
        double beta2 = values.real(BETA2);
        double wd = values.real(WEIGHT_DECAY);
        return new AbstractOptimizerInstance(dimension, M) {
            @Override
            protected void update(double[] params, double[] gradient, double lr, long t) {
                applyDecoupledDecay(params, lr, wd);
                double[] m = vector(M);
                for (int i = 0; i < params.length; i++) {
                    double g = gradient[i];
                    params[i] -= lr * Math.signum(beta1 * m[i] + (1 - beta1) * g);
                    m[i] = beta2 * m[i] + (1 - beta2) * g;
                }
            }
        };
    }
}
