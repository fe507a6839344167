package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A residual block {@code y = x + F(x)} (He et al. 2016, "Deep Residual Learning for Image Recognition") with the
 * identity shortcut; {@code F} is a {@link Sequential} body that must keep the width. Its parameters are the
 * body's, so {@link #children()} lists the body's layers (names such as "1.0.weight").
 * <p>
 * With a shortcut layer {@code S} (the 1×1 projection of He et al.'s option B, when a convolutional body changes the
 * shape) the block computes {@code y = S(x) + F(x)}; {@code S} is then the last child (after the body's layers), and
 * its parameters follow the body's. Every formula below holds with {@code x} replaced by {@code S(x)} and {@code gy}
 * back-propagated through {@code S}.
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
    /** The projection S of {@code y = S(x) + F(x)}, or null for the identity shortcut. */
    private final Layer shortcut;

    /**
     * @param body at least one layer; the first layer's input width must equal the last layer's output width
     */
    public Residual(List<Layer> body) {
        this(body, null);
    }

    /**
     * @param body at least one layer
     * @param shortcut the projection S with the body's input and output widths, or null for the identity (the body
     *            must then keep the width)
     */
    public Residual(List<Layer> body, Layer shortcut) {
        if (body.isEmpty()) {
            throw new IllegalArgumentException("a residual block needs at least one layer");
        }
        this.body = new Sequential(body);
        this.shortcut = shortcut;
        if (shortcut != null) {
            if (shortcut.inputWidth() != this.body.inputWidth() || shortcut.outputWidth() != this.body.outputWidth()) {
                throw new IllegalArgumentException("the shortcut maps " + shortcut.inputWidth() + " features to "
                        + shortcut.outputWidth() + ", the body " + this.body.inputWidth() + " to "
                        + this.body.outputWidth() + "; they must agree");
            }
        } else if (this.body.inputWidth() != this.body.outputWidth()) {
            throw new IllegalArgumentException("the residual block maps " + this.body.inputWidth() + " features to "
                    + this.body.outputWidth() + "; a residual block must keep the width ("
                    + this.body.inputWidth() + ")");
        }
    }

    /** @return the body F */
    public Sequential body() {
        return body;
    }

    /** @return the projection shortcut S, or null for the identity */
    public Layer shortcut() {
        return shortcut;
    }

    @Override
    public ImageShape outputImage(ImageShape input) {
        return shortcut != null ? shortcut.outputImage(input) : body.outputImage(input);
    }

    @Override
    public String kind() {
        return "Residual";
    }

    @Override
    public String describe() {
        int size = body.children().size();
        return "Residual (" + size + (size == 1 ? " layer" : " layers") + (shortcut == null ? ")"
                : ", projection " + shortcut.describe() + ")");
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
        return body.parameterCount() + (shortcut == null ? 0 : shortcut.parameterCount());
    }

    @Override
    public int bufferCount() {
        return body.bufferCount() + (shortcut == null ? 0 : shortcut.bufferCount());
    }

    @Override
    public List<Layer> children() {
        if (shortcut == null) {
            return body.children();
        }
        List<Layer> all = new ArrayList<>(body.children());
        all.add(shortcut);
        return List.copyOf(all);
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of();
    }

    @Override
    public int slotCount() {
        return 1 + body.slotCount() + (shortcut == null ? 0 : shortcut.slotCount());
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        body.initialise(params, offset, buffers, bufferOffset, init, rng);
        if (shortcut != null) {
            shortcut.initialise(params, offset + body.parameterCount(), buffers, bufferOffset + body.bufferCount(),
                    init, rng);
        }
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = new Slot(this, paramOffset, bufferOffset, id, maxBatch);
        s.allocate();
        Slot f = body.newSlot(paramOffset, bufferOffset, id + 1, maxBatch);
        s.children = shortcut == null ? new Slot[] {f}
                : new Slot[] {f, shortcut.newSlot(paramOffset + body.parameterCount(),
                        bufferOffset + body.bufferCount(), id + 1 + body.slotCount(), maxBatch)};
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
        if (shortcut == null) {
            add(s.in, f.out, s.out, p.n * outputWidth());
            return;
        }
        Slot sc = s.children[1];
        sc.in = s.in;
        sc.inputConstant = s.inputConstant;
        sc.needInputGradient = s.needInputGradient;
        shortcut.forward(p, sc);
        add(sc.out, f.out, s.out, p.n * outputWidth());
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Slot f = s.children[0];
        f.rin = s.rin;
        body.forwardTangent(p, f);
        if (shortcut == null) {
            add(s.inputConstant ? null : s.rin, f.rout, s.rout, p.n * outputWidth());
            return;
        }
        Slot sc = s.children[1];
        sc.rin = s.rin;
        shortcut.forwardTangent(p, sc);
        add(sc.rout, f.rout, s.rout, p.n * outputWidth());
    }

    @Override
    public void backward(Pass p, Slot s) {
        Slot f = s.children[0];
        f.gout = s.gout;
        body.backward(p, f);
        if (shortcut != null) {
            Slot sc = s.children[1];
            sc.gout = s.gout;
            shortcut.backward(p, sc);
            if (s.needInputGradient) {
                add(sc.gin, f.gin, s.gin, p.n * inputWidth());
            }
        } else if (s.needInputGradient) {
            add(s.gout, f.gin, s.gin, p.n * inputWidth());
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        Slot f = s.children[0];
        f.rgout = s.rgout;
        body.backwardTangent(p, f);
        if (shortcut != null) {
            Slot sc = s.children[1];
            sc.rgout = s.rgout;
            shortcut.backwardTangent(p, sc);
            if (s.needInputGradient) {
                add(sc.rgin, f.rgin, s.rgin, p.n * inputWidth());
            }
        } else if (s.needInputGradient) {
            add(s.rgout, f.rgin, s.rgin, p.n * inputWidth());
        }
    }
}
