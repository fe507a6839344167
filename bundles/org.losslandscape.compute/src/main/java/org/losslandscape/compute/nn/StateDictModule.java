package org.losslandscape.compute.nn;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tensors a PyTorch {@code state_dict} holds for one module of an {@code nn.Sequential}: their names inside the
 * module ({@code "weight"}, {@code "running_mean"}, …) and shapes, with what comes before the module. A
 * {@link LayerKind} reads it in {@link LayerKind#fromStateDict} to say whether the module is a layer of its kind and
 * with which settings. Immutable.
 */
public final class StateDictModule {

    private final String path;
    private final Map<String, int[]> tensors;
    private final int inputWidth;
    private final ImageShape inputImage;
    private final boolean first;

    /**
     * @param path the module's index in the state_dict, e.g. "3"
     * @param tensors the module's tensors by their name inside it, with their shapes (copied)
     * @param inputWidth the width that flows into the module, or {@link LayerCheck#UNKNOWN}
     * @param first whether the module is the first of the network (its input is the data)
     */
    public StateDictModule(String path, Map<String, int[]> tensors, int inputWidth, boolean first) {
        this(path, tensors, inputWidth, null, first);
    }

    /**
     * @param path the module's index in the state_dict, e.g. "3"
     * @param tensors the module's tensors by their name inside it, with their shapes (copied)
     * @param inputWidth the width that flows into the module, or {@link LayerCheck#UNKNOWN}
     * @param inputImage the image shape that flows into the module ({@code [n, C, H, W]}), or null for plain features
     *            or when it is not known
     * @param first whether the module is the first of the network (its input is the data)
     */
    public StateDictModule(String path, Map<String, int[]> tensors, int inputWidth, ImageShape inputImage,
            boolean first) {
        this.path = path;
        Map<String, int[]> copy = new LinkedHashMap<>();
        tensors.forEach((name, shape) -> copy.put(name, shape.clone()));
        this.tensors = Collections.unmodifiableMap(copy);
        this.inputWidth = inputWidth;
        this.inputImage = inputImage;
        this.first = first;
    }

    /** @return the module's index in the state_dict, e.g. "3" */
    public String path() {
        return path;
    }

    /** @return the names of the module's tensors */
    public Set<String> names() {
        return tensors.keySet();
    }

    /** @return whether the module holds a tensor of that name */
    public boolean has(String name) {
        return tensors.containsKey(name);
    }

    /** @return the shape of the named tensor (a copy), or null when the module has none of that name */
    public int[] shape(String name) {
        int[] shape = tensors.get(name);
        return shape == null ? null : shape.clone();
    }

    /** @return the number of dimensions of the named tensor, or -1 when the module has none of that name */
    public int rank(String name) {
        int[] shape = tensors.get(name);
        return shape == null ? -1 : shape.length;
    }

    /** @return whether the module's tensor names are all among the given ones */
    public boolean namesWithin(String... allowed) {
        return Set.of(allowed).containsAll(tensors.keySet());
    }

    /** @return the width that flows into the module, or {@link LayerCheck#UNKNOWN} */
    public int inputWidth() {
        return inputWidth;
    }

    /**
     * @return the image shape that flows into the module ({@code [n, C, H, W]}), or null for plain features or when
     *         it is not known; a kind of layer that sees images (Conv2d, BatchNorm2d) reads its channels here
     */
    public ImageShape inputImage() {
        return inputImage;
    }

    /** @return whether the module is the first of the network */
    public boolean isFirst() {
        return first;
    }

    /** @return the tensors as a message names them, e.g. "weight [16, 4], bias [16]" */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        tensors.forEach((name, shape) -> sb.append(sb.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(Arrays.toString(shape)));
        return sb.toString();
    }
}
