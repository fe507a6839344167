package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Activation;

/** {@link Activation.Function#SIGMOID}: the logistic function 1/(1 + e^−x). */
public final class SigmoidKind extends ActivationKind {

    /** For the service registry. */
    public SigmoidKind() {
        super("SIGMOID", "Sigmoid", Activation.Function.SIGMOID, "the logistic function 1/(1 + e^−x), element-wise");
    }
}
