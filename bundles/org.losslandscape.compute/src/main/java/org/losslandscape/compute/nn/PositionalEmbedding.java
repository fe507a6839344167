package org.losslandscape.compute.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Learned positional embeddings added to a sequence: a row of {@code tokens} vectors of {@code d} features gets the
 * position's own vector added, {@code y[i, t, k] = x[i, t, k] + P[t, k]} (as GPT-2 and Nanda et al.'s grokking
 * transformer do after the token embedding). Parameter "weight" is the {@code tokens×d} table, PyTorch's name for
 * an {@code nn.Embedding(tokens, d)} or a module's {@code weight} parameter.
 * <pre>
 * forward            y   = x + P
 * forward tangent    Ry  = Rx + V_P
 * backward           gx  = gy            gP += Σ_rows gy
 * backward tangent   Rgx = Rgy           hP += Σ_rows Rgy    (y is linear in x and P: no second-order term)
 * </pre>
 * Initialisation: PyTorch's default for an embedding, N(0, 1); the others as {@link Embedding}'s.
 */
public final class PositionalEmbedding implements Layer {

    private final int tokens;
    private final int dim;

    /**
     * @param tokens positions per row
     * @param dim features per position
     */
    public PositionalEmbedding(int tokens, int dim) {
        if (tokens < 1 || dim < 1) {
            throw new IllegalArgumentException("positional embeddings need tokens and dim of at least 1, got "
                    + tokens + ", " + dim);
        }
        this.tokens = tokens;
        this.dim = dim;
    }

    @Override
    public String kind() {
        return "PositionalEmbedding";
    }

    @Override
    public String describe() {
        return "PositionalEmbedding " + tokens + " × " + dim;
    }

    @Override
    public int inputWidth() {
        return tokens * dim;
    }

    @Override
    public int outputWidth() {
        return tokens * dim;
    }

    @Override
    public int parameterCount() {
        return tokens * dim;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of(new ParameterBlock("weight", 0, tokens, dim, ParameterBlock.Role.EMBEDDING));
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        if (init.kind() == Initializer.Kind.PYTORCH_DEFAULT) {
            for (int i = 0; i < tokens * dim; i++) {
                params[offset + i] = rng.nextGaussian();
            }
        } else {
            init.weights(params, offset, dim, tokens, rng);
        }
    }

    /** {@code y = x + table} row by row ({@code x} null: zero). */
    private void addTable(double[] x, double[] table, int off, double[] y, int n) {
        int w = tokens * dim;
        for (int i = 0; i < n; i++) {
            int o = i * w;
            if (x == null) {
                System.arraycopy(table, off, y, o, w);
            } else {
                for (int j = 0; j < w; j++) {
                    y[o + j] = x[o + j] + table[off + j];
                }
            }
        }
    }

    @Override
    public void forward(Pass p, Slot s) {
        addTable(s.in, p.params, s.paramOffset, s.out, p.n);
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        addTable(s.inputConstant ? null : s.rin, p.v, s.paramOffset, s.rout, p.n);
    }

    @Override
    public void backward(Pass p, Slot s) {
        int count = p.n * tokens * dim;
        if (s.needInputGradient) {
            System.arraycopy(s.gout, 0, s.gin, 0, count);
        }
        if (p.grad != null) {
            ColumnSums.add(s.gout, p.n, tokens * dim, p.grad, s.paramOffset);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        int count = p.n * tokens * dim;
        if (s.needInputGradient) {
            System.arraycopy(s.rgout, 0, s.rgin, 0, count);
        }
        ColumnSums.add(s.rgout, p.n, tokens * dim, p.hv, s.paramOffset);
    }

    /** @return positions per row */
    public int tokens() {
        return tokens;
    }
}
