package org.losslandscape.compute.nn;

import java.util.SplittableRandom;

/**
 * A layer computed by an inner composition of other layers (a {@link Sequential} of {@link PerToken},
 * {@link Residual}, {@link Dense}, …) that names its parameters itself, as a PyTorch module with named submodules
 * does ("self_attn.in_proj_weight" rather than "0.0.weight"). Its slot's one child is the inner layer's slot, whose
 * arrays it shares; every pass is the inner layer's, so forward, backward and both R-operator halves are exact
 * when the inner layers' are.
 */
abstract class Delegating implements Layer {

    private final Layer impl;

    Delegating(Layer impl) {
        this.impl = impl;
    }

    @Override
    public int inputWidth() {
        return impl.inputWidth();
    }

    @Override
    public int outputWidth() {
        return impl.outputWidth();
    }

    @Override
    public int parameterCount() {
        return impl.parameterCount();
    }

    @Override
    public int slotCount() {
        return 1 + impl.slotCount();
    }

    /** The inner layer's own initialisation, for subclasses that keep it. */
    final void initialiseInner(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        impl.initialise(params, offset, buffers, bufferOffset, init, rng);
    }

    @Override
    public Slot newSlot(int paramOffset, int bufferOffset, int id, int maxBatch) {
        Slot s = new Slot(this, paramOffset, bufferOffset, id, maxBatch);
        Slot f = impl.newSlot(paramOffset, bufferOffset, id + 1, maxBatch);
        s.children = new Slot[] {f};
        s.out = f.out;
        s.rout = f.rout;
        s.gin = f.gin;
        s.rgin = f.rgin;
        return s;
    }

    @Override
    public void forward(Pass p, Slot s) {
        Slot f = s.children[0];
        f.in = s.in;
        f.inputConstant = s.inputConstant;
        f.needInputGradient = s.needInputGradient;
        impl.forward(p, f);
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Slot f = s.children[0];
        f.rin = s.rin;
        impl.forwardTangent(p, f);
    }

    @Override
    public void backward(Pass p, Slot s) {
        Slot f = s.children[0];
        f.gout = s.gout;
        impl.backward(p, f);
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        Slot f = s.children[0];
        f.rgout = s.rgout;
        impl.backwardTangent(p, f);
    }
}
