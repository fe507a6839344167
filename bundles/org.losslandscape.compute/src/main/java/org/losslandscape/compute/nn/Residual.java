package org.losslandscape.compute.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A residual block {@code y = x + F(x)} (He et al. 2016, "Deep Residual Learning for Image Recognition") with the
 * identity shortcut; {@code F} is a {@link Sequential} body that must keep the width. Its parameters are the
 * body's, so {@link #children()} lists the body's layers (names such as "1.0.weight").
 * <pre>
 * forward            y   = x + F(x)
 * backward           gx  = gy + J_Fᵀ·gy                 (the body accumulates its own parameter gradient)
 * forward tangent    Ry  = Rx + R F                    (Rx omitted when the input is data)
 * backward tangent   Rgx = Rgy + R(J_Fᵀ·gy)
 * </pre>
 * The block owns its output and input-gradient arrays (never aliased with the body's); its slot's one child is
 * the body's slot, whose first layer always computes its input gradient.
 */
public final class Residual implements Layer {

    private final Sequential body;

    /**
     * @param body at least one layer; the first layer's input width must equal the last layer's output width
     */
    public Residual(List<Layer> body) {
        if (body.isEmpty()) {
            throw new IllegalArgumentException("a residual block needs at least one layer");
        }
        this.body = new Sequential(body);
        if (this.body.inputWidth() != this.body.outputWidth()) {
            throw new IllegalArgumentException("the residual block maps " + this.body.inputWidth() + " features to "
                    + this.body.outputWidth() + "; a residual block must keep the width ("
                    + this.body.inputWidth() + ")");
        }
    }

    /** @return the body F */
    public Sequential body() {
        return body;
    }

    @Override
    public String kind() {
        return "Residual";
    }

    @Override
    public String describe() {
        int size = body.children().size();
        return "Residual (" + size + (size == 1 ? " layer)" : " layers)");
    }

    @Override
    public int inputWidth() {
        return body.inputWidth();
    }

    @Override
    public int outputWidth() {
        return body.outputWidth();
    }

    @Override
    public int parameterCount() {
        return body.parameterCount();
    }

    @Override
    public int bufferCount() {
        return body.bufferCount();
    }

    @Override
    public List<Layer> children() {
        return body.children();
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of();
    }

    @Override
    public int slotCount() {
        return 1 + body.slotCount();
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        body.initialise(params, offset, buffers, bufferOffset, init, rng);
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = new Slot(this, paramOffset, bufferOffset, id, maxBatch);
        s.allocate();
        s.children = new Slot[] {body.newSlot(paramOffset, bufferOffset, id + 1, maxBatch)};
        return s;
    }

    /** Writes {@code out = a + b} over the first {@code count} entries ({@code a} may be null: zero). */
    private static void add(double[] a, double[] b, double[] out, int count) {
        if (a == null) {
            System.arraycopy(b, 0, out, 0, count);
            return;
        }
        for (int i = 0; i < count; i++) {
            out[i] = a[i] + b[i];
        }
    }

    @Override
    public void forward(Pass p, Slot s) {
        Slot f = s.children[0];
        f.in = s.in;
        f.inputConstant = s.inputConstant;
        f.needInputGradient = true;
        body.forward(p, f);
        add(s.in, f.out, s.out, p.n * outputWidth());
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Slot f = s.children[0];
        f.rin = s.rin;
        body.forwardTangent(p, f);
        add(s.inputConstant ? null : s.rin, f.rout, s.rout, p.n * outputWidth());
    }

    @Override
    public void backward(Pass p, Slot s) {
        Slot f = s.children[0];
        f.gout = s.gout;
        body.backward(p, f);
        if (s.needInputGradient) {
            add(s.gout, f.gin, s.gin, p.n * inputWidth());
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        Slot f = s.children[0];
        f.rgout = s.rgout;
        body.backwardTangent(p, f);
        if (s.needInputGradient) {
            add(s.rgout, f.rgin, s.rgin, p.n * inputWidth());
        }
    }
}
