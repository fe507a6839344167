package org.losslandscape.compute.nn;

import java.util.List;
import java.util.Locale;

/**
 * What {@link LayerKind#check} validates one layer against: its settings, the width that flows into it, its place
 * in the network, and where its problems and parameter count go. Problems are collected (validation does not stop
 * at the first), each prefixed with the layer's label, e.g. "Layer 3 (Dense): ".
 */
public final class LayerCheck {

    /** A width that cannot be known because of an earlier problem; checks that need it are skipped. */
    public static final int UNKNOWN = -1;
    /** Largest width of any layer (units, vocabulary, dim, tokens, input). */
    public static final int MAX_WIDTH = 1_000_000;

    private final NetworkValidation validation;
    private final LayerDescription description;
    private final LayerSettings settings;
    private final String index;
    private final String path;
    private final String label;
    private final int inputWidth;
    private final boolean first;
    private final ImageShape inputImage;
    private ImageShape outputImage;
    private boolean outputDeclared;
    private ImageShape childrenImage;

    LayerCheck(NetworkValidation validation, LayerDescription description, LayerSettings settings, String index,
            String label, int inputWidth, boolean first, ImageShape inputImage) {
        this.validation = validation;
        this.description = description;
        this.settings = settings;
        this.index = index;
        this.path = "layer " + index;
        this.label = label;
        this.inputWidth = inputWidth;
        this.first = first;
        this.inputImage = inputImage;
    }

    /** @return the layer's settings */
    public LayerSettings settings() {
        return settings;
    }

    /** @return the width of the input (the previous layer's output, or the network's), or {@link #UNKNOWN} */
    public int inputWidth() {
        return inputWidth;
    }

    /**
     * @return the image shape of the input ({@code [n, C, H, W]}, with {@code C·H·W = }{@link #inputWidth()}), or null
     *         when the input is a plain feature vector or its width is unknown
     */
    public ImageShape inputImage() {
        return inputImage;
    }

    /**
     * Declares the image shape of this layer's output (a convolution or a pooling layer does). A kind that declares
     * nothing keeps the input's image shape when its output width equals the input width, and gives plain features
     * otherwise.
     *
     * @param shape the output's shape, or null for plain features ({@code [n, width]})
     */
    public void outputImage(ImageShape shape) {
        outputImage = shape;
        outputDeclared = true;
    }

    /** @return the output's image shape as declared, or by the default rule of {@link #outputImage(ImageShape)} */
    ImageShape resolvedOutputImage(int outputWidth) {
        if (outputDeclared) {
            return outputImage;
        }
        return inputImage != null && outputWidth == inputWidth ? inputImage : null;
    }

    /** @return whether this is the first layer of the network (its input is the data) */
    public boolean isFirst() {
        return first;
    }

    /** @return the layer's child layers (for a kind that {@link LayerKind#hasChildren() has children}) */
    public List<LayerDescription> children() {
        return description.children();
    }

    /**
     * Reports a problem of this layer.
     *
     * @param message what is wrong and how to fix it, e.g. "units must be at least 1, got 0"; the layer's label is
     *            put in front
     */
    public void problem(String message) {
        validation.problem(path, label + message);
    }

    /** Adds the number of trainable parameters this layer will have (for the network's limits and count). */
    public void addParameters(long count) {
        validation.addParameters(count);
    }

    /**
     * Checks {@code 1 <= value <= MAX_WIDTH}, reporting a problem that names the setting otherwise.
     *
     * @return whether the value is in range
     */
    public boolean requireWidth(String name, long value) {
        if (value < 1) {
            problem(name + " must be at least 1, got " + value);
            return false;
        }
        if (value > MAX_WIDTH) {
            problem(name + " " + format(value) + " exceeds the limit of " + format(MAX_WIDTH));
            return false;
        }
        return true;
    }

    /**
     * Checks the child layers as a sequence whose input has the given width; their problems name them inside this
     * layer ("Layer 4.2 (…)").
     *
     * @return the output width of the children, or {@link #UNKNOWN}
     */
    public int checkChildren(int width) {
        int out = validation.sequence(description.children(), index + ".", width, false,
                width == inputWidth ? inputImage : null);
        childrenImage = validation.image();
        return out;
    }

    /** @return the image shape of the children's output after {@link #checkChildren}, or null for plain features */
    public ImageShape childrenImage() {
        return childrenImage;
    }

    /** @return the number with thousands separators, as the messages write limits */
    public static String format(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
