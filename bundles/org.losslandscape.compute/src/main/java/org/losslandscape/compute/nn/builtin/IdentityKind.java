package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Activation;

/** {@link Activation.Function#IDENTITY}: y = x. */
public final class IdentityKind extends ActivationKind {

    /** For the service registry. */
    public IdentityKind() {
        super("IDENTITY", "Identity", Activation.Function.IDENTITY, "y = x, element-wise");
    }
}
