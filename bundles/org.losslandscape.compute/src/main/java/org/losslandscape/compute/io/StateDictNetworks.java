package org.losslandscape.compute.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.StateDictModule;

/**
 * Infers the layers of a PyTorch {@code nn.Sequential} from the tensor names and shapes of its {@code state_dict}:
 * the tensors {@code "i.NAME"} form module {@code i}, and each module is offered to the registered
 * {@link LayerKind}s ({@link LayerKind#fromStateDict}) until one recognises it. A module index without tensors is a
 * layer without parameters, which a state_dict cannot tell apart (ReLU, Tanh, Dropout, …): it is taken to be the
 * given activation and said so in {@link Inferred#assumptions()}. A prefix shared by every tensor name (a Sequential
 * kept as {@code model.net}, say) is set aside: {@link NetworkWeights} reads such files too.
 */
public final class StateDictNetworks {

    private static final Pattern MODULE = Pattern.compile("(\\d+)\\.([A-Za-z_][A-Za-z0-9_]*)");

    private StateDictNetworks() {
    }

    /**
     * The layers a state_dict shows.
     *
     * @param inputWidth the network's input width, fixed by the first layer's tensors
     * @param layers the layers, in module order
     * @param assumptions what the tensors could not show and was assumed (one sentence each)
     */
    public record Inferred(int inputWidth, List<LayerDescription> layers, List<String> assumptions) {

        /** @return the network of these layers with the given loss, initialised as PyTorch does by default */
        public NetworkDescription network(LossType loss) {
            return new NetworkDescription(inputWidth, layers, loss);
        }
    }

    /**
     * @param shapes every tensor's name and shape, as {@link SafeTensors.Contents#tensors()} gives them
     * @param kinds the layer kinds to recognise modules with
     * @param gapKind the id of the parameter-free kind assumed where a module has no tensors, e.g. "RELU"
     * @param source the file's name, for messages
     * @throws FileFormatException naming the tensor and what is wrong when the names are not those of an
     *             {@code nn.Sequential}, or no kind recognises a module (naming its tensors and shapes)
     */
    public static Inferred infer(Map<String, int[]> shapes, LayerKinds kinds, String gapKind, String source)
            throws FileFormatException {
        if (shapes.isEmpty()) {
            throw new FileFormatException(source, "the file holds no tensors, so there is no network to infer");
        }
        Map<String, int[]> named = withoutPrefix(shapes);
        TreeMap<Integer, Map<String, int[]>> modules = new TreeMap<>();
        for (Map.Entry<String, int[]> e : named.entrySet()) {
            Matcher m = MODULE.matcher(e.getKey());
            if (!m.matches()) {
                throw new FileFormatException(source, 0, e.getKey(), null, "tensor '" + e.getKey() + "' is not "
                        + "named as an nn.Sequential of layers names its tensors (INDEX.NAME, e.g. 0.weight): nested "
                        + "modules and other containers are not inferred; describe the network with --network");
            }
            modules.computeIfAbsent(Integer.valueOf(m.group(1)), k -> new LinkedHashMap<>()).put(m.group(2),
                    e.getValue());
        }
        List<LayerDescription> layers = new ArrayList<>();
        List<String> assumptions = new ArrayList<>();
        int inputWidth = 0;
        int last = modules.lastKey();
        for (int i = 0; i <= last; i++) {
            Map<String, int[]> tensors = modules.get(i);
            if (tensors == null) {
                layers.add(LayerDescription.of(gapKind));
                assumptions.add("module " + i + " holds no tensors: taken as " + gapKind);
                continue;
            }
            int width = i == 0 ? LayerCheck.UNKNOWN : outputWidth(inputWidth, layers, kinds);
            StateDictModule module = new StateDictModule(Integer.toString(i), tensors, width, i == 0);
            LayerDescription layer = recognise(module, kinds);
            if (layer == null) {
                throw new FileFormatException(source, 0, i + "." + tensors.keySet().iterator().next(), null,
                        "no layer kind recognises module " + i + " (" + module.describe() + "); known kinds: "
                                + String.join(", ", kinds.ids()) + "; describe the network with --network");
            }
            if (i == 0) {
                LayerKind kind = kinds.require(layer.kind());
                inputWidth = kind.declaredInputWidth(LayerSettings.of(kind, layer.settings()));
            }
            layers.add(layer);
        }
        if (modules.firstKey() != 0) {
            throw new FileFormatException(source, 0, null, null, "the first module with tensors is module "
                    + modules.firstKey() + ", so the network's input width is not known; describe the network with "
                    + "--network");
        }
        if (inputWidth <= 0) {
            throw new FileFormatException(source, 0, null, null, "the first layer (" + layers.get(0).kind()
                    + ") does not fix the network's input width; describe the network with --network");
        }
        return new Inferred(inputWidth, layers, assumptions);
    }

    private static LayerDescription recognise(StateDictModule module, LayerKinds kinds) {
        for (LayerKind kind : kinds.all()) {
            LayerDescription d = kind.fromStateDict(module);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** @return the width after the layers so far, or {@link LayerCheck#UNKNOWN} */
    private static int outputWidth(int inputWidth, List<LayerDescription> layers, LayerKinds kinds) {
        try {
            return new NetworkDescription(inputWidth, layers, LossType.MSE).build(kinds).outputWidth();
        } catch (IllegalArgumentException e) { // InvalidNetworkException among them
            return LayerCheck.UNKNOWN;
        }
    }

    /**
     * @return the names with the prefix every one of them shares set aside (whole dotted parts that are not numbers,
     *         e.g. "model." of "model.0.weight"); the same names when there is none
     */
    public static <T> Map<String, T> withoutPrefix(Map<String, T> tensors) {
        String prefix = commonPrefix(tensors.keySet());
        if (prefix.isEmpty()) {
            return tensors;
        }
        Map<String, T> out = new LinkedHashMap<>();
        tensors.forEach((name, value) -> out.put(name.substring(prefix.length()), value));
        return out;
    }

    private static String commonPrefix(Iterable<String> names) {
        String prefix = null;
        for (String name : names) {
            String own = name.matches("([A-Za-z_][A-Za-z0-9_]*\\.)+\\d+\\..*")
                    ? name.replaceFirst("^((?:[A-Za-z_][A-Za-z0-9_]*\\.)+)\\d+\\..*$", "$1") : "";
            if (prefix == null) {
                prefix = own;
            } else if (!prefix.equals(own)) {
                return "";
            }
        }
        return prefix == null ? "" : prefix;
    }
}
