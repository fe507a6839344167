package org.losslandscape.compute.optim.builtin;

import java.util.List;

import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.OptimizerInstance;

/**
 * Adam (Kingma &amp; Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015) with bias correction, as
 * {@code torch.optim.Adam} without amsgrad; weight decay is coupled L2 ({@code g += wd * theta}). State:
 * {@code "m"}, {@code "v"}.
 */
public final class AdamOptimizer extends AdamFamilyOptimizer {

    /** Creates the service. */
    public AdamOptimizer() {
        super("adam", "Adam",
                "Bias-corrected first and second gradient moments scale each coordinate (Kingma & Ba, ICLR 2015).",
                List.of(Parameters.lr(1e-3), Parameters.beta1(), Parameters.beta2(), Parameters.eps(1e-8),
                        Parameters.coupledWeightDecay()));
    }

    @Override
    protected OptimizerInstance newInstance(int dimension, HyperParameterValues values) {
        return new AdamInstance(dimension, values.real(Parameters.BETA1), values.real(Parameters.BETA2),
                values.real(Parameters.EPS), values.real(Parameters.WEIGHT_DECAY), false);
    }
}
