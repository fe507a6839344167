package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;

/**
 * AdamW (Loshchilov &amp; Hutter, "Decoupled Weight Decay Regularization", ICLR 2019) as {@code torch.optim.AdamW}:
 * {@code theta *= 1 - lr * wd} before the {@link AdamOptimizer Adam} update of the undecayed gradient. The
 * default weight decay is 0.01 as in PyTorch (with 0 AdamW would be Adam). State: {@code "m"}, {@code "v"}.
 */
public final class AdamWOptimizer extends AdamFamilyOptimizer {

    /** Creates the service. */
    public AdamWOptimizer() {
        super("adamw", "AdamW",
                "Adam with weight decay decoupled from the gradient update (Loshchilov & Hutter, ICLR 2019).",
                List.of(Parameters.lr(1e-3), Parameters.beta1(), Parameters.beta2(), Parameters.eps(1e-8),
                        HyperParameter.real(Parameters.WEIGHT_DECAY, "Weight decay", 0.01, 0, 1,
                                "Decoupled decay: theta is multiplied by 1 - lr * wd before each Adam step.")));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        return new AdamInstance(dimension, values.real(Parameters.BETA1), values.real(Parameters.BETA2),
                values.real(Parameters.EPS), values.real(Parameters.WEIGHT_DECAY), true);
    }
}
