package org.losslandscape.compute.optim.builtin;

import org.losslandscape.compute.optim.HyperParameter;

/** Descriptors shared by the built-in optimizers, so keys, ranges and help read the same everywhere. */
final class Parameters {

    static final String LR = "lr";
    static final String WEIGHT_DECAY = "weight_decay";
    static final String DECOUPLED = "decoupled_weight_decay";
    static final String MOMENTUM = "momentum";
    static final String EPS = "eps";
    static final String BETA1 = "beta1";
    static final String BETA2 = "beta2";
    static final String ALPHA = "alpha";

    private Parameters() {
    }

    static HyperParameter lr(double defaultValue) {
        return HyperParameter.real(LR, "Learning rate", defaultValue, 0, 10,
                "Base step size; the learning-rate schedule scales it and passes the result to each step.")
                .withMinExclusive().withLogScale();
    }

    static HyperParameter coupledWeightDecay() {
        return HyperParameter.real(WEIGHT_DECAY, "Weight decay", 0, 0, 1,
                "L2 penalty coefficient; wd * theta is added to the gradient (coupled, as in PyTorch).");
    }

    static HyperParameter sgdWeightDecay() {
        return HyperParameter.real(WEIGHT_DECAY, "Weight decay", 0, 0, 1,
                "Weight decay coefficient; coupled L2 (added to the gradient) unless decoupled_weight_decay is set.");
    }

    static HyperParameter decoupledWeightDecay() {
        return HyperParameter.bool(DECOUPLED, "Decoupled weight decay", false,
                "If true, shrink theta by lr * wd separately from the gradient step (SGDW, Loshchilov & Hutter "
                        + "2019) instead of adding wd * theta to the gradient.");
    }

    static HyperParameter momentum(double defaultValue, boolean allowZero) {
        HyperParameter p = HyperParameter.real(MOMENTUM, "Momentum", defaultValue, 0, 1,
                "Decay factor mu of the momentum buffer v = mu * v + g.").withMaxExclusive();
        return allowZero ? p : p.withMinExclusive();
    }

    static HyperParameter eps(double defaultValue) {
        return HyperParameter.real(EPS, "Epsilon", defaultValue, 0, 1,
                "Added to the denominator for numerical stability.").withMinExclusive().withLogScale();
    }

    static HyperParameter beta1() {
        return HyperParameter.real(BETA1, "Beta 1", 0.9, 0, 1,
                "Decay rate of the first-moment (gradient mean) estimate.").withMaxExclusive();
    }

    static HyperParameter beta2() {
        return HyperParameter.real(BETA2, "Beta 2", 0.999, 0, 1,
                "Decay rate of the second-moment (squared gradient) estimate.").withMaxExclusive();
    }

    static HyperParameter alpha() {
        return HyperParameter.real(ALPHA, "Alpha", 0.99, 0, 1,
                "Smoothing constant of the running average of squared gradients.").withMaxExclusive();
    }
}
