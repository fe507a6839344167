package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Multi-head self-attention on a sequence, PyTorch's {@code nn.MultiheadAttention(d, heads, batch_first=True)}
 * called as {@code attn(x, x, x)}: a row holds {@code tokens} vectors of {@code d} features; each position's
 * query, key and value come from one input projection, the heads attend ({@link AttentionCore}, a causal mask
 * optional), and an output projection mixes the heads:
 * <pre>
 * [Q | K | V] = X·W_inᵀ + b_in      (per position, d → 3d)
 * O          = concat_h softmax(Q_h·K_hᵀ/√d_h (+ mask))·V_h
 * Y          = O·W_outᵀ + b_out     (per position, d → d)
 * </pre>
 * The projections are {@link Dense} layers over the {@code n·tokens} positions of the batch (one product each, on
 * the register-tiled GEMM); their forward, backward and R-operator code is Dense's, the attention's is
 * {@link AttentionCore}'s. Parameters, in PyTorch's order and names: {@code in_proj_weight} ({@code 3d×d}, rows
 * of W_q, then W_k, then W_v), {@code in_proj_bias} ({@code 3d}), {@code out_proj.weight} ({@code d×d}),
 * {@code out_proj.bias} ({@code d}); no biases without {@code bias}.
 * <p>
 * PyTorch's initialisation (the default): {@code in_proj_weight} Xavier-uniform over {@code 3d×d}, the output
 * weight uniform in ±1/√d, both biases 0. The other initialisers treat the two weights as Dense weights.
 */
public final class SelfAttention extends Delegating {

    private final int tokens;
    private final int dim;
    private final int heads;
    private final boolean causal;
    private final boolean bias;

    /**
     * @param tokens positions per row
     * @param dim features per position, divisible by {@code heads}
     * @param heads attention heads
     * @param causal position t attends to positions ≤ t only
     * @param bias whether the projections have biases
     */
    public SelfAttention(int tokens, int dim, int heads, boolean causal, boolean bias) {
        super(new Sequential(List.of(new PerToken(tokens, List.of(new Dense(dim, 3 * dim, bias))),
                new AttentionCore(tokens, dim, heads, causal),
                new PerToken(tokens, List.of(new Dense(dim, dim, bias))))));
        this.tokens = tokens;
        this.dim = dim;
        this.heads = heads;
        this.causal = causal;
        this.bias = bias;
    }

    /** @return attention heads */
    public int heads() {
        return heads;
    }

    /** @return whether the attention is causal */
    public boolean causal() {
        return causal;
    }

    @Override
    public String kind() {
        return "SelfAttention";
    }

    @Override
    public String describe() {
        return "SelfAttention " + tokens + " × " + dim + ", " + heads + " heads" + (causal ? ", causal" : "")
                + (bias ? "" : " (no bias)");
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        List<ParameterBlock> blocks = new ArrayList<>();
        int w = 3 * dim * dim;
        blocks.add(new ParameterBlock("in_proj_weight", 0, 3 * dim, dim, ParameterBlock.Role.WEIGHT));
        int next = w;
        if (bias) {
            blocks.add(new ParameterBlock("in_proj_bias", next, 1, 3 * dim, ParameterBlock.Role.BIAS));
            next += 3 * dim;
        }
        blocks.add(new ParameterBlock("out_proj.weight", next, dim, dim, ParameterBlock.Role.WEIGHT));
        next += dim * dim;
        if (bias) {
            blocks.add(new ParameterBlock("out_proj.bias", next, 1, dim, ParameterBlock.Role.BIAS));
        }
        return blocks;
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        if (init.kind() != Initializer.Kind.PYTORCH_DEFAULT) {
            initialiseInner(params, offset, buffers, bufferOffset, init, rng);
            return;
        }
        Initializer.xavier().weights(params, offset, dim, 3 * dim, rng);
        int next = offset + 3 * dim * dim;
        if (bias) {
            Arrays.fill(params, next, next + 3 * dim, 0);
            next += 3 * dim;
        }
        init.weights(params, next, dim, dim, rng);
        next += dim * dim;
        if (bias) {
            Arrays.fill(params, next, next + dim, 0);
        }
    }
}
