package org.losslandscape.compute.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A layer of a network on row-major batches ({@code n×inputWidth → n×outputWidth}), with its forward and
 * backward code side by side and the two halves of Pearlmutter's R-operator (Pearlmutter 1994, "Fast exact
 * multiplication by the Hessian"): {@link #forwardTangent} propagates the directional derivative of the
 * activations along a parameter direction {@code v}, {@link #backwardTangent} the directional derivative of
 * the back-propagated signal. Together they give exact Hessian-vector products.
 * <p>
 * Layers are immutable descriptions; everything a pass computes lives in the {@link Slot} and {@link Pass}.
 * A layer's parameters are the slice {@code [slot.paramOffset, slot.paramOffset + parameterCount())} of the flat
 * vector. Call order per pass: {@code forward}, then optionally {@code forwardTangent}; then {@code backward},
 * then optionally {@code backwardTangent}.
 */
public interface Layer {

    /** @return the kind as users name it, e.g. "Dense" */
    String kind();

    /** @return a one-line description with the settings, e.g. "Dense 194 → 256" */
    String describe();

    /** @return features per input row */
    int inputWidth();

    /** @return features per output row */
    int outputWidth();

    /**
     * The image shape of the output for an input of the given image shape, so that shapes flow through a built network
     * as they do through validation. By default a layer that keeps the width keeps the shape, any other gives plain
     * features; layers that produce images (convolutions, pooling) override it.
     *
     * @param input the image shape of the input, or null for plain features
     * @return the output's image shape, or null for plain features
     */
    default ImageShape outputImage(ImageShape input) {
        return outputWidth() == inputWidth() ? input : null;
    }

    /** @return number of trainable parameters */
    int parameterCount();

    /** @return number of non-trainable buffer entries (running statistics) */
    default int bufferCount() {
        return 0;
    }

    /**
     * @return the names of this layer's own buffers (not its children's) in storage order, each of
     *         {@code bufferCount() / names} entries, named as PyTorch names them; empty when it has none
     */
    default List<String> bufferNames() {
        return List.of();
    }

    /** @return the layers inside a composite layer, else empty */
    default List<Layer> children() {
        return List.of();
    }

    /** @return the named tensors of this layer's own parameters (not its children's), in storage order */
    List<ParameterBlock> parameterBlocks();

    /**
     * Writes the initial parameters and buffers.
     *
     * @param params written in this layer's slice
     * @param buffers written in this layer's buffer slice
     */
    void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng);

    /** Creates the slot of this layer (and of its children) for batches of up to {@code maxBatch} rows. */
    default Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = new Slot(this, paramOffset, bufferOffset, id, maxBatch);
        s.allocate();
        return s;
    }

    /** @return number of slots this layer creates (itself and its children), for dropout ids */
    default int slotCount() {
        return 1;
    }

    /** {@code out = f(in)}; caches what backward needs. */
    void forward(Pass pass, Slot s);

    /** {@code rout = J_in·rin + J_θ·v} (skip the first term when {@code s.inputConstant}). */
    void forwardTangent(Pass pass, Slot s);

    /** {@code gin = J_inᵀ·gout} when {@code s.needInputGradient}; {@code grad += J_θᵀ·gout} when grad is wanted. */
    void backward(Pass pass, Slot s);

    /**
     * The R-operator of backward: {@code rgin = R(J_inᵀ·gout)} when {@code s.needInputGradient}, and
     * {@code hv += R(J_θᵀ·gout)}, including the second-order terms in {@code rin} and {@code v}.
     */
    void backwardTangent(Pass pass, Slot s);
}
