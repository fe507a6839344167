package org.losslandscape.compute.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;

/**
 * A network's parameters as a safetensors file with PyTorch {@code nn.Sequential} names: the tensor of layer
 * {@code i} is {@code "i.weight"} / {@code "i.bias"} (activations count as layers, as in PyTorch, so an MLP
 * {@code Linear, ReLU, Linear} has {@code 0.weight, 0.bias, 2.weight, 2.bias}); weights are stored
 * {@code [out, in]}. A model trained in PyTorch and saved with {@code safetensors.torch.save_file(model.state_dict())}
 * therefore loads here, and the other way round. Buffers (BatchNorm running statistics) are named as PyTorch names
 * them ({@code "i.running_mean"}, {@code "i.running_var"}): {@link #readState} reads them with the parameters and
 * {@link #toTensors(Network, double[], double[], String)} writes them; PyTorch's {@code "i.num_batches_tracked"}
 * is accepted and ignored (it only matters for {@code momentum=None}, and PyTorch fills it in when it is missing).
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

    /**
     * @param buffers the network's buffers (running statistics), {@code network.bufferCount()} entries
     * @param dtype "F32" or "F64"
     * @return the parameters, then the buffers, as named tensors, in storage order
     */
    public static Map<String, SafeTensors.Tensor> toTensors(Network network, double[] params, double[] buffers,
            String dtype) {
        if (buffers.length != network.bufferCount()) {
            throw new IllegalArgumentException("buffer vector has " + buffers.length + " entries, the network "
                    + network.bufferCount());
        }
        Map<String, SafeTensors.Tensor> out = toTensors(network, params, dtype);
        for (Network.NamedBuffer b : network.bufferBlocks()) {
            double[] data = Arrays.copyOfRange(buffers, b.offset(), b.offset() + b.size());
            out.put(b.name(), new SafeTensors.Tensor("F64", new int[] {b.size()}, data).withDtype(dtype));
        }
        return out;
    }

    /** Writes the parameters and buffers atomically as a safetensors file (a PyTorch {@code state_dict}). */
    public static void write(Path file, Network network, double[] params, double[] buffers, String dtype,
            Map<String, String> metadata) throws IOException {
        SafeTensors.write(file, toTensors(network, params, buffers, dtype), metadata);
    }

    /**
     * A network's state read from a file.
     *
     * @param params the parameter vector
     * @param buffers the buffer vector: from the file, or the initial buffers when the file has none
     * @param buffersFromFile whether the file held the buffers
     */
    public record State(double[] params, double[] buffers, boolean buffersFromFile) {
    }

    /**
     * Reads parameters and buffers for {@code network} from a safetensors file, e.g. a PyTorch {@code state_dict}.
     *
     * @throws FileFormatException as {@link #read}, and when the file has some of the buffers but not all
     */
    public static State readState(Path file, Network network) throws IOException, FileFormatException {
        return readState(file, network, 0);
    }

    /**
     * Reads parameters and buffers for {@code network} from a safetensors file whose module {@code i} is the
     * network's layer {@code i + moduleOffset} (1 when the network begins with an Unflatten the PyTorch model does
     * not have); messages name the file's tensors.
     *
     * @throws FileFormatException as {@link #read}, and when the file has some of the buffers but not all
     */
    public static State readState(Path file, Network network, int moduleOffset) throws IOException,
            FileFormatException {
        Map<String, SafeTensors.Tensor> tensors = StateDictNetworks.withoutPrefix(SafeTensors.read(file).tensors());
        String source = file.getFileName().toString();
        double[] params = fromTensors(tensors, network, source, moduleOffset);
        double[] buffers = network.initialBuffers();
        List<Network.NamedBuffer> blocks = network.bufferBlocks();
        List<String> missing = blocks.stream().map(b -> fileName(b.name(), moduleOffset))
                .filter(n -> !tensors.containsKey(n)).toList();
        if (!missing.isEmpty() && missing.size() < blocks.size()) {
            throw new FileFormatException(source, 0, missing.get(0), null, "missing buffer '" + missing.get(0)
                    + "'; the file has some of the running statistics but not all: " + String.join(", ", missing)
                    + " are missing");
        }
        if (blocks.isEmpty() || !missing.isEmpty()) {
            return new State(params, buffers, false);
        }
        for (Network.NamedBuffer b : blocks) {
            String name = fileName(b.name(), moduleOffset);
            SafeTensors.Tensor t = tensors.get(name);
            if (!Arrays.equals(t.shape(), new int[] {b.size()})) {
                throw new FileFormatException(source, 0, name, Arrays.toString(t.shape()), "buffer '" + name
                        + "' has shape " + Arrays.toString(t.shape()) + " but " + layer(name, b.layer())
                        + " needs [" + b.size() + "]");
            }
            System.arraycopy(t.data(), 0, buffers, b.offset(), b.size());
        }
        return new State(params, buffers, true);
    }

    /** Writes the parameters atomically as a safetensors file. */
    public static void write(Path file, Network network, double[] params, String dtype, Map<String, String> metadata)
            throws IOException {
        SafeTensors.write(file, toTensors(network, params, dtype), metadata);
    }

    /**
     * Reads parameters for {@code network} from a safetensors file; buffers in it are ignored (see
     * {@link #readState}).
     *
     * @return a new parameter vector
     * @throws FileFormatException when a tensor is missing, has the wrong shape, or is not part of the network
     */
    public static double[] read(Path file, Network network) throws IOException, FileFormatException {
        return read(file, network, 0);
    }

    /**
     * Reads parameters for {@code network} from a safetensors file whose module {@code i} is the network's layer
     * {@code i + moduleOffset} (see {@link #readState(Path, Network, int)}); buffers in it are ignored.
     *
     * @return a new parameter vector
     * @throws FileFormatException when a tensor is missing, has the wrong shape, or is not part of the network
     */
    public static double[] read(Path file, Network network, int moduleOffset) throws IOException,
            FileFormatException {
        return fromTensors(StateDictNetworks.withoutPrefix(SafeTensors.read(file).tensors()), network,
                file.getFileName().toString(), moduleOffset);
    }

    /**
     * Assembles a parameter vector from named tensors.
     *
     * @param source file name for messages
     */
    public static double[] fromTensors(Map<String, SafeTensors.Tensor> tensors, Network network, String source)
            throws FileFormatException {
        return fromTensors(tensors, network, source, 0);
    }

    /**
     * Assembles a parameter vector from named tensors whose module {@code i} is the network's layer
     * {@code i + moduleOffset}; messages name the tensors as the file does.
     *
     * @param source file name for messages
     */
    public static double[] fromTensors(Map<String, SafeTensors.Tensor> tensors, Network network, String source,
            int moduleOffset) throws FileFormatException {
        double[] params = new double[network.parameterCount()];
        List<Network.NamedBlock> blocks = network.parameterBlocks();
        TreeSet<String> unexpected = new TreeSet<>(tensors.keySet());
        // buffers are read by readState; PyTorch's batch counter has no counterpart here
        for (Network.NamedBuffer b : network.bufferBlocks()) {
            String name = fileName(b.name(), moduleOffset);
            unexpected.remove(name);
            unexpected.remove(name.substring(0, name.lastIndexOf('.') + 1) + "num_batches_tracked");
        }
        for (Network.NamedBlock b : blocks) {
            String name = fileName(b.name(), moduleOffset);
            SafeTensors.Tensor t = tensors.get(name);
            if (t == null) {
                throw new FileFormatException(source, 0, name, null, "missing tensor '" + name + "' of shape "
                        + Arrays.toString(b.block().shape()) + " for " + layer(name, b.layer())
                        + "; the file has " + shapes(tensors, tensors.keySet()));
            }
            if (!Arrays.equals(t.shape(), b.block().shape())) {
                throw new FileFormatException(source, 0, name, Arrays.toString(t.shape()), "tensor '" + name
                        + "' has shape " + Arrays.toString(t.shape()) + " but " + layer(name, b.layer())
                        + " needs " + Arrays.toString(b.block().shape()));
            }
            System.arraycopy(t.data(), 0, params, b.offset(), b.block().size());
            unexpected.remove(name);
        }
        if (!unexpected.isEmpty()) {
            throw new FileFormatException(source, 0, unexpected.first(), null, "tensors not in the network: "
                    + shapes(tensors, unexpected) + "; the network expects " + String.join(", ", blocks.stream()
                            .map(b -> fileName(b.name(), moduleOffset) + " " + Arrays.toString(b.block().shape())
                                    + " (" + layer(fileName(b.name(), moduleOffset), b.layer()) + ")").toList()));
        }
        return params;
    }

    /**
     * @return the name a file whose module {@code i} is the network's layer {@code i + moduleOffset} gives a tensor
     *         of the network, e.g. "0.weight" for "1.weight" with offset 1
     */
    private static String fileName(String networkName, int moduleOffset) {
        if (moduleOffset == 0) {
            return networkName;
        }
        int dot = networkName.indexOf('.');
        return (Integer.parseInt(networkName.substring(0, dot)) - moduleOffset) + networkName.substring(dot);
    }

    /** @return the layer as messages name it: its index in the state_dict and what it is, "layer 0 (Dense 4 → 16)" */
    private static String layer(String tensorName, Layer layer) {
        int dot = tensorName.lastIndexOf('.');
        return (dot < 0 ? "" : "layer " + tensorName.substring(0, dot) + " ") + "(" + layer.describe() + ")";
    }

    /** @return the named tensors with their shapes, "0.weight [16, 4], 0.bias [16]" */
    private static String shapes(Map<String, SafeTensors.Tensor> tensors, Collection<String> names) {
        return String.join(", ", names.stream().map(n -> n + " " + Arrays.toString(tensors.get(n).shape()))
                .toList());
    }

    private static void checkLength(Network network, double[] params) {
        if (params.length != network.parameterCount()) {
            throw new IllegalArgumentException("parameter vector has " + params.length + " entries, the network "
                    + network.parameterCount());
        }
    }
}
