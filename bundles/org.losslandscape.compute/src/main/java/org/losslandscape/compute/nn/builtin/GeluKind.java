package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Activation;

/** {@link Activation.Function#GELU}: x·Φ(x), the exact (erf) form. */
public final class GeluKind extends ActivationKind {

    /** For the service registry. */
    public GeluKind() {
        super("GELU", "GELU", Activation.Function.GELU, "x·Φ(x), the exact (erf) form, element-wise");
    }
}
