package org.losslandscape.compute.dynamics;

/**
 * One sharpness measurement of a training run.
 *
 * @param step optimizer steps completed when measured
 * @param sharpness λ_max of the (possibly preconditioned) training-loss Hessian
 * @param threshold the stability threshold it is compared with, e.g. {@code 2/η}
 * @param residual Lanczos residual bound of the top Ritz pair
 * @param products Hessian-vector products the measurement used
 */
public record SharpnessSample(long step, double sharpness, double threshold, double residual, int products) {

    /** @return {@code sharpness / threshold}: about 1 at the edge of stability */
    public double ratio() {
        return sharpness / threshold;
    }
}
