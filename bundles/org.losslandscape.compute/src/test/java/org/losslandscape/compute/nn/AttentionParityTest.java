package org.losslandscape.compute.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.io.NetworkWeights;
import org.losslandscape.compute.io.Npy;

/**
 * The sequence layers against PyTorch in float64: the fixture in src/test/resources/attention was made by
 * bench/pytorch/make_attention_fixture.py from PyTorch's own nn.MultiheadAttention and nn.TransformerEncoderLayer
 * (dropout 0). Parameters, the direction, the gradient and the Hessian-vector product are read by their state_dict
 * names onto this engine's flat vector; outputs, loss, gradient and product must agree to 1e-10.
 */
class AttentionParityTest {

    private static final int TOKENS = 3;
    private static final int VOCABULARY = 7;
    private static final int DIM = 8;
    private static final int CLASSES = 5;
    private static final double TOLERANCE = 1e-10;

    private static Network network(String which) {
        LayerDescription embed = LayerDescription.embedding(VOCABULARY, DIM, TOKENS);
        LayerDescription pos = LayerDescription.positionalEmbedding(TOKENS);
        LayerDescription last = LayerDescription.selectPosition(TOKENS, -1);
        LayerDescription out = LayerDescription.dense(CLASSES);
        List<LayerDescription> layers = switch (which) {
            case "pre" -> List.of(embed, pos, LayerDescription.transformerBlock(TOKENS, 2, 16, true), last, out);
            case "post_gelu_causal" -> List.of(embed, pos, LayerDescription.transformerBlock(TOKENS, 4, 12, true)
                    .with("normFirst", false).with("gelu", true).with("causal", true), last, out);
            case "plain" -> List.of(embed, pos, LayerDescription.transformerBlock(TOKENS, 2, 16, false), last, out);
            case "attention" -> List.of(embed, LayerDescription.selfAttention(TOKENS, 2, true).with("bias", false),
                    LayerDescription.perToken(TOKENS, LayerDescription.layerNorm(), LayerDescription.dense(6),
                            LayerDescription.gelu()),
                    LayerDescription.selectPosition(TOKENS, 1), out);
            default -> throw new IllegalArgumentException(which);
        };
        return new NetworkDescription(TOKENS, layers, LossType.CROSS_ENTROPY).build();
    }

    private static Path resource(String name) throws Exception {
        return Path.of(AttentionParityTest.class.getResource("/attention/" + name).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pre", "post_gelu_causal", "plain", "attention"})
    void outputsGradientsAndHessianVectorProductsEqualPytorchFloat64(String which) throws Exception {
        Network net = network(which);
        double[] params = NetworkWeights.read(resource(which + ".params.safetensors"), net);
        double[] v = NetworkWeights.read(resource(which + ".v.safetensors"), net);
        double[] expectedGrad = NetworkWeights.read(resource(which + ".grad.safetensors"), net);
        double[] expectedHv = NetworkWeights.read(resource(which + ".hv.safetensors"), net);
        double[] expectedOut = Npy.read(resource(which + ".outputs.npy")).data();
        double expectedLoss = Npy.read(resource(which + ".loss.npy")).data()[0];
        double[] x = Npy.read(resource("inputs.npy")).data();
        int[] y = Npy.read(resource("labels.npy")).toIntArray();
        Batch batch = new Batch(x, y.length, TOKENS, y, CLASSES, null, 0);

        Workspace ws = net.newWorkspace(batch.n());
        double[] grad = new double[params.length];
        double[] hv = new double[params.length];
        double loss = net.hessianVectorProduct(ws, params, net.initialBuffers(), batch, PassMode.EVAL, v, hv, grad);
        assertEquals(expectedLoss, loss, TOLERANCE, which + ": loss");
        net.loss(ws, params, net.initialBuffers(), batch, PassMode.EVAL);
        assertClose(which + ": outputs", expectedOut, ws.output());
        assertClose(which + ": gradient", expectedGrad, grad);
        assertClose(which + ": H·v", expectedHv, hv);
        assertTrue(DerivativeCheck.relativeError(expectedHv, new double[hv.length]) > 0.5, "H·v is not zero");
    }

    private static void assertClose(String what, double[] expected, double[] actual) {
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst <= TOLERANCE, what + " differs from PyTorch by " + worst);
    }
}
