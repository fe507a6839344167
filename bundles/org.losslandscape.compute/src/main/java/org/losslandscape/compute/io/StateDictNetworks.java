package org.losslandscape.compute.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
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
     * @param inputWidth the network's input width, fixed by the first layer's tensors or by the images
     * @param layers the layers, in module order (after an Unflatten of the images when {@code moduleOffset} is 1)
     * @param assumptions what the tensors could not show and was assumed (one sentence each)
     * @param moduleOffset 1 when the layers begin with an Unflatten that the state_dict does not number (the PyTorch
     *            model takes {@code [n, C, H, W]} images), else 0
     */
    public record Inferred(int inputWidth, List<LayerDescription> layers, List<String> assumptions,
            int moduleOffset) {

        /** @return the network of these layers with the given loss, initialised as PyTorch does by default */
        public NetworkDescription network(LossType loss) {
            return new NetworkDescription(inputWidth, layers, loss);
        }
    }

    /**
     * The layers of a state_dict of a network on plain features ({@link #infer(Map, LayerKinds, String, String,
     * ImageShape)} without images).
     */
    public static Inferred infer(Map<String, int[]> shapes, LayerKinds kinds, String gapKind, String source)
            throws FileFormatException {
        return infer(shapes, kinds, gapKind, source, null);
    }

    /**
     * @param shapes every tensor's name and shape, as {@link SafeTensors.Contents#tensors()} gives them
     * @param kinds the layer kinds to recognise modules with
     * @param gapKind the id of the parameter-free kind assumed where a module has no tensors, e.g. "RELU"
     * @param source the file's name, for messages
     * @param images the shape of the data's images, or null for plain features: when the first layer takes the width
     *            of its input (a convolution) the layers begin with an Unflatten to these images, which the
     *            state_dict does not number ({@link Inferred#moduleOffset()} 1)
     * @throws FileFormatException naming the tensor and what is wrong when the names are not those of an
     *             {@code nn.Sequential}, or no kind recognises a module (naming its tensors and shapes), or modules
     *             without tensors between image layers cannot be told apart
     */
    public static Inferred infer(Map<String, int[]> shapes, LayerKinds kinds, String gapKind, String source,
            ImageShape images) throws FileFormatException {
        if (shapes.isEmpty()) {
            throw new FileFormatException(source, "the file holds no tensors, so there is no network to infer");
        }
        TreeMap<Integer, Map<String, int[]>> modules = modules(withoutPrefix(shapes), source);
        if (modules.firstKey() != 0) {
            throw new FileFormatException(source, 0, null, null, "the first module with tensors is module "
                    + modules.firstKey() + ", so the network's input width is not known; describe the network with "
                    + "--network");
        }
        Shapes flow = new Shapes(kinds);
        List<String> assumptions = new ArrayList<>();
        int last = modules.lastKey();
        for (int i = 0; i <= last; i++) {
            Map<String, int[]> tensors = modules.get(i);
            if (tensors == null) {
                continue; // a gap: resolved when the next module with tensors is known
            }
            int gapStart = i;
            while (gapStart > 0 && modules.get(gapStart - 1) == null) {
                gapStart--;
            }
            StateDictModule module = new StateDictModule(Integer.toString(i), tensors, i == 0 ? LayerCheck.UNKNOWN
                    : flow.width(), i == 0 ? images : flow.image(), i == 0);
            LayerDescription layer = recognise(module, kinds);
            if (i > 0 && flow.image() != null) {
                // after images: a layer that fixes its input width when first (a Linear) is one on plain features,
                // and the gap before it holds the flattening
                LayerDescription plain = recognise(new StateDictModule(module.path(), tensors, LayerCheck.UNKNOWN,
                        null, true), kinds);
                if (plain != null && flow.declaredWidth(plain) != LayerCheck.UNKNOWN) {
                    layer = plain;
                } else if (layer == null && plain != null) {
                    throw new FileFormatException(source, 0, i + "." + tensors.keySet().iterator().next(), null,
                            "module " + i + " (" + module.describe() + ") does not fit the images " + flow.image()
                                    + " before it, and what turns them into features is not in a state_dict; "
                                    + "describe the network with --network");
                }
            }
            if (layer == null) {
                throw new FileFormatException(source, 0, i + "." + tensors.keySet().iterator().next(), null,
                        "no layer kind recognises module " + i + " (" + module.describe() + "); known kinds: "
                                + String.join(", ", kinds.ids()) + "; describe the network with --network");
            }
            if (i == 0) {
                flow.start(layer, images, source);
            } else {
                flow.gap(gapStart, i, layer, gapKind, assumptions, source);
            }
            flow.add(layer);
            if (layer.kind().equals("CONV2D")) {
                assumptions.add("module " + i + " (Conv2d): stride 1, padding 0 and dilation 1 taken, PyTorch's "
                        + "defaults (a state_dict does not record them)");
            }
        }
        if (flow.inputWidth <= 0) {
            throw new FileFormatException(source, 0, null, null, "the first layer (" + flow.layers.get(0).kind()
                    + ") does not fix the network's input width; describe the network with --network");
        }
        return new Inferred(flow.inputWidth, flow.layers, assumptions, flow.offset);
    }

    /** @return the tensors by module index and their names inside the module */
    private static TreeMap<Integer, Map<String, int[]>> modules(Map<String, int[]> named, String source)
            throws FileFormatException {
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
        return modules;
    }

    /** The layers inferred so far and the shape that flows out of them. */
    private static final class Shapes {
        private final LayerKinds kinds;
        private final List<LayerDescription> layers = new ArrayList<>();
        private int inputWidth;
        private int offset;
        private ImageShape image;
        private int width = LayerCheck.UNKNOWN;

        Shapes(LayerKinds kinds) {
            this.kinds = kinds;
        }

        int width() {
            return width;
        }

        ImageShape image() {
            return image;
        }

        /** The first layer: its input width, or an Unflatten of the images before it when it takes its input's. */
        void start(LayerDescription first, ImageShape images, String source) throws FileFormatException {
            LayerKind kind = kinds.require(first.kind());
            inputWidth = kind.declaredInputWidth(LayerSettings.of(kind, first.settings()));
            if (inputWidth > 0) {
                return;
            }
            if (images == null) {
                throw new FileFormatException(source, 0, null, null, "module 0 is a " + kind.displayName() + ": "
                        + "the height and width of its images are not in a state_dict; give the images as data (IDX, "
                        + "or a .npy of [n, C, H, W]) or describe the network with --network");
            }
            layers.add(LayerDescription.of("UNFLATTEN").with("channels", images.channels()).with("height",
                    images.height()).with("width", images.width()));
            inputWidth = (int) images.size();
            offset = 1;
        }

        /**
         * The parameter-free modules {@code from..to-1} before {@code next}: each the gap kind on plain features and
         * one module between image layers; before a layer on plain features after images, a Flatten last (with a
         * global average pooling before it when {@code next} takes the channels), activations before that.
         */
        void gap(int from, int to, LayerDescription next, String gapKind, List<String> assumptions, String source)
                throws FileFormatException {
            int modules = to - from;
            ImageShape in = image;
            String range = modules == 1 ? "module " + from : "modules " + from + " to " + (to - 1);
            if (in == null || acceptsImages(next)) {
                if (in != null && modules > 1) {
                    throw new FileFormatException(source, 0, null, null, range + " hold no tensors, between image "
                            + "layers: a state_dict does not record which layers they are (activations, pooling); "
                            + "describe the network with --network");
                }
                for (int g = from; g < to; g++) {
                    layers.add(LayerDescription.of(gapKind));
                    assumptions.add(gapNote(g, gapKind));
                }
                return;
            }
            int need = declaredWidth(next);
            if (modules == 0) {
                throw new FileFormatException(source, 0, null, null, "module " + to + " takes " + need + " features "
                        + "right after the images " + in + " (a Linear on images acts on their last axis); describe "
                        + "the network with --network");
            }
            List<String> tail;
            if (need == in.size()) {
                tail = List.of("FLATTEN");
            } else if (need == in.channels() && in.plane() > 1) {
                tail = List.of("GLOBAL_AVG_POOL", "FLATTEN");
            } else {
                throw new FileFormatException(source, 0, null, null, "module " + to + " takes " + need + " features "
                        + "but the images before it are " + in + "; the layers of " + range + " (pooling?) are not "
                        + "in a state_dict; describe the network with --network");
            }
            if (modules < tail.size() || modules > tail.size() + 1) {
                throw new FileFormatException(source, 0, null, null, range + " hold no tensors before module " + to
                        + " on plain features: a state_dict does not record which layers they are; describe the "
                        + "network with --network");
            }
            for (int g = from; g < to - tail.size(); g++) {
                layers.add(LayerDescription.of(gapKind));
                assumptions.add(gapNote(g, gapKind));
            }
            for (String k : tail) {
                layers.add(LayerDescription.of(k));
            }
            assumptions.add(range + (modules == 1 ? " holds" : " hold") + " no tensors before module " + to + ", "
                    + "which takes " + need + " features of the images " + in + ": " + String.join(", ", tail)
                    + " (nn." + (tail.size() == 1 ? "Flatten" : "AdaptiveAvgPool2d(1), nn.Flatten") + ") taken last");
        }

        private static String gapNote(int module, String kind) {
            return "module " + module + " holds no tensors: taken as " + kind + " (a state_dict does not record layers "
                    + "without parameters)";
        }

        /** @return whether the layer takes the width of its input (it may see images) */
        private boolean acceptsImages(LayerDescription next) {
            return declaredWidth(next) == LayerCheck.UNKNOWN;
        }

        /** @return the input width a layer fixes by its settings (a Linear's), or UNKNOWN */
        int declaredWidth(LayerDescription next) {
            LayerKind kind = kinds.require(next.kind());
            int w = kind.declaredInputWidth(LayerSettings.of(kind, next.settings()));
            return w > 0 ? w : LayerCheck.UNKNOWN;
        }

        void add(LayerDescription layer) {
            layers.add(layer);
            try {
                Network n = new NetworkDescription(inputWidth, layers, LossType.MSE).build(kinds);
                width = n.outputWidth();
                image = n.body().outputImage(null);
            } catch (IllegalArgumentException e) { // InvalidNetworkException among them
                width = LayerCheck.UNKNOWN;
                image = null;
            }
        }
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
