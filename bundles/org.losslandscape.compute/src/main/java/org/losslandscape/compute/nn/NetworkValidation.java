package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a {@link NetworkDescription} layer by layer, collecting every problem (it does not stop at the first), and
 * builds the layers of a valid one. Each layer's rules are its {@link LayerKind}'s, found in a {@link LayerKinds}
 * registry by the description's kind id; an id no registered kind has is a problem naming it. Widths flow from the
 * input through the layers; after a layer whose output cannot be known (an invalid Dense, say) the width is unknown
 * and the checks that need it are skipped, so one mistake gives one message rather than a cascade.
 */
final class NetworkValidation {

    /** Largest width of any layer (units, vocabulary, dim, tokens, input). */
    static final int MAX_WIDTH = LayerCheck.MAX_WIDTH;
    /** Largest total number of parameters. */
    static final long MAX_PARAMETERS = 500_000_000L;
    private static final int UNKNOWN = LayerCheck.UNKNOWN;

    private final LayerKinds kinds;
    private final List<Problem> problems = new ArrayList<>();
    private long parameters;
    /** The parameters each top-level layer added, in order. */
    private final List<Long> topLevelParameters = new ArrayList<>();
    /** The image shape of what flows out of the last layer checked, or null for plain features. */
    private ImageShape image;

    private NetworkValidation(LayerKinds kinds) {
        this.kinds = kinds;
    }

    /** @return every problem of the description, in the order of the layers; empty when it is valid */
    static List<Problem> validate(NetworkDescription spec, LayerKinds kinds) {
        return run(spec, kinds).problems;
    }

    /** @return the number of parameters the description asks for (meaningful when it is valid) */
    static long parameterCount(NetworkDescription spec, LayerKinds kinds) {
        return run(spec, kinds).parameters;
    }

    private static NetworkValidation run(NetworkDescription spec, LayerKinds kinds) {
        NetworkValidation v = new NetworkValidation(kinds);
        v.network(spec);
        return v;
    }

    private void network(NetworkDescription spec) {
        int width = spec.inputWidth();
        if (width < 1) {
            networkProblem("the input width must be at least 1, got " + width);
            width = UNKNOWN;
        } else if (width > MAX_WIDTH) {
            networkProblem("the input width " + width + " exceeds the limit of " + LayerCheck.format(MAX_WIDTH));
            width = UNKNOWN;
        }
        if (spec.layers().isEmpty()) {
            networkProblem("the network has no layers; add at least one (e.g. a Dense layer)");
        }
        sequence(spec.layers(), "", width, true, null);
        if (spec.parameterization() != null && spec.parameterization() != Parameterization.STANDARD) {
            parameterizable(spec);
        }
        if (spec.loss() == null) {
            networkProblem("the loss is missing; choose cross-entropy, mse or bce");
        } else if (spec.loss() == LossType.CROSS_ENTROPY) {
            double e = spec.labelSmoothing();
            if (!(e >= 0 && e < 1)) {
                networkProblem("label smoothing " + e + " must be in [0, 1)");
            }
        } else if (spec.labelSmoothing() != 0) {
            networkProblem("label smoothing applies to cross-entropy only; set it to 0 or use cross-entropy");
        }
        if (spec.initializer() == null) {
            networkProblem("the initializer is missing; e.g. use the PyTorch default");
        }
        if (parameters > MAX_PARAMETERS) {
            networkProblem("the network has " + LayerCheck.format(parameters) + " parameters, more than the limit of "
                    + LayerCheck.format(MAX_PARAMETERS) + "; make the layers smaller");
        }
    }

    /**
     * A non-standard parameterisation scales top-level Dense layers: every other layer must be free of parameters
     * (each layer's count is what its kind reported in the check).
     */
    private void parameterizable(NetworkDescription spec) {
        String name = spec.parameterization().name().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean anyDense = false;
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerDescription l = spec.layers().get(i);
            LayerKind kind = l == null || l.kind() == null ? null : kinds.byId(l.kind());
            if (kind == null) {
                continue; // reported above
            }
            if (kind.id().equals("DENSE")) {
                anyDense = true;
            } else if (kind.hasChildren() || topLevelParameters.get(i) > 0) {
                problem("layer " + (i + 1), "Layer " + (i + 1) + " (" + kind.displayName() + "): the " + name
                        + " parameterisation scales Dense layers only, and this layer has parameters or layers "
                        + "inside; use the standard parameterisation or remove the layer");
            }
        }
        if (!anyDense) {
            networkProblem("the " + name + " parameterisation scales Dense layers, and the network has none");
        }
    }

    /**
     * @param inputImage the image shape of the input, or null
     * @return the output width of the layers, or {@link #UNKNOWN}; their output image shape is then {@link #image()}
     */
    int sequence(List<LayerDescription> layers, String prefix, int width, boolean topLevel, ImageShape inputImage) {
        image = inputImage;
        for (int i = 0; i < layers.size(); i++) {
            long before = parameters;
            width = layer(layers.get(i), prefix + (i + 1), width, topLevel && i == 0);
            if (topLevel) {
                topLevelParameters.add(parameters - before);
            }
        }
        return width;
    }

    /** @return the image shape after the last {@link #sequence}, or null for plain features */
    ImageShape image() {
        return image;
    }

    /** @return the output width of the layer, or {@link #UNKNOWN} */
    private int layer(LayerDescription l, String index, int width, boolean first) {
        String path = "layer " + index;
        ImageShape in = width == UNKNOWN ? null : image;
        image = null;
        if (l == null || l.kind() == null || l.kind().isBlank()) {
            problem(path, "Layer " + index + ": the layer " + (l == null ? "description" : "kind") + " is missing");
            return UNKNOWN;
        }
        LayerKind kind = kinds.byId(l.kind());
        if (kind == null) {
            problem(path, "Layer " + index + ": no layer kind '" + l.kind() + "' is registered; install the bundle "
                    + "that provides it, or choose one of " + String.join(", ", kinds.ids()));
            return UNKNOWN;
        }
        String label = "Layer " + index + " (" + kind.displayName() + "): ";
        if (!kind.hasChildren() && !l.children().isEmpty()) {
            problem(path, label + "only a block (such as Residual) has child layers; remove them");
        }
        LayerSettings settings = LayerSettings.resolve(kind, l.settings(), m -> problem(path, label + m));
        LayerCheck check = new LayerCheck(this, l, settings, index, label, width, first, in);
        int out = kind.check(check);
        image = out == UNKNOWN ? null : check.resolvedOutputImage(out);
        return out;
    }

    void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    void addParameters(long count) {
        parameters += count;
    }

    private void networkProblem(String message) {
        problems.add(new Problem("network", "Network: " + message));
    }

    /**
     * Builds the layers of a valid description.
     *
     * @param width the input width of the first layer
     */
    static List<Layer> layers(List<LayerDescription> descriptions, int width, LayerKinds kinds) {
        return layers(descriptions, width, null, kinds);
    }

    /**
     * Builds the layers of a valid description whose input has the given image shape.
     *
     * @param image the image shape of the first layer's input, or null for plain features
     */
    static List<Layer> layers(List<LayerDescription> descriptions, int width, ImageShape image, LayerKinds kinds) {
        List<Layer> out = new ArrayList<>();
        for (LayerDescription l : descriptions) {
            LayerKind kind = kinds.require(l.kind());
            LayerSettings settings = LayerSettings.resolve(kind, l.settings(), m -> {
                throw new InvalidNetworkException(List.of(new Problem("layer", m)));
            });
            Layer layer = kind.create(new LayerBuild(kinds, l, settings, width, image));
            out.add(layer);
            image = layer.outputImage(image);
            width = layer.outputWidth();
        }
        keepOnlyReadPositions(out);
        return out;
    }

    /**
     * A transformer block followed by a selection of positions computes its output at those positions only: the
     * same function (names, parameters, values) with the block's per-position work after the attention done for
     * the kept positions alone.
     */
    private static void keepOnlyReadPositions(List<Layer> layers) {
        for (int i = 0; i + 1 < layers.size(); i++) {
            if (layers.get(i) instanceof TransformerBlock block && layers.get(i + 1) instanceof SelectPositions s) {
                layers.set(i, block.keeping(s.first(), s.count()));
                layers.set(i + 1, s.alreadyMade());
            }
        }
    }
}
