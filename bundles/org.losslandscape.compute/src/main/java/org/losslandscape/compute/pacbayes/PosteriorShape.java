package org.losslandscape.compute.pacbayes;

import org.losslandscape.compute.nn.Network;

/**
 * How the Gaussian posterior N(θ*, σ²·diag(c²)) and the prior N(θ₀, σ²·diag(c²)) spread over the parameters: the
 * per-parameter scales c, chosen before seeing the data (they depend on the prior's centre θ₀ only).
 */
public enum PosteriorShape {

    /** c = 1: the same width σ in every direction (Dziugaite and Roy 2017 with an isotropic prior). */
    ISOTROPIC,

    /**
     * c = the root mean square of each parameter tensor (a layer's weight, its bias) at θ₀: a width relative to the
     * tensor's size. A rescaling of the tensors that leaves the function unchanged (Dinh et al. 2017), applied to θ*
     * and θ₀ alike, scales c with them, so the KL divergence and the posterior's errors, and with them the bound, do
     * not change. A tensor that is zero at θ₀ takes the scale of the tensor before it in storage order (1 when it is
     * the first), which keeps the bound valid but not exactly invariant.
     */
    LAYERWISE;

    /**
     * @param network the network
     * @param priorMean θ₀, the prior's centre
     * @return the scales c, one per parameter, each > 0
     */
    public double[] scales(Network network, double[] priorMean) {
        double[] c = new double[priorMean.length];
        if (this == ISOTROPIC) {
            java.util.Arrays.fill(c, 1);
            return c;
        }
        double previous = 1;
        for (Network.NamedBlock b : network.parameterBlocks()) {
            int from = b.offset();
            int to = from + b.block().size();
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += priorMean[i] * priorMean[i];
            }
            double rms = Math.sqrt(sum / (to - from));
            double scale = rms > 0 ? rms : previous;
            java.util.Arrays.fill(c, from, to, scale);
            previous = scale;
        }
        return c;
    }
}
