package org.losslandscape.compute.nn;

import java.util.List;

/** What {@link LayerKind#create} builds a layer from: its settings, its input width and its child layers. */
public final class LayerBuild {

    private final LayerKinds kinds;
    private final LayerDescription description;
    private final LayerSettings settings;
    private final int inputWidth;
    private final ImageShape inputImage;

    LayerBuild(LayerKinds kinds, LayerDescription description, LayerSettings settings, int inputWidth,
            ImageShape inputImage) {
        this.kinds = kinds;
        this.description = description;
        this.settings = settings;
        this.inputWidth = inputWidth;
        this.inputImage = inputImage;
    }

    /** @return the image shape of the layer's input ({@code [n, C, H, W]}), or null for plain features */
    public ImageShape inputImage() {
        return inputImage;
    }

    /** @return the layer's settings */
    public LayerSettings settings() {
        return settings;
    }

    /** @return the width of the layer's input (known: the description has been validated) */
    public int inputWidth() {
        return inputWidth;
    }

    /**
     * @param width the input width of the first child
     * @return the child layers built one after the other (for a kind that {@link LayerKind#hasChildren() has
     *         children})
     */
    public List<Layer> children(int width) {
        return NetworkValidation.layers(description.children(), width, width == inputWidth ? inputImage : null,
                kinds);
    }
}
