package org.losslandscape.compute.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layers applied one after the other. The building block of a {@link Network} and the body of a
 * {@link Residual} block. Its parameters are its children's, concatenated in order. Adjacent slots share
 * arrays: a child's input is the previous child's output, its backward signal the next child's input gradient.
 */
public final class Sequential implements Layer {

    private final List<Layer> layers;
    private final int parameterCount;
    private final int bufferCount;
    private final int slotCount;

    /**
     * @param layers at least one layer; adjacent widths must match (see {@link NetworkValidation})
     */
    public Sequential(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputWidth() != layers.get(i - 1).outputWidth()) {
                throw new IllegalArgumentException("layer " + (i + 1) + " (" + layers.get(i).kind() + "): input size "
                        + layers.get(i).inputWidth() + " does not match the previous output "
                        + layers.get(i - 1).outputWidth());
            }
        }
        this.layers = List.copyOf(layers);
        this.parameterCount = this.layers.stream().mapToInt(Layer::parameterCount).sum();
        this.bufferCount = this.layers.stream().mapToInt(Layer::bufferCount).sum();
        this.slotCount = 1 + this.layers.stream().mapToInt(Layer::slotCount).sum();
    }

    @Override
    public String kind() {
        return "Sequential";
    }

    @Override
    public String describe() {
        return "Sequential of " + layers.size() + " layers";
    }

    @Override
    public int inputWidth() {
        return layers.get(0).inputWidth();
    }

    @Override
    public int outputWidth() {
        return layers.get(layers.size() - 1).outputWidth();
    }

    /** The shape flows through the children one after the other. */
    @Override
    public ImageShape outputImage(ImageShape input) {
        ImageShape shape = input;
        for (Layer l : layers) {
            shape = l.outputImage(shape);
        }
        return shape;
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    @Override
    public int bufferCount() {
        return bufferCount;
    }

    @Override
    public List<Layer> children() {
        return layers;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of();
    }

    @Override
    public int slotCount() {
        return slotCount;
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        for (Layer l : layers) {
            l.initialise(params, offset, buffers, bufferOffset, init, rng);
            offset += l.parameterCount();
            bufferOffset += l.bufferCount();
        }
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = new Slot(this, paramOffset, bufferOffset, id, maxBatch);
        s.children = new Slot[layers.size()];
        int childId = id + 1;
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            s.children[i] = l.newSlot(paramOffset, bufferOffset, childId, maxBatch);
            paramOffset += l.parameterCount();
            bufferOffset += l.bufferCount();
            childId += l.slotCount();
        }
        for (int i = 1; i < layers.size() - 1; i++) {
            if (runsInPlace(i)) {
                // a ReLU between two Dense layers overwrites its input and its output gradient: ReLU's derivatives
                // depend only on sign(y) = sign(x), and Dense never reads its own output or input gradient again
                s.children[i].out = s.children[i - 1].out;
                s.children[i].gin = s.children[i + 1].gin;
            }
        }
        Slot first = s.children[0];
        Slot last = s.children[s.children.length - 1];
        s.out = last.out;
        s.rout = last.rout;
        s.gin = first.gin;
        s.rgin = first.rgin;
        return s;
    }

    private boolean runsInPlace(int i) {
        return layers.get(i) instanceof Activation a && a.function() == Activation.Function.RELU
                && layers.get(i - 1) instanceof Dense && layers.get(i + 1) instanceof Dense;
    }

    @Override
    public void forward(Pass p, Slot s) {
        Slot[] c = s.children;
        for (int i = 0; i < c.length; i++) {
            c[i].in = i == 0 ? s.in : c[i - 1].out;
            c[i].inputConstant = i == 0 && s.inputConstant;
            c[i].needInputGradient = i > 0 || s.needInputGradient;
            c[i].layer.forward(p, c[i]);
        }
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Slot[] c = s.children;
        for (int i = 0; i < c.length; i++) {
            c[i].rin = i == 0 ? s.rin : c[i - 1].rout;
            c[i].layer.forwardTangent(p, c[i]);
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        Slot[] c = s.children;
        for (int i = c.length - 1; i >= 0; i--) {
            c[i].gout = i == c.length - 1 ? s.gout : c[i + 1].gin;
            c[i].layer.backward(p, c[i]);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        Slot[] c = s.children;
        for (int i = c.length - 1; i >= 0; i--) {
            c[i].rgout = i == c.length - 1 ? s.rgout : c[i + 1].rgin;
            c[i].layer.backwardTangent(p, c[i]);
        }
    }
}
