package org.losslandscape.compute.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;

/**
 * Gradients and Hessian-vector products of the sequence layers (self-attention, causal or not, as first layer and
 * deeper; positional embeddings; transformer blocks pre-LN, post-LN and without LayerNorm, ReLU and GELU; PerToken;
 * SelectPositions) against central finite differences, and their results independent of the thread count.
 */
class AttentionDerivativesTest {

    private static final int TOKENS = 3;
    private static final int DIM = 4;
    private static final int VOCABULARY = 5;
    private static final int ROWS = 5;

    static Stream<String> cases() {
        return Stream.of("attention-first", "attention-causal", "attention-no-bias", "positional", "block-pre",
                "block-post", "block-none", "block-gelu-causal", "per-token", "select-middle", "select-two");
    }

    /** @return the layers of a case; token inputs for the cases that start with an Embedding */
    static List<LayerDescription> layers(String which) {
        LayerDescription embed = LayerDescription.embedding(VOCABULARY, DIM, TOKENS);
        LayerDescription pos = LayerDescription.positionalEmbedding(TOKENS);
        LayerDescription last = LayerDescription.selectPosition(TOKENS, -1);
        LayerDescription out = LayerDescription.dense(3);
        return switch (which) {
            case "attention-first" -> List.of(LayerDescription.selfAttention(TOKENS, 2, false), last, out);
            case "attention-causal" -> List.of(embed, LayerDescription.selfAttention(TOKENS, 2, true),
                    LayerDescription.selectPosition(TOKENS, 0), out);
            case "attention-no-bias" -> List.of(embed, LayerDescription.selfAttention(TOKENS, 1, false)
                    .with("bias", false), LayerDescription.tanh(), last, out);
            case "positional" -> List.of(embed, pos, LayerDescription.tanh(), last, out);
            case "block-pre" -> List.of(embed, pos, LayerDescription.transformerBlock(TOKENS, 2, 6, true), last, out);
            case "block-post" -> List.of(embed, pos, LayerDescription.transformerBlock(TOKENS, 2, 6, true)
                    .with("normFirst", false), last, out);
            case "block-none" -> List.of(embed, pos, LayerDescription.transformerBlock(TOKENS, 2, 6, false), last,
                    out);
            case "block-gelu-causal" -> List.of(embed, LayerDescription.transformerBlock(TOKENS, 2, 0, true)
                    .with("gelu", true).with("causal", true), last, out);
            case "per-token" -> List.of(embed, LayerDescription.perToken(TOKENS, LayerDescription.layerNorm(),
                    LayerDescription.dense(5), LayerDescription.gelu()), LayerDescription.selfAttention(TOKENS, 5,
                            false), last, out);
            case "select-middle" -> List.of(embed, LayerDescription.selfAttention(TOKENS, 2, false),
                    LayerDescription.selectPosition(TOKENS, 1), out);
            case "select-two" -> List.of(LayerDescription.selfAttention(TOKENS, 2, true),
                    LayerDescription.of("SELECT_POSITIONS").with("tokens", TOKENS).with("position", 1)
                            .with("count", 2), LayerDescription.perToken(2, LayerDescription.dense(3)));
            default -> throw new IllegalArgumentException(which);
        };
    }

    static boolean tokenInput(String which) {
        return !which.equals("attention-first") && !which.equals("select-two");
    }

    static Network network(String which) {
        int width = tokenInput(which) ? TOKENS : TOKENS * DIM;
        return new NetworkDescription(width, layers(which),
                which.equals("select-two") ? LossType.MSE : LossType.CROSS_ENTROPY).build();
    }

    static Batch batch(String which, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        if (which.equals("select-two")) {
            return DerivativeCheck.regression(ROWS, TOKENS * DIM, 6, seed);
        }
        if (!tokenInput(which)) {
            return DerivativeCheck.classification(ROWS, TOKENS * DIM, 3, seed);
        }
        double[] x = new double[ROWS * TOKENS];
        int[] y = new int[ROWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextInt(VOCABULARY);
        }
        for (int i = 0; i < ROWS; i++) {
            y[i] = rng.nextInt(3);
        }
        return new Batch(x, ROWS, TOKENS, y, 3, null, 0);
    }

    static double[] parameters(Network net, long seed) {
        double[] params = net.initialParameters(Initializer.pytorchDefault(), seed);
        SplittableRandom rng = new SplittableRandom(seed + 1);
        for (int i = 0; i < params.length; i++) {
            params[i] += 0.3 * rng.nextGaussian(); // no zero biases, γ and β away from 1 and 0
        }
        return params;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientAndHessianVectorProductsMatchFiniteDifferences(String which) {
        Network net = network(which);
        long seed = which.hashCode();
        DerivativeCheck.check(which, net, parameters(net, seed), net.initialBuffers(), batch(which, seed),
                PassMode.EVAL);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Network net = new NetworkDescription(TOKENS, List.of(LayerDescription.embedding(VOCABULARY, 8, TOKENS),
                LayerDescription.positionalEmbedding(TOKENS), LayerDescription.transformerBlock(TOKENS, 2, 16, true),
                LayerDescription.selectPosition(TOKENS, -1), LayerDescription.dense(3)), LossType.CROSS_ENTROPY)
                .build();
        double[] params = parameters(net, 5);
        SplittableRandom rng = new SplittableRandom(3);
        int n = 300;
        double[] x = new double[n * TOKENS];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextInt(VOCABULARY);
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(3);
        }
        Batch batch = new Batch(x, n, TOKENS, y, 3, null, 0);
        double[] v = rng.doubles(params.length, -1, 1).toArray();
        double[][] hv = new double[2][params.length];
        double[][] g = new double[2][params.length];
        int before = Parallel.threads();
        try {
            for (int t = 0; t < 2; t++) {
                Parallel.setThreads(t + 1);
                net.hessianVectorProduct(net.newWorkspace(n), params, net.initialBuffers(), batch, PassMode.EVAL, v,
                        hv[t], g[t]);
            }
        } finally {
            Parallel.setThreads(before);
        }
        assertArrayEquals(g[0], g[1], 0, "gradient with 1 and 2 threads");
        assertArrayEquals(hv[0], hv[1], 0, "H·v with 1 and 2 threads");
    }

    @Test
    void parameterCountsAndNamesFollowPyTorch() {
        NetworkDescription d = new NetworkDescription(TOKENS, List.of(LayerDescription.embedding(98, 128, TOKENS),
                LayerDescription.positionalEmbedding(TOKENS), LayerDescription.transformerBlock(TOKENS, 4, 512, true),
                LayerDescription.selectPosition(TOKENS, -1), LayerDescription.dense(97)), LossType.CROSS_ENTROPY);
        Network net = d.build();
        // nn.Embedding(98, 128), positions 3×128, nn.TransformerEncoderLayer(128, 4, 512), nn.Linear(128, 97)
        long expected = 98 * 128 + 3 * 128 + (4 * 128 * 128 + 4 * 128) + (2 * 128 * 512 + 512 + 128) + 4 * 128
                + 128 * 97 + 97;
        assertEquals(expected, net.parameterCount());
        assertEquals(expected, d.parameterCount());
        List<String> names = net.parameterBlocks().stream().map(Network.NamedBlock::name).toList();
        assertEquals(List.of("0.weight", "1.weight", "2.norm1.weight", "2.norm1.bias", "2.self_attn.in_proj_weight",
                "2.self_attn.in_proj_bias", "2.self_attn.out_proj.weight", "2.self_attn.out_proj.bias",
                "2.norm2.weight", "2.norm2.bias", "2.linear1.weight", "2.linear1.bias", "2.linear2.weight",
                "2.linear2.bias", "4.weight", "4.bias"), names);
        int sum = net.parameterBlocks().stream().mapToInt(b -> b.block().size()).sum();
        assertEquals(net.parameterCount(), sum);
        int offset = 0;
        for (Network.NamedBlock b : net.parameterBlocks()) {
            assertEquals(offset, b.offset(), b.name() + " is where the previous block ends");
            offset += b.block().size();
        }
    }

    @Test
    void aBlockBeforeASelectionComputesOnlyTheKeptPositionsAndGivesTheSameResults() {
        for (TransformerBlock.Norm norm : TransformerBlock.Norm.values()) {
            TransformerBlock block = new TransformerBlock(TOKENS, DIM, 2, 6, norm, 1e-5, false, false);
            Network plain = new Network(List.of(new Embedding(VOCABULARY, DIM, TOKENS), new PositionalEmbedding(TOKENS,
                    DIM), block, new SelectPositions(TOKENS, DIM, 1, 2), new PerToken(2, List.of(new Dense(DIM, 3)))),
                    new MeanSquaredError());
            LayerDescription blockDescription = LayerDescription.transformerBlock(TOKENS, 2, 6, norm != TransformerBlock
                    .Norm.NONE).with("normFirst", norm == TransformerBlock.Norm.PRE);
            Network fused = new NetworkDescription(TOKENS, List.of(LayerDescription.embedding(VOCABULARY, DIM, TOKENS),
                    LayerDescription.positionalEmbedding(TOKENS), blockDescription, LayerDescription.of(
                            "SELECT_POSITIONS").with("tokens", TOKENS).with("position", 1).with("count", 2),
                    LayerDescription.perToken(2, LayerDescription.dense(3))), LossType.MSE).build();
            assertTrue(fused.layers().get(2).describe().endsWith("output at positions 1…2"), fused.summary());
            assertEquals(2 * DIM, fused.layers().get(2).outputWidth());
            assertEquals(plain.parameterBlocks().stream().map(Network.NamedBlock::name).toList(),
                    fused.parameterBlocks().stream().map(Network.NamedBlock::name).toList());
            double[] params = parameters(plain, 11);
            SplittableRandom rng = new SplittableRandom(12);
            double[] x = new double[ROWS * TOKENS];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextInt(VOCABULARY);
            }
            Batch batch = new Batch(x, ROWS, TOKENS, null, 0, rng.doubles(ROWS * 6).toArray(), 6);
            double[] v = rng.doubles(params.length, -1, 1).toArray();
            double[][] hv = new double[2][params.length];
            double[][] g = new double[2][params.length];
            double[] loss = new double[2];
            Network[] nets = {plain, fused};
            for (int k = 0; k < 2; k++) {
                loss[k] = nets[k].hessianVectorProduct(nets[k].newWorkspace(ROWS), params, nets[k].initialBuffers(),
                        batch, PassMode.EVAL, v, hv[k], g[k]);
            }
            assertEquals(loss[0], loss[1], 1e-13, norm + ": loss");
            assertArrayEquals(g[0], g[1], 1e-12, norm + ": gradient");
            assertArrayEquals(hv[0], hv[1], 1e-12, norm + ": H·v");
        }
    }
}
