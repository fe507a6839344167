package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Activation;

/** {@link Activation.Function#RELU}: max(0, x). */
public final class ReluKind extends ActivationKind {

    /** For the service registry. */
    public ReluKind() {
        super("RELU", "ReLU", Activation.Function.RELU, "max(0, x), element-wise");
    }
}
