package org.losslandscape.compute.nn;

/**
 * One layer's working memory in a {@link Workspace}: its input and output activations, their tangents (the
 * R-operator's forward values), the back-propagated signals and their tangents, and whatever the layer caches
 * between its forward and backward passes. Arrays are sized for the workspace's largest batch; a pass uses the
 * first {@code n·width} entries.
 * <p>
 * {@code in}, {@code rin}, {@code gout} and {@code rgout} are set by the enclosing layer before each pass (they
 * alias the neighbours' arrays); the others are owned by this slot unless a composite layer aliases them.
 * <p>
 * A {@link Layer} written outside this package reads and writes the arrays through the public accessors below: the
 * four it reads ({@link #input()}, {@link #inputTangent()}, {@link #outputGradient()},
 * {@link #outputGradientTangent()}) and the four it writes ({@link #output()}, {@link #outputTangent()},
 * {@link #inputGradient()}, {@link #inputGradientTangent()}). A pass uses the first {@code rows · width} entries of
 * each, row-major. The accessors return the arrays themselves, not copies.
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

    /** @return the input activations {@code x} (read only; {@code n·inputWidth} entries) */
    public double[] input() {
        return in;
    }

    /** @return the input's tangent {@code Rx} (read only); not to be read when {@link #inputConstant()} */
    public double[] inputTangent() {
        return rin;
    }

    /** @return where {@code forwardTangent} writes the output's tangent {@code Ry} */
    public double[] outputTangent() {
        return rout;
    }

    /** @return the back-propagated signal {@code gy = ∂L/∂y} (read only) */
    public double[] outputGradient() {
        return gout;
    }

    /** @return the tangent of the back-propagated signal {@code R gy} (read only) */
    public double[] outputGradientTangent() {
        return rgout;
    }

    /** @return where {@code backward} writes {@code gx = ∂L/∂x} (only when {@link #needsInputGradient()}) */
    public double[] inputGradient() {
        return gin;
    }

    /** @return where {@code backwardTangent} writes {@code R gx} (only when {@link #needsInputGradient()}) */
    public double[] inputGradientTangent() {
        return rgin;
    }

    /** @return false for the first layer of a network: the data need no gradient, so gx is not computed */
    public boolean needsInputGradient() {
        return needInputGradient;
    }

    /** @return true when the input is data: its tangent is zero and {@link #inputTangent()} is not read */
    public boolean inputConstant() {
        return inputConstant;
    }

    /** @return the start of this layer's parameters in the flat vector (and in the direction and accumulators) */
    public int parameterOffset() {
        return paramOffset;
    }

    /** @return the start of this layer's buffers in the buffer vector */
    public int bufferOffset() {
        return bufferOffset;
    }

    /** @return the stable index of this slot in its network (e.g. to draw a per-layer random mask) */
    public int id() {
        return id;
    }

    /** @return the largest batch the arrays hold */
    public int maxBatch() {
        return maxBatch;
    }

    /** @return what the layer keeps between its passes (set with {@link #setCache}), or null */
    public Object cache() {
        return cache;
    }

    /**
     * Sets what the layer keeps between its forward and backward passes, e.g. in {@link Layer#newSlot} (allocate
     * once for {@link #maxBatch()} rows, not per pass).
     */
    public void setCache(Object value) {
        cache = value;
    }
}
