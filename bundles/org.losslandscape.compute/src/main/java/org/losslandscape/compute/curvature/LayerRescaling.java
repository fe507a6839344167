package org.losslandscape.compute.curvature;

import org.losslandscape.compute.nn.Network;

/**
 * The reparameterisation of Dinh, Pascanu, Bengio and Bengio 2017 ("Sharp Minima Can Generalize For Deep Nets"):
 * multiply one layer's weights and bias by α > 0 and the next layer's weights by 1/α. When what lies between the two
 * is positively homogeneous (ReLU, leaky ReLU, max-pooling), {@code W₂·relu(αW₁x + αb₁) / α = W₂·relu(W₁x + b₁)}:
 * the network computes the same function at every input, while λ_max and the trace of the Hessian scale by up to
 * max(α², 1/α²).
 *
 * @param first the name of the layer scaled by α (its index in the network's body, as in the tensor names "0.weight")
 * @param second the name of the layer whose weights are scaled by 1/α (its bias is left alone)
 */
public record LayerRescaling(String first, String second) {

    /** Checks the names. */
    public LayerRescaling {
        if (first == null || second == null || first.equals(second)) {
            throw new IllegalArgumentException("name two different layers, got " + first + " and " + second);
        }
    }

    /**
     * @param network the network the parameters belong to
     * @param params a parameter vector; not modified
     * @param alpha the factor, > 0
     * @return a new vector: the first layer's tensors × α, the second layer's weight × 1/α, the rest as they are
     * @throws IllegalArgumentException when a layer has no parameters or the second has no weight tensor
     */
    public double[] apply(Network network, double[] params, double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("the factor α must be positive and finite, is " + alpha);
        }
        if (params.length != network.parameterCount()) {
            throw new IllegalArgumentException("the vector has " + params.length + " entries, the network "
                    + network.parameterCount() + " parameters");
        }
        double[] out = params.clone();
        boolean firstFound = false;
        boolean secondFound = false;
        for (Network.NamedBlock b : network.parameterBlocks()) {
            double factor;
            if (b.name().startsWith(first + ".")) {
                factor = alpha;
                firstFound = true;
            } else if (b.name().equals(second + ".weight")) {
                factor = 1 / alpha;
                secondFound = true;
            } else {
                continue;
            }
            for (int i = b.offset(); i < b.offset() + b.block().size(); i++) {
                out[i] *= factor;
            }
        }
        if (!firstFound || !secondFound) {
            throw new IllegalArgumentException("rescaling needs parameters in layer " + first + " and a weight in layer "
                    + second + "; the network's tensors are " + network.parameterBlocks().stream().map(
                            Network.NamedBlock::name).toList());
        }
        return out;
    }
}
