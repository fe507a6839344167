package org.losslandscape.compute.nn;

/**
 * One layer's working memory in a {@link Workspace}: its input and output activations, their tangents (the
 * R-operator's forward values), the back-propagated signals and their tangents, and whatever the layer caches
 * between its forward and backward passes. Arrays are sized for the workspace's largest batch; a pass uses the
 * first {@code n·width} entries.
 * <p>
 * {@code in}, {@code rin}, {@code gout} and {@code rgout} are set by the enclosing layer before each pass (they
 * alias the neighbours' arrays); the others are owned by this slot unless a composite layer aliases them.
 */
public final class Slot {

    final Layer layer;
    final int paramOffset;
    final int bufferOffset;
    /** Stable index of this slot in its network, so each layer draws its own dropout masks. */
    final int id;
    final int maxBatch;

    double[] in;
    double[] rin;
    double[] out;
    double[] rout;
    double[] gout;
    double[] rgout;
    double[] gin;
    double[] rgin;
    /** False for the first layer of a network: the data need no gradient. */
    boolean needInputGradient = true;
    /** The tangent of the input is zero (the input is data): {@code rin} is not read. */
    boolean inputConstant;
    Object cache;
    Slot[] children = new Slot[0];

    Slot(Layer layer, int paramOffset, int bufferOffset, int id, int maxBatch) {
        this.layer = layer;
        this.paramOffset = paramOffset;
        this.bufferOffset = bufferOffset;
        this.id = id;
        this.maxBatch = maxBatch;
    }

    /** Allocates the owned arrays: output, its tangent, the input gradient and its tangent. */
    void allocate() {
        out = new double[maxBatch * layer.outputWidth()];
        rout = new double[maxBatch * layer.outputWidth()];
        gin = new double[maxBatch * layer.inputWidth()];
        rgin = new double[maxBatch * layer.inputWidth()];
    }

    /** @return the layer this slot belongs to */
    public Layer layer() {
        return layer;
    }

    /** @return this slot's output activations (first {@code n·outputWidth} entries are valid after forward) */
    public double[] output() {
        return out;
    }
}
