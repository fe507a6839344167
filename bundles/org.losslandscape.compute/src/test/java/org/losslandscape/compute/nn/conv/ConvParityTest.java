package org.losslandscape.compute.nn.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.io.Json;
import org.losslandscape.compute.io.NetworkWeights;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.io.SafeTensors;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;

/**
 * PyTorch float64 parity of the image layers: the fixture in src/test/resources/conv was made by
 * bench/pytorch/make_conv_fixture.py from the same networks as PyTorch modules. Outputs, loss, gradient and
 * Hessian-vector product (PyTorch's by double back-propagation) must agree to 1e-10, in training mode (BatchNorm2d
 * on batch statistics) and in evaluation mode (on the running statistics the fixture stores), and the parameter
 * names and sizes must be PyTorch's state_dict's.
 */
class ConvParityTest {

    private static final double TOLERANCE = 1e-10;

    private static LayerDescription of(String kind) {
        return LayerDescription.of(kind);
    }

    private static LayerDescription conv(int out, int kernel) {
        return ConvDerivativesTest.conv(out, kernel);
    }

    private static List<LayerDescription> layers(String net) {
        return switch (net) {
            case "cnn" -> List.of(ConvDerivativesTest.unflatten(3, 8, 8), conv(4, 3).with("padding", 1),
                    of("BATCH_NORM2D").with("momentum", 0.3), LayerDescription.relu(), of("MAX_POOL2D"),
                    conv(6, 3).with("stride", 2).with("padding", 2).with("dilation", 2).with("groups", 2)
                            .with("bias", false),
                    LayerDescription.tanh(),
                    of("AVG_POOL2D").with("kernel", 2).with("stride", 1).with("padding", 1)
                            .with("countIncludePad", false),
                    of("MAX_POOL2D").with("kernel", 3).with("stride", 1).with("padding", 1),
                    of("AVG_POOL2D"), of("FLATTEN"), LayerDescription.dense(5));
            case "resnet" -> List.of(ConvDerivativesTest.unflatten(3, 8, 8), conv(4, 3).with("padding", 1),
                    of("BATCH_NORM2D"), LayerDescription.relu(),
                    LayerDescription.residual(conv(4, 3).with("padding", 1).with("bias", false), of("BATCH_NORM2D"),
                            LayerDescription.relu(), conv(4, 3).with("padding", 1), of("BATCH_NORM2D")),
                    LayerDescription.relu(),
                    LayerDescription.residual(conv(8, 3).with("stride", 2).with("padding", 1).with("bias", false),
                            of("BATCH_NORM2D"), LayerDescription.relu(), conv(8, 3).with("padding", 1),
                            of("BATCH_NORM2D")),
                    LayerDescription.relu(),
                    LayerDescription.residual(conv(6, 1)).with("projectionNorm", false),
                    of("GLOBAL_AVG_POOL"), LayerDescription.dense(5));
            default -> throw new IllegalArgumentException(net);
        };
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ConvParityTest.class.getResource("/conv/" + name).toURI());
    }

    private static double[] read(String name) throws Exception {
        return Npy.read(resource(name)).data();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"cnn, train", "cnn, eval", "resnet, train", "resnet, eval"})
    void outputsGradientsAndHessianVectorProductsEqualPytorchFloat64(String net, String mode) throws Exception {
        NpyArray x = Npy.read(resource(net + "_inputs.npy"));
        int[] y = Npy.read(resource(net + "_labels.npy")).toIntArray();
        Network network = new NetworkDescription(x.shape()[1], layers(net), LossType.CROSS_ENTROPY).build();
        double[] params = read(net + "_params.npy");
        double[] buffers = read(net + "_buffers.npy");
        double[] v = read(net + "_direction.npy");
        assertEquals(network.parameterCount(), params.length, "parameter count");
        assertEquals(network.bufferCount(), buffers.length, "buffer count");

        @SuppressWarnings("unchecked")
        List<List<Object>> names = (List<List<Object>>) Json.parse(Files.readString(resource(net + "_names.json")));
        List<Network.NamedBlock> blocks = network.parameterBlocks();
        assertEquals(names.size(), blocks.size(), "parameter tensors");
        for (int i = 0; i < names.size(); i++) {
            assertEquals(names.get(i).get(0), blocks.get(i).name(), "state_dict name of tensor " + i);
            assertEquals(((Number) names.get(i).get(1)).intValue(), blocks.get(i).block().size(), "size of "
                    + blocks.get(i).name());
        }

        Batch batch = new Batch(x.data(), x.shape()[0], x.shape()[1], y, 5, null, 0);
        PassMode passMode = mode.equals("train") ? PassMode.trainFrozen(0) : PassMode.EVAL;
        Workspace ws = network.newWorkspace(batch.n());
        double[] grad = new double[params.length];
        double[] hv = new double[params.length];
        double loss = network.hessianVectorProduct(ws, params, buffers, batch, passMode, v, hv, grad);
        network.loss(ws, params, buffers, batch, passMode);
        assertClose(read(net + "_" + mode + "_outputs.npy"), ws.output(), "outputs");
        assertEquals(read(net + "_" + mode + "_loss.npy")[0], loss, TOLERANCE, "loss");
        assertClose(read(net + "_" + mode + "_gradient.npy"), grad, "gradient");
        assertClose(read(net + "_" + mode + "_hvp.npy"), hv, "Hessian-vector product");
    }

    /**
     * The state_dict PyTorch saved loads as it is, 4-D convolution weights and the BatchNorm2d running statistics
     * included, and gives the fixture's flat vectors bit for bit; written back, the shapes are PyTorch's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"cnn", "resnet"})
    void aPytorchStateDictLoadsAndIsWrittenBackWithItsShapes(String net, @TempDir Path dir) throws Exception {
        NpyArray x = Npy.read(resource(net + "_inputs.npy"));
        Network network = new NetworkDescription(x.shape()[1], layers(net), LossType.CROSS_ENTROPY).build();
        NetworkWeights.State state = NetworkWeights.readState(resource(net + "_state.safetensors"), network);
        assertArrayEquals(read(net + "_params.npy"), state.params(), 0.0);
        assertArrayEquals(read(net + "_buffers.npy"), state.buffers(), 0.0);
        assertTrue(state.buffersFromFile());
        assertArrayEquals(new int[] {4, 3, 3, 3}, network.parameterBlocks().get(0).block().shape());
        Path back = dir.resolve("back.safetensors");
        NetworkWeights.write(back, network, state.params(), state.buffers(), "F64", Map.of());
        var tensors = SafeTensors.read(back).tensors();
        var original = SafeTensors.read(resource(net + "_state.safetensors")).tensors();
        for (Network.NamedBlock b : network.parameterBlocks()) {
            assertArrayEquals(original.get(b.name()).shape(), tensors.get(b.name()).shape(), b.name());
        }
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        assertTrue(scale > 1e-6, what + " of the fixture is zero: the check would be vacuous");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE * Math.max(1, scale), what + " " + i);
        }
    }
}
