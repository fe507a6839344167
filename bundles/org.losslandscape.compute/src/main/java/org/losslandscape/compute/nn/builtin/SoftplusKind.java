package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Activation;

/** {@link Activation.Function#SOFTPLUS}: log(1 + e^x). */
public final class SoftplusKind extends ActivationKind {

    /** For the service registry. */
    public SoftplusKind() {
        super("SOFTPLUS", "Softplus", Activation.Function.SOFTPLUS, "log(1 + e^x), element-wise");
    }
}
