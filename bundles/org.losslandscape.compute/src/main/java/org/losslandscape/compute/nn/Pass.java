package org.losslandscape.compute.nn;

import org.losslandscape.compute.linalg.SparseRows;

/**
 * What one pass through a network reads and writes besides the activations: the parameters, the tangent
 * direction of an R-operator pass, the outputs for the gradient and the Hessian-vector product, the
 * non-trainable buffers (BatchNorm running statistics) and the mode.
 * <p>
 * The arrays are borrowed from the caller for the duration of the pass; layers read {@code params} and
 * {@code v}, add into {@code grad} and {@code hv}, and write {@code buffers} only when {@code updateBuffers}.
 */
public final class Pass {

    /** Parameters, not modified. */
    double[] params;
    /** Tangent direction for the R-operator, or null. Not modified. */
    double[] v;
    /** Gradient accumulator (layers add), or null when the parameter gradient is not wanted. */
    double[] grad;
    /** Hessian-vector product accumulator (layers add), or null. */
    double[] hv;
    /** Non-trainable state such as running statistics. */
    double[] buffers;
    /** Rows in this batch. */
    int n;
    /** Training mode: dropout active, BatchNorm on batch statistics. */
    boolean training;
    /** Whether BatchNorm updates its running statistics (only a real training step does). */
    boolean updateBuffers;
    /** Seed of this pass's dropout masks, so that repeated passes (finite differences, HVP) share them. */
    long dropoutSeed;
    /** The batch's features, the network's input. */
    double[] input;
    /** The input held by its nonzeros, or null when it is too dense for that to pay. */
    SparseRows sparseInput;

    Pass() {
    }

    /** @return the sparse form of {@code in} when it is the network's sparse input, else null */
    SparseRows sparse(double[] in) {
        return in == input ? sparseInput : null;
    }

    /** @return rows in this batch */
    public int rows() {
        return n;
    }

    /** @return true in training mode */
    public boolean training() {
        return training;
    }

    /** @return the parameters (read only); a layer's own start at {@link Slot#parameterOffset()} */
    public double[] parameters() {
        return params;
    }

    /** @return the tangent direction {@code v} of an R-operator pass (read only), or null in other passes */
    public double[] direction() {
        return v;
    }

    /** @return the gradient accumulator a layer adds {@code J_θᵀ·gy} into, or null when no gradient is wanted */
    public double[] gradient() {
        return grad;
    }

    /** @return the Hessian-vector product accumulator a layer adds into in {@code backwardTangent}, or null */
    public double[] hessianVector() {
        return hv;
    }

    /** @return the non-trainable buffers; a layer writes its slice only when {@link #updatesBuffers()} */
    public double[] buffers() {
        return buffers;
    }

    /** @return whether this (training) pass updates running statistics */
    public boolean updatesBuffers() {
        return updateBuffers;
    }

    /** @return the seed of this pass's random masks: passes with the same seed must see the same masks */
    public long dropoutSeed() {
        return dropoutSeed;
    }
}
