package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;

/** Networks inferred from a state_dict's tensor names and shapes through the layer kinds. */
class StateDictNetworksTest {

    private static Path resource(String name) throws Exception {
        return Path.of(StateDictNetworksTest.class.getResource("/interop/" + name).toURI());
    }

    private static Map<String, int[]> shapes(Path file) throws Exception {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        SafeTensors.read(file).tensors().forEach((n, t) -> shapes.put(n, t.shape()));
        return shapes;
    }

    @Test
    void aPytorchMlpWithBatchNormIsInferredAndGivesPytorchsOutputs() throws Exception {
        Path file = resource("bn_mlp.safetensors");
        StateDictNetworks.Inferred inferred = StateDictNetworks.infer(shapes(file), LayerKinds.standard(), "RELU",
                "bn_mlp.safetensors");
        assertEquals(4, inferred.inputWidth());
        assertEquals(List.of("DENSE", "BATCH_NORM", "RELU", "DENSE"), inferred.layers().stream()
                .map(LayerDescription::kind).toList());
        assertEquals(8, inferred.layers().get(0).settings().get("units"));
        assertEquals(3, inferred.layers().get(3).settings().get("units"));
        assertEquals(List.of("module 2 holds no tensors: taken as RELU (a state_dict does not record layers without "
                + "parameters)"), inferred.assumptions());
        Network net = inferred.network(LossType.CROSS_ENTROPY).build();
        NetworkWeights.State state = NetworkWeights.readState(file, net);
        assertTrue(state.buffersFromFile());
        NpyArray x = Npy.read(resource("bn_inputs.npy"));
        double[] expected = Npy.read(resource("bn_outputs.npy")).data();
        Batch batch = new Batch(x.data(), x.shape()[0], x.shape()[1], new int[x.shape()[0]], 3, null, 0);
        Workspace ws = net.newWorkspace(batch.n());
        net.loss(ws, state.params(), state.buffers(), batch, PassMode.EVAL);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], ws.output()[i], 1e-12, "output " + i);
        }
    }

    @Test
    void layerNormDenseWithoutBiasAndAPrefixAreRecognised() throws Exception {
        Map<String, int[]> shapes = new LinkedHashMap<>();
        shapes.put("model.net.0.weight", new int[] {5, 3});
        shapes.put("model.net.1.weight", new int[] {5});
        shapes.put("model.net.1.bias", new int[] {5});
        shapes.put("model.net.3.weight", new int[] {2, 5});
        StateDictNetworks.Inferred inferred = StateDictNetworks.infer(shapes, LayerKinds.standard(), "TANH", "f");
        assertEquals(List.of("DENSE", "LAYER_NORM", "TANH", "DENSE"), inferred.layers().stream()
                .map(LayerDescription::kind).toList());
        assertEquals(false, inferred.layers().get(0).settings().get("bias"));
        assertEquals(3, inferred.inputWidth());
        assertEquals(5 * 3 + 10 + 10, inferred.network(LossType.MSE).parameterCount());
    }

    @Test
    void whatNoKindRecognisesIsNamedWithItsShapes() {
        Map<String, int[]> conv = new LinkedHashMap<>();
        conv.put("0.weight", new int[] {16, 3, 3, 3});
        conv.put("0.bias", new int[] {16});
        FileFormatException e = assertThrows(FileFormatException.class, () -> StateDictNetworks.infer(conv,
                LayerKinds.standard(), "RELU", "cnn.safetensors"));
        assertTrue(e.getMessage().contains("module 0 is a Conv2d: the height and width of its images are not in a "
                + "state_dict; give the images as data"), e.getMessage());
        Map<String, int[]> odd = Map.of("0.weight", new int[] {16, 3, 3, 5});
        FileFormatException o = assertThrows(FileFormatException.class, () -> StateDictNetworks.infer(odd,
                LayerKinds.standard(), "RELU", "odd.safetensors", new ImageShape(3, 8, 8)));
        assertTrue(o.getMessage().contains("no layer kind recognises module 0 (weight [16, 3, 3, 5])"),
                o.getMessage());
        assertTrue(o.getMessage().contains("--network"), o.getMessage());

        Map<String, int[]> nested = Map.of("0.0.weight", new int[] {2, 2});
        FileFormatException n = assertThrows(FileFormatException.class, () -> StateDictNetworks.infer(nested,
                LayerKinds.standard(), "RELU", "n.safetensors"));
        assertTrue(n.getMessage().contains("tensor '0.0.weight' is not named as an nn.Sequential"), n.getMessage());
    }

    /**
     * A CNN as PyTorch users write it (no Unflatten: it takes [n, C, H, W]): the convolutions' channels and kernels
     * from the weights, BatchNorm2d told from BatchNorm1d by the images before it, the Unflatten from the data's
     * images (not numbered by the state_dict), and the flattening before the Linear from its input features.
     */
    @Test
    void aCnnIsInferredFromItsShapesAndTheImages() throws Exception {
        Map<String, int[]> cnn = new LinkedHashMap<>();
        cnn.put("0.weight", new int[] {4, 1, 3, 3});
        cnn.put("0.bias", new int[] {4});
        cnn.put("2.weight", new int[] {6, 4, 3, 3});
        cnn.put("3.weight", new int[] {6});
        cnn.put("3.bias", new int[] {6});
        cnn.put("3.running_mean", new int[] {6});
        cnn.put("3.running_var", new int[] {6});
        cnn.put("3.num_batches_tracked", new int[] {});
        cnn.put("6.weight", new int[] {3, 6 * 4 * 4});
        cnn.put("6.bias", new int[] {3});
        StateDictNetworks.Inferred flat = StateDictNetworks.infer(cnn, LayerKinds.standard(), "RELU", "c",
                new ImageShape(1, 8, 8));
        assertEquals(List.of("UNFLATTEN", "CONV2D", "RELU", "CONV2D", "BATCH_NORM2D", "RELU", "FLATTEN", "DENSE"),
                flat.layers().stream().map(LayerDescription::kind).toList());
        assertEquals(1, flat.moduleOffset());
        assertEquals(64, flat.inputWidth());
        assertEquals(false, flat.layers().get(3).settings().get("bias"));
        assertTrue(flat.assumptions().contains("module 4 holds no tensors: taken as RELU (a state_dict does not "
                + "record layers without parameters)"), flat.assumptions().toString());
        Network n = flat.network(LossType.CROSS_ENTROPY).build();
        assertEquals(4 * 9 + 4 + 6 * 4 * 9 + 12 + 3 * 96 + 3, n.parameterCount());
        assertEquals("7.weight", n.parameterBlocks().get(n.parameterBlocks().size() - 2).name(),
                "the Linear, module 6 of the file, is layer 7 here (after the Unflatten)");

        // global average pooling: the Linear takes the channels
        cnn.put("7.weight", new int[] {3, 6});
        cnn.remove("6.weight");
        cnn.put("7.bias", new int[] {3});
        cnn.remove("6.bias");
        StateDictNetworks.Inferred pooled = StateDictNetworks.infer(cnn, LayerKinds.standard(), "RELU", "c",
                new ImageShape(1, 8, 8));
        assertEquals(List.of("UNFLATTEN", "CONV2D", "RELU", "CONV2D", "BATCH_NORM2D", "RELU", "GLOBAL_AVG_POOL",
                "FLATTEN", "DENSE"), pooled.layers().stream().map(LayerDescription::kind).toList());

        // two modules without tensors between convolutions (ReLU, MaxPool2d?) are not guessed
        Map<String, int[]> gap = new LinkedHashMap<>();
        gap.put("0.weight", new int[] {4, 1, 3, 3});
        gap.put("3.weight", new int[] {6, 4, 3, 3});
        FileFormatException e = assertThrows(FileFormatException.class, () -> StateDictNetworks.infer(gap,
                LayerKinds.standard(), "RELU", "c", new ImageShape(1, 8, 8)));
        assertTrue(e.getMessage().contains("modules 1 to 2 hold no tensors, between image layers"), e.getMessage());
    }
}
