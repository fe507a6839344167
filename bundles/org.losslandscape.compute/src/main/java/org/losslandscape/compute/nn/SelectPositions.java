package org.losslandscape.compute.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Keeps the vectors at chosen positions of a sequence: of a row of {@code tokens} vectors of {@code d} features,
 * the {@code count} consecutive ones from position {@code first} ({@code x[:, first : first + count, :]} in
 * PyTorch), e.g. the last position, where a transformer on {@code (a, b, =)} reads out its answer: a
 * {@link Dense} layer after it then gives the logits at that position (with {@code count > 1}, a {@link PerToken}
 * Dense gives them at each kept position). No parameters; linear, so its tangents are its own map:
 * <pre>
 * forward            y = x[:, first : first + count, :]        Ry likewise from Rx
 * backward           gx = gy at the kept positions, 0 elsewhere  Rgx likewise from Rgy
 * </pre>
 */
public final class SelectPositions implements Layer {

    private final int tokens;
    private final int dim;
    private final int first;
    private final int count;
    /** What {@link #describe} shows: the selection as the network states it, also when a block already made it. */
    private final String description;

    /**
     * @param tokens positions per row
     * @param dim features per position
     * @param first the first kept position, {@code 0 ≤ first}, {@code first + count ≤ tokens}
     * @param count number of kept positions, at least 1
     */
    public SelectPositions(int tokens, int dim, int first, int count) {
        if (tokens < 1 || dim < 1 || count < 1 || first < 0 || first + count > tokens) {
            throw new IllegalArgumentException("positions " + first + " … " + (first + count - 1)
                    + " are not within a sequence of " + tokens + " (dim " + dim + ")");
        }
        this.tokens = tokens;
        this.dim = dim;
        this.first = first;
        this.count = count;
        this.description = "SelectPositions " + (count == 1 ? String.valueOf(first) : first + "…" + (first + count - 1))
                + " of " + tokens + " × " + dim;
    }

    private SelectPositions(SelectPositions made) {
        this.tokens = made.count;
        this.dim = made.dim;
        this.first = 0;
        this.count = made.count;
        this.description = made.description + " (computed by the block before it)";
    }

    /** @return the first kept position */
    int first() {
        return first;
    }

    /** @return the number of kept positions */
    int count() {
        return count;
    }

    /**
     * @return this selection when the layer before it already computes only the kept positions (a
     *         {@link TransformerBlock#keeping}): a copy of its input, with this layer's description
     */
    SelectPositions alreadyMade() {
        return new SelectPositions(this);
    }

    @Override
    public String kind() {
        return "SelectPositions";
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public int inputWidth() {
        return tokens * dim;
    }

    @Override
    public int outputWidth() {
        return count * dim;
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of();
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        // no parameters
    }

    private void select(double[] x, double[] y, int n) {
        int in = tokens * dim;
        int out = count * dim;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, i * in + first * dim, y, i * out, out);
        }
    }

    private void place(double[] g, double[] gx, int n) {
        int in = tokens * dim;
        int out = count * dim;
        Arrays.fill(gx, 0, n * in, 0);
        for (int i = 0; i < n; i++) {
            System.arraycopy(g, i * out, gx, i * in + first * dim, out);
        }
    }

    @Override
    public void forward(Pass p, Slot s) {
        select(s.in, s.out, p.n);
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        if (s.inputConstant) {
            Arrays.fill(s.rout, 0, p.n * count * dim, 0);
        } else {
            select(s.rin, s.rout, p.n);
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (s.needInputGradient) {
            place(s.gout, s.gin, p.n);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        if (s.needInputGradient) {
            place(s.rgout, s.rgin, p.n);
        }
    }
}
