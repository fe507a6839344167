package org.losslandscape.compute.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.losslandscape.compute.nn.Network;

/**
 * A network's parameters as a safetensors file with PyTorch {@code nn.Sequential} names: the tensor of layer
 * {@code i} is {@code "i.weight"} / {@code "i.bias"} (activations count as layers, as in PyTorch, so an MLP
 * {@code Linear, ReLU, Linear} has {@code 0.weight, 0.bias, 2.weight, 2.bias}); weights are stored
 * {@code [out, in]}. A model trained in PyTorch and saved with {@code safetensors.torch.save_file(model.state_dict())}
 * therefore loads here, and the other way round. Buffers (BatchNorm running statistics) are not part of the file.
 */
public final class NetworkWeights {

    private NetworkWeights() {
    }

    /**
     * @param dtype "F32" or "F64"
     * @return the parameters as named tensors, in storage order
     */
    public static Map<String, SafeTensors.Tensor> toTensors(Network network, double[] params, String dtype) {
        checkLength(network, params);
        Map<String, SafeTensors.Tensor> out = new LinkedHashMap<>();
        for (Network.NamedBlock b : network.parameterBlocks()) {
            double[] data = Arrays.copyOfRange(params, b.offset(), b.offset() + b.block().size());
            out.put(b.name(), new SafeTensors.Tensor("F64", b.block().shape(), data).withDtype(dtype));
        }
        return out;
    }

    /** Writes the parameters atomically as a safetensors file. */
    public static void write(Path file, Network network, double[] params, String dtype, Map<String, String> metadata)
            throws IOException {
        SafeTensors.write(file, toTensors(network, params, dtype), metadata);
    }

    /**
     * Reads parameters for {@code network} from a safetensors file.
     *
     * @return a new parameter vector
     * @throws FileFormatException when a tensor is missing, has the wrong shape, or is not part of the network
     */
    public static double[] read(Path file, Network network) throws IOException, FileFormatException {
        return fromTensors(SafeTensors.read(file).tensors(), network, file.getFileName().toString());
    }

    /**
     * Assembles a parameter vector from named tensors.
     *
     * @param source file name for messages
     */
    public static double[] fromTensors(Map<String, SafeTensors.Tensor> tensors, Network network, String source)
            throws FileFormatException {
        double[] params = new double[network.parameterCount()];
        List<Network.NamedBlock> blocks = network.parameterBlocks();
        TreeSet<String> unexpected = new TreeSet<>(tensors.keySet());
        for (Network.NamedBlock b : blocks) {
            SafeTensors.Tensor t = tensors.get(b.name());
            if (t == null) {
                throw new FileFormatException(source, 0, b.name(), null, "missing tensor '" + b.name() + "' of shape "
                        + Arrays.toString(b.block().shape()) + " for " + b.layer().describe() + "; the file has "
                        + String.join(", ", tensors.keySet()));
            }
            if (!Arrays.equals(t.shape(), b.block().shape())) {
                throw new FileFormatException(source, 0, b.name(), Arrays.toString(t.shape()), "tensor '" + b.name()
                        + "' has shape " + Arrays.toString(t.shape()) + " but " + b.layer().describe() + " needs "
                        + Arrays.toString(b.block().shape()));
            }
            System.arraycopy(t.data(), 0, params, b.offset(), b.block().size());
            unexpected.remove(b.name());
        }
        if (!unexpected.isEmpty()) {
            throw new FileFormatException(source, 0, unexpected.first(), null, "tensors not in the network: "
                    + String.join(", ", unexpected) + "; the network expects " + String.join(", ",
                            blocks.stream().map(Network.NamedBlock::name).toList()));
        }
        return params;
    }

    private static void checkLength(Network network, double[] params) {
        if (params.length != network.parameterCount()) {
            throw new IllegalArgumentException("parameter vector has " + params.length + " entries, the network "
                    + network.parameterCount());
        }
    }
}
