package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One transformer block on a sequence of {@code tokens} vectors of {@code d} features: multi-head self-attention
 * and a position-wise MLP ({@code d → mlp → d}, ReLU or GELU), each inside a residual connection, with LayerNorm
 * before each (pre-LN, PyTorch's {@code nn.TransformerEncoderLayer(…, norm_first=True)}), after each residual
 * sum (post-LN, {@code norm_first=False}) or without LayerNorm (Nanda et al.'s grokking transformer):
 * <pre>
 * pre-LN     x = x + SA(LN₁(x));   y = x + MLP(LN₂(x))
 * post-LN    x = LN₁(x + SA(x));   y = LN₂(x + MLP(x))
 * no LN      x = x + SA(x);        y = x + MLP(x)
 * </pre>
 * It is a composition of {@link Residual}, {@link PerToken}, {@link LayerNorm}, {@link SelfAttention},
 * {@link Dense} and {@link Activation}, so its forward, backward and R-operator passes are theirs. Parameters carry
 * the names of {@code nn.TransformerEncoderLayer} ({@code self_attn.in_proj_weight}, {@code self_attn.out_proj.bias},
 * {@code linear1.weight}, {@code linear2.bias}, {@code norm1.weight}, …), so a PyTorch model of that layer loads
 * here by name (with dropout 0); the flat vector stores them in the order the block computes with them.
 */
public final class TransformerBlock extends Delegating {

    /** Where the block normalises. */
    public enum Norm {
        /** LayerNorm before attention and MLP, inside the residual branch */
        PRE,
        /** LayerNorm after each residual sum */
        POST,
        /** no LayerNorm */
        NONE
    }

    private final int tokens;
    private final int dim;
    private final int heads;
    private final int mlp;
    private final Norm norm;
    private final boolean gelu;
    private final boolean causal;
    private final double eps;
    private final int first;
    private final int count;
    private final List<Named> named;

    /** A PyTorch submodule name and the layer that holds its parameters. */
    private record Named(String name, Layer layer) {
    }

    /**
     * @param tokens positions per row
     * @param dim features per position, divisible by {@code heads}
     * @param heads attention heads
     * @param mlp hidden width of the MLP
     * @param norm where LayerNorm goes
     * @param eps LayerNorm's ε
     * @param gelu GELU in the MLP instead of ReLU
     * @param causal causal attention
     */
    public TransformerBlock(int tokens, int dim, int heads, int mlp, Norm norm, double eps, boolean gelu,
            boolean causal) {
        this(tokens, dim, heads, mlp, norm, eps, gelu, causal, 0, tokens);
    }

    private TransformerBlock(int tokens, int dim, int heads, int mlp, Norm norm, double eps, boolean gelu,
            boolean causal, int first, int count) {
        this(tokens, dim, heads, mlp, norm, eps, gelu, causal, first, count, parts(tokens, dim, heads, mlp, norm, eps,
                gelu, causal, first, count));
    }

    private TransformerBlock(int tokens, int dim, int heads, int mlp, Norm norm, double eps, boolean gelu,
            boolean causal, int first, int count, Parts parts) {
        super(parts.impl);
        this.eps = eps;
        this.first = first;
        this.count = count;
        this.tokens = tokens;
        this.dim = dim;
        this.heads = heads;
        this.mlp = mlp;
        this.norm = norm;
        this.gelu = gelu;
        this.causal = causal;
        this.named = parts.named;
    }

    /** The inner composition and its named parameter holders in storage order. */
    private record Parts(Layer impl, List<Named> named) {
    }

    /**
     * The composition; when only positions {@code first … first + count − 1} of the output are read (a
     * {@link SelectPositions} follows), everything after the attention — which mixes the positions — runs on those
     * positions alone (for logits at the last position, the MLP on one position of three).
     */
    private static Parts parts(int tokens, int dim, int heads, int mlp, Norm norm, double eps, boolean gelu,
            boolean causal, int first, int count) {
        SelfAttention attention = new SelfAttention(tokens, dim, heads, causal, true);
        Dense linear1 = new Dense(dim, mlp);
        Layer activation = new Activation(gelu ? Activation.Function.GELU : Activation.Function.RELU, mlp);
        Dense linear2 = new Dense(mlp, dim);
        LayerNorm norm1 = new LayerNorm(dim, eps, true);
        LayerNorm norm2 = new LayerNorm(dim, eps, true);
        List<Layer> layers = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        Layer keep = new SelectPositions(tokens, dim, first, count);
        boolean all = count == tokens;
        switch (norm) {
            case PRE -> {
                layers.add(new Residual(List.of(new PerToken(tokens, List.of(norm1)), attention)));
                if (!all) {
                    layers.add(keep);
                }
                layers.add(new Residual(List.of(new PerToken(count, List.of(norm2, linear1, activation, linear2)))));
                named.addAll(List.of(new Named("norm1", norm1), new Named("self_attn", attention),
                        new Named("norm2", norm2), new Named("linear1", linear1), new Named("linear2", linear2)));
            }
            case POST -> {
                layers.add(new Residual(List.of(attention)));
                if (!all) {
                    layers.add(keep);
                }
                layers.add(new PerToken(count, List.of(norm1)));
                layers.add(new Residual(List.of(new PerToken(count, List.of(linear1, activation, linear2)))));
                layers.add(new PerToken(count, List.of(norm2)));
                named.addAll(List.of(new Named("self_attn", attention), new Named("norm1", norm1),
                        new Named("linear1", linear1), new Named("linear2", linear2), new Named("norm2", norm2)));
            }
            case NONE -> {
                layers.add(new Residual(List.of(attention)));
                if (!all) {
                    layers.add(keep);
                }
                layers.add(new Residual(List.of(new PerToken(count, List.of(linear1, activation, linear2)))));
                named.addAll(List.of(new Named("self_attn", attention), new Named("linear1", linear1),
                        new Named("linear2", linear2)));
            }
        }
        return new Parts(new Sequential(layers), List.copyOf(named));
    }

    /**
     * @return this block computing only the output positions {@code first … first + count − 1} (output width
     *         {@code count·d}), for a network in which a {@link SelectPositions} of those positions follows it; the
     *         same parameters, names and values at those positions
     */
    TransformerBlock keeping(int firstKept, int countKept) {
        return new TransformerBlock(tokens, dim, heads, mlp, norm, eps, gelu, causal, firstKept, countKept);
    }

    /** @return where the block normalises */
    public Norm norm() {
        return norm;
    }

    @Override
    public String kind() {
        return "TransformerBlock";
    }

    @Override
    public String describe() {
        return "TransformerBlock " + tokens + " × " + dim + ", " + heads + " heads, MLP " + mlp
                + (gelu ? " (GELU)" : "") + switch (norm) {
                    case PRE -> ", pre-LN";
                    case POST -> ", post-LN";
                    case NONE -> ", no LN";
                } + (causal ? ", causal" : "") + (count == tokens ? "" : ", output at " + (count == 1
                        ? "position " + first : "positions " + first + "…" + (first + count - 1)));
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        List<ParameterBlock> blocks = new ArrayList<>();
        int offset = 0;
        for (Named n : named) {
            for (ParameterBlock b : n.layer().parameterBlocks()) {
                blocks.add(new ParameterBlock(n.name() + "." + b.name(), offset + b.offset(), b.rows(), b.cols(),
                        b.role()));
            }
            offset += n.layer().parameterCount();
        }
        return blocks;
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        initialiseInner(params, offset, buffers, bufferOffset, init, rng);
    }
}
