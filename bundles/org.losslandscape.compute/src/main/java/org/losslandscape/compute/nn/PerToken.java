package org.losslandscape.compute.nn;

import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.SparseRows;

/**
 * Layers applied to every position of a sequence separately, with shared parameters: a row of {@code tokens}
 * vectors of {@code d} features ({@code tokens·d} values, row-major, as an {@link Embedding} writes them) becomes a
 * row of {@code tokens} vectors of the body's output width. This is what PyTorch's {@code nn.Linear},
 * {@code nn.LayerNorm} or an {@code nn.Sequential} of them do on a {@code [n, tokens, d]} tensor, and its
 * parameters carry the same names ("2.0.weight").
 * <p>
 * A batch of {@code n} rows of {@code tokens·d} values is, in memory, a batch of {@code n·tokens} rows of {@code d}
 * values: the body runs on that batch, with no copy. Forward, backward and both R-operator halves are the body's.
 */
public final class PerToken implements Layer {

    private final Sequential body;
    private final int tokens;

    /**
     * @param tokens positions per row, at least 1
     * @param body at least one layer, applied at each position
     */
    public PerToken(int tokens, List<Layer> body) {
        if (tokens < 1) {
            throw new IllegalArgumentException("PerToken needs at least 1 token, got " + tokens);
        }
        this.tokens = tokens;
        this.body = new Sequential(body);
    }

    /** @return positions per row */
    public int tokens() {
        return tokens;
    }

    /** @return the layers applied at each position */
    public Sequential body() {
        return body;
    }

    @Override
    public String kind() {
        return "PerToken";
    }

    @Override
    public String describe() {
        int size = body.children().size();
        return "PerToken × " + tokens + " (" + size + (size == 1 ? " layer)" : " layers)");
    }

    @Override
    public int inputWidth() {
        return tokens * body.inputWidth();
    }

    @Override
    public int outputWidth() {
        return tokens * body.outputWidth();
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
        Slot f = body.newSlot(paramOffset, bufferOffset, id + 1, maxBatch * tokens);
        s.children = new Slot[] {f};
        // the body's arrays are this layer's, seen as n·tokens rows
        s.out = f.out;
        s.rout = f.rout;
        s.gin = f.gin;
        s.rgin = f.rgin;
        return s;
    }

    /** Runs one pass of the body on {@code n·tokens} rows, restoring the pass afterwards. */
    private void run(Pass p, Runnable pass) {
        int n = p.n;
        SparseRows sparse = p.sparseInput;
        p.n = n * tokens;
        p.sparseInput = null; // the sparse form has the network's n rows, not n·tokens
        try {
            pass.run();
        } finally {
            p.n = n;
            p.sparseInput = sparse;
        }
    }

    @Override
    public void forward(Pass p, Slot s) {
        Slot f = s.children[0];
        f.in = s.in;
        f.inputConstant = s.inputConstant;
        f.needInputGradient = s.needInputGradient;
        run(p, () -> body.forward(p, f));
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        Slot f = s.children[0];
        f.rin = s.rin;
        run(p, () -> body.forwardTangent(p, f));
    }

    @Override
    public void backward(Pass p, Slot s) {
        Slot f = s.children[0];
        f.gout = s.gout;
        run(p, () -> body.backward(p, f));
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        Slot f = s.children[0];
        f.rgout = s.rgout;
        run(p, () -> body.backwardTangent(p, f));
    }
}
