package org.losslandscape.compute.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A lookup table of token vectors, PyTorch's {@code nn.Embedding} applied to a fixed number of tokens per row:
 * an input row holds {@code tokens} token ids (as doubles, e.g. the TOKENS encoding of the modular-arithmetic
 * data), the output row is their {@code dim}-vectors concatenated ({@code tokens·dim} features). Parameter
 * "weight" is the {@code vocabulary×dim} table, one row per token.
 * <pre>
 * forward            y[i, t·dim + k]  = W[id(i, t), k]
 * forward tangent    Ry[i, t·dim + k] = V[id(i, t), k]     (the input is data: no Rx term)
 * backward           gW[id(i, t), k] += gy[i, t·dim + k]   (no input gradient: ids are not differentiable)
 * backward tangent   hW[id(i, t), k] += Rgy[i, t·dim + k]  (y is linear in W: no second-order term)
 * </pre>
 * Because the inputs are indices an Embedding must be the first layer of a network (the description's
 * validation checks it, and {@link #forward} refuses an input that is not data). It never writes {@code gin}.
 * <p>
 * Initialisation: PyTorch's default is N(0, 1); NORMAL is N(0, σ²); ZEROS is 0; KAIMING and XAVIER treat the table
 * as a {@code vocabulary×dim} weight, i.e. fan_in = dim (and fan_out = vocabulary for Xavier), as PyTorch's
 * {@code kaiming_normal_} / {@code xavier_uniform_} do on the table.
 */
public final class Embedding implements Layer {

    private final int vocabulary;
    private final int dim;
    private final int tokens;

    /**
     * @param vocabulary number of distinct token ids; ids are in [0, vocabulary)
     * @param dim size of each token vector
     * @param tokens token ids per input row
     */
    public Embedding(int vocabulary, int dim, int tokens) {
        if (vocabulary < 1 || dim < 1 || tokens < 1) {
            throw new IllegalArgumentException("an Embedding needs vocabulary, dim and tokens of at least 1, got "
                    + vocabulary + ", " + dim + ", " + tokens);
        }
        this.vocabulary = vocabulary;
        this.dim = dim;
        this.tokens = tokens;
    }

    @Override
    public String kind() {
        return "Embedding";
    }

    @Override
    public String describe() {
        return "Embedding " + vocabulary + " × " + dim + " (" + tokens + " tokens)";
    }

    @Override
    public int inputWidth() {
        return tokens;
    }

    @Override
    public int outputWidth() {
        return tokens * dim;
    }

    @Override
    public int parameterCount() {
        return vocabulary * dim;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of(new ParameterBlock("weight", 0, vocabulary, dim, ParameterBlock.Role.EMBEDDING));
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        int count = vocabulary * dim;
        switch (init.kind()) {
            case PYTORCH_DEFAULT -> {
                for (int i = 0; i < count; i++) {
                    params[offset + i] = rng.nextGaussian();
                }
            }
            case KAIMING, XAVIER, NORMAL, ZEROS -> init.weights(params, offset, dim, vocabulary, rng);
        }
    }

    /** @return the token id at {@code in[i·tokens + t]}, validated */
    private int id(double[] in, int i, int t) {
        double x = in[i * tokens + t];
        if (!(x >= 0 && x < vocabulary) || x != Math.rint(x)) {
            throw new IllegalArgumentException("Embedding: row " + i + ", token " + t + " holds " + x
                    + "; token ids must be whole numbers in [0, " + vocabulary + ")");
        }
        return (int) x;
    }

    /** Copies (or adds) the table rows of the batch's ids from {@code table} into {@code y}, or back. */
    private void gather(double[] in, double[] table, int off, double[] y, int n) {
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < tokens; t++) {
                System.arraycopy(table, off + id(in, i, t) * dim, y, (i * tokens + t) * dim, dim);
            }
        }
    }

    /** {@code acc[id] += g[i, t]} for every token of the batch. */
    private void scatter(double[] in, double[] g, double[] acc, int off, int n) {
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < tokens; t++) {
                int a = off + id(in, i, t) * dim;
                int b = (i * tokens + t) * dim;
                for (int k = 0; k < dim; k++) {
                    acc[a + k] += g[b + k];
                }
            }
        }
    }

    @Override
    public void forward(Pass p, Slot s) {
        if (!s.inputConstant) {
            throw new IllegalStateException("an Embedding must be the first layer: its input are token ids, "
                    + "not the output of another layer");
        }
        gather(s.in, p.params, s.paramOffset, s.out, p.n);
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        gather(s.in, p.v, s.paramOffset, s.rout, p.n);
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (p.grad != null) {
            scatter(s.in, s.gout, p.grad, s.paramOffset, p.n);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        scatter(s.in, s.rgout, p.hv, s.paramOffset, p.n);
    }
}
