package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.BatchNorm;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;

/**
 * PyTorch interop: the fixture in src/test/resources/interop was made by bench/pytorch/make_interop_fixture.py
 * (an nn.Sequential MLP trained in PyTorch, saved as safetensors, with its float64 outputs on fixed inputs; and one
 * with BatchNorm1d, whose state_dict adds running_mean, running_var and num_batches_tracked).
 */
class NetworkWeightsTest {

    private static Network fixtureNetwork() {
        return new Network(List.of(new Dense(4, 8), new Activation(Activation.Function.TANH, 8), new Dense(8, 6),
                new Activation(Activation.Function.GELU, 6), new Dense(6, 3)), new SoftmaxCrossEntropy());
    }

    private static Path resource(String name) throws Exception {
        return Path.of(NetworkWeightsTest.class.getResource("/interop/" + name).toURI());
    }

    @Test
    void aModelTrainedInPytorchGivesTheSameOutputsHere() throws Exception {
        Network net = fixtureNetwork();
        double[] params = NetworkWeights.read(resource("mlp.safetensors"), net);
        NpyArray x = Npy.read(resource("inputs.npy"));
        int[] y = Npy.read(resource("labels.npy")).toIntArray();
        double[] expected = Npy.read(resource("outputs.npy")).data();
        double expectedLoss = Npy.read(resource("loss.npy")).data()[0];
        Batch batch = new Batch(x.data(), x.shape()[0], x.shape()[1], y, 3, null, 0);
        Workspace ws = net.newWorkspace(batch.n());
        double loss = net.loss(ws, params, net.initialBuffers(), batch, PassMode.EVAL);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], ws.output()[i], 1e-12, "output " + i);
        }
        assertEquals(expectedLoss, loss, 1e-12);
        assertTrue(loss < Math.log(3) - 0.2, "the fixture was trained: loss " + loss);
    }

    @Test
    void namesFollowNnSequential() {
        Network net = fixtureNetwork();
        var tensors = NetworkWeights.toTensors(net, net.initialParameters(Initializer.pytorchDefault(), 1), "F32");
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias"),
                List.copyOf(tensors.keySet()));
        assertArrayEquals(new int[] {8, 4}, tensors.get("0.weight").shape());
        assertArrayEquals(new int[] {8}, tensors.get("0.bias").shape());
    }

    @Test
    void roundTripsInF64ExactlyAndInF32ToFloatPrecision(@TempDir Path dir) throws Exception {
        Network net = fixtureNetwork();
        double[] params = net.initialParameters(Initializer.normal(0.3), 4);
        NetworkWeights.write(dir.resolve("w64.safetensors"), net, params, "F64", Map.of("step", "10"));
        assertArrayEquals(params, NetworkWeights.read(dir.resolve("w64.safetensors"), net));
        NetworkWeights.write(dir.resolve("w32.safetensors"), net, params, "F32", Map.of());
        double[] back = NetworkWeights.read(dir.resolve("w32.safetensors"), net);
        for (int i = 0; i < params.length; i++) {
            assertEquals((float) params[i], back[i], 0.0);
        }
    }

    @Test
    void mismatchesAreClearErrors() {
        Network net = fixtureNetwork();
        var good = NetworkWeights.toTensors(net, new double[net.parameterCount()], "F32");

        var missing = new LinkedHashMap<>(good);
        missing.remove("2.bias");
        var e1 = assertThrows(FileFormatException.class, () -> NetworkWeights.fromTensors(missing, net, "m.st"));
        assertTrue(e1.getMessage().contains("missing tensor '2.bias' of shape [6]"), e1.getMessage());

        var wrongShape = new LinkedHashMap<>(good);
        wrongShape.put("0.weight", SafeTensors.Tensor.f32(new int[] {4, 8}, new double[32]));
        var e2 = assertThrows(FileFormatException.class, () -> NetworkWeights.fromTensors(wrongShape, net, "m.st"));
        assertTrue(e2.getMessage().contains("'0.weight' has shape [4, 8] but layer 0 (Dense 4 → 8) needs [8, 4]"),
                e2.getMessage());

        var extra = new LinkedHashMap<>(good);
        extra.put("6.weight", SafeTensors.Tensor.f32(new int[] {1}, new double[1]));
        var e3 = assertThrows(FileFormatException.class, () -> NetworkWeights.fromTensors(extra, net, "m.st"));
        assertTrue(e3.getMessage().contains("tensors not in the network: 6.weight ["), e3.getMessage());
    }

    private static Network batchNormNetwork() {
        return new Network(List.of(new Dense(4, 8), new BatchNorm(8), new Activation(Activation.Function.RELU, 8),
                new Dense(8, 3)), new SoftmaxCrossEntropy());
    }

    @Test
    void aPytorchModelWithBatchNormGivesTheSameOutputsInEvaluationMode() throws Exception {
        Network net = batchNormNetwork();
        assertEquals(List.of("1.running_mean", "1.running_var"),
                net.bufferBlocks().stream().map(Network.NamedBuffer::name).toList());
        NetworkWeights.State state = NetworkWeights.readState(resource("bn_mlp.safetensors"), net);
        assertTrue(state.buffersFromFile());
        assertTrue(Math.abs(state.buffers()[0]) > 1e-3 && Math.abs(state.buffers()[8] - 1) > 1e-3,
                "the running statistics were trained: " + java.util.Arrays.toString(state.buffers()));
        NpyArray x = Npy.read(resource("bn_inputs.npy"));
        double[] expected = Npy.read(resource("bn_outputs.npy")).data();
        Batch batch = new Batch(x.data(), x.shape()[0], x.shape()[1], new int[x.shape()[0]], 3, null, 0);
        Workspace ws = net.newWorkspace(batch.n());
        net.loss(ws, state.params(), state.buffers(), batch, PassMode.EVAL);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], ws.output()[i], 1e-12, "output " + i);
        }
        // the parameters alone read the same, and the statistics matter
        assertArrayEquals(state.params(), NetworkWeights.read(resource("bn_mlp.safetensors"), net));
        net.loss(ws, state.params(), net.initialBuffers(), batch, PassMode.EVAL);
        assertTrue(Math.abs(ws.output()[0] - expected[0]) > 1e-6);
    }

    @Test
    void buffersRoundTripAndPartialStatisticsAreAnError(@TempDir Path dir) throws Exception {
        Network net = batchNormNetwork();
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 2);
        double[] buffers = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8};
        Path file = dir.resolve("bn.safetensors");
        NetworkWeights.write(file, net, params, buffers, "F64", Map.of());
        NetworkWeights.State back = NetworkWeights.readState(file, net);
        assertArrayEquals(params, back.params());
        assertArrayEquals(buffers, back.buffers());

        var partial = new LinkedHashMap<>(NetworkWeights.toTensors(net, params, buffers, "F64"));
        partial.remove("1.running_var");
        SafeTensors.write(dir.resolve("partial.safetensors"), partial, Map.of());
        var e = assertThrows(FileFormatException.class,
                () -> NetworkWeights.readState(dir.resolve("partial.safetensors"), net));
        assertTrue(e.getMessage().contains("1.running_var"), e.getMessage());
        // without any statistics (parameters only): the initial buffers, and said so
        NetworkWeights.write(dir.resolve("params.safetensors"), net, params, "F64", Map.of());
        NetworkWeights.State none = NetworkWeights.readState(dir.resolve("params.safetensors"), net);
        assertTrue(!none.buffersFromFile());
        assertArrayEquals(net.initialBuffers(), none.buffers());
    }
}
