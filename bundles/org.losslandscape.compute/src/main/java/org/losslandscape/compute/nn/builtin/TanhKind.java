package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Activation;

/** {@link Activation.Function#TANH}: tanh x. */
public final class TanhKind extends ActivationKind {

    /** For the service registry. */
    public TanhKind() {
        super("TANH", "Tanh", Activation.Function.TANH, "tanh x, element-wise");
    }
}
