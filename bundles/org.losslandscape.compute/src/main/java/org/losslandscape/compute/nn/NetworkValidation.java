package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a {@link NetworkSpec} layer by layer, collecting every problem (it does not stop at the first), and
 * builds the layers of a valid one. Widths flow from the input through the layers; after a layer whose output
 * cannot be known (an invalid Dense, say) the width is unknown and the checks that need it are skipped, so one
 * mistake gives one message rather than a cascade.
 */
final class NetworkValidation {

    /** Largest width of any layer (units, vocabulary, dim, tokens, input). */
    static final int MAX_WIDTH = 1_000_000;
    /** Largest total number of parameters. */
    static final long MAX_PARAMETERS = 500_000_000L;
    private static final int UNKNOWN = -1;

    private final List<Problem> problems = new ArrayList<>();
    private long parameters;

    private NetworkValidation() {
    }

    /** @return every problem of the description, in the order of the layers; empty when it is valid */
    static List<Problem> validate(NetworkSpec spec) {
        return run(spec).problems;
    }

    /** @return the number of parameters the description asks for (meaningful when it is valid) */
    static long parameterCount(NetworkSpec spec) {
        return run(spec).parameters;
    }

    private static NetworkValidation run(NetworkSpec spec) {
        NetworkValidation v = new NetworkValidation();
        v.network(spec);
        return v;
    }

    private void network(NetworkSpec spec) {
        int width = spec.inputWidth();
        if (width < 1) {
            networkProblem("the input width must be at least 1, got " + width);
            width = UNKNOWN;
        } else if (width > MAX_WIDTH) {
            networkProblem("the input width " + width + " exceeds the limit of " + format(MAX_WIDTH));
            width = UNKNOWN;
        }
        if (spec.layers().isEmpty()) {
            networkProblem("the network has no layers; add at least one (e.g. a Dense layer)");
        }
        sequence(spec.layers(), "", width, true);
        if (spec.loss() == null) {
            networkProblem("the loss is missing; choose cross-entropy, mse or bce");
        } else if (spec.loss() == LossKind.CROSS_ENTROPY) {
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
            networkProblem("the network has " + format(parameters) + " parameters, more than the limit of "
                    + format(MAX_PARAMETERS) + "; make the layers smaller");
        }
    }

    /** @return the output width of the layers, or {@link #UNKNOWN} */
    private int sequence(List<LayerSpec> layers, String prefix, int width, boolean topLevel) {
        for (int i = 0; i < layers.size(); i++) {
            width = layer(layers.get(i), prefix + (i + 1), width, topLevel && i == 0);
        }
        return width;
    }

    /** @return the output width of the layer, or {@link #UNKNOWN} */
    private int layer(LayerSpec l, String index, int width, boolean first) {
        String path = "layer " + index;
        if (l == null || l.kind() == null) {
            problems.add(new Problem(path, "Layer " + index + ": the layer "
                    + (l == null ? "description" : "kind") + " is missing"));
            return UNKNOWN;
        }
        String label = "Layer " + index + " (" + l.kind().displayName() + "): ";
        if (l.kind() != LayerKind.RESIDUAL && !l.children().isEmpty()) {
            problems.add(new Problem(path, label + "only a Residual block has child layers; remove them"));
        }
        return switch (l.kind()) {
            case DENSE -> dense(l, path, label, width, first);
            case EMBEDDING -> embedding(l, path, label, width, first);
            case DROPOUT -> {
                if (!(l.rate() >= 0 && l.rate() < 1)) {
                    problems.add(new Problem(path, label + "rate " + l.rate() + " must be in [0, 1)"));
                }
                yield width;
            }
            case LAYER_NORM, BATCH_NORM -> norm(l, path, label, width);
            case RESIDUAL -> residual(l, path, label, index, width);
            case LEAKY_RELU -> {
                if (!Double.isFinite(l.slope())) {
                    problems.add(new Problem(path, label + "slope must be a finite number, got " + l.slope()));
                }
                yield width;
            }
            case RELU, TANH, SIGMOID, GELU, SOFTPLUS, IDENTITY -> width;
        };
    }

    private int dense(LayerSpec l, String path, String label, int width, boolean first) {
        boolean unitsOk = positive(path, label, "units", l.units());
        int in = width;
        if (l.inputSize() < 0) {
            problems.add(new Problem(path, label + "input size must be 0 (taken from the previous layer) or "
                    + "positive, got " + l.inputSize()));
            in = UNKNOWN;
        } else if (l.inputSize() > MAX_WIDTH) {
            problems.add(new Problem(path, label + "input size " + format(l.inputSize()) + " exceeds the limit of "
                    + format(MAX_WIDTH)));
            in = UNKNOWN;
        } else if (l.inputSize() > 0) {
            if (width != UNKNOWN && l.inputSize() != width) {
                String previous = first ? "the network's input width " : "the previous output ";
                problems.add(new Problem(path, label + "input size " + l.inputSize() + " does not match " + previous
                        + width + "; remove the input size or set it to " + width));
            }
            in = l.inputSize();
        }
        if (!unitsOk) {
            return UNKNOWN;
        }
        if (in != UNKNOWN) {
            parameters += (long) in * l.units() + (l.bias() ? l.units() : 0);
        }
        return l.units();
    }

    private int embedding(LayerSpec l, String path, String label, int width, boolean first) {
        if (!first) {
            problems.add(new Problem(path, label + "an Embedding must be the first layer (its inputs are token "
                    + "ids, not features); move it to the top of the network"));
        }
        boolean ok = positive(path, label, "vocabulary", l.vocabulary());
        ok &= positive(path, label, "dim", l.dim());
        ok &= positive(path, label, "tokens", l.tokens());
        if (!ok) {
            return UNKNOWN;
        }
        if (first && width != UNKNOWN && width != l.tokens()) {
            problems.add(new Problem(path, label + "it reads " + l.tokens() + " token ids per row but the input has "
                    + width + " features; set tokens to " + width));
        }
        long out = (long) l.tokens() * l.dim();
        if (out > MAX_WIDTH) {
            problems.add(new Problem(path, label + "the output width tokens·dim = " + format(out)
                    + " exceeds the limit of " + format(MAX_WIDTH) + "; use a smaller dim"));
            return UNKNOWN;
        }
        parameters += (long) l.vocabulary() * l.dim();
        return (int) out;
    }

    private int norm(LayerSpec l, String path, String label, int width) {
        if (!(l.eps() > 0) || !Double.isFinite(l.eps())) {
            problems.add(new Problem(path, label + "eps must be a positive number (typically 1e-5), got " + l.eps()));
        }
        if (l.kind() == LayerKind.BATCH_NORM && !(l.momentum() >= 0 && l.momentum() <= 1)) {
            problems.add(new Problem(path, label + "momentum " + l.momentum() + " must be in [0, 1] (typically 0.1)"));
        }
        if (width != UNKNOWN && l.affine()) {
            parameters += 2L * width;
        }
        return width;
    }

    private int residual(LayerSpec l, String path, String label, String index, int width) {
        if (l.children().isEmpty()) {
            problems.add(new Problem(path, label + "the block is empty; add at least one layer to it"));
            return width;
        }
        int out = sequence(l.children(), index + ".", width, false);
        if (width != UNKNOWN && out != UNKNOWN && out != width) {
            problems.add(new Problem(path, label + "the block maps " + width + " features to " + out
                    + "; a residual block must keep the width (" + width + ")"));
        }
        return width;
    }

    /** Checks {@code 1 <= value <= MAX_WIDTH}, adding a problem otherwise. */
    private boolean positive(String path, String label, String name, int value) {
        if (value < 1) {
            problems.add(new Problem(path, label + name + " must be at least 1, got " + value));
            return false;
        }
        if (value > MAX_WIDTH) {
            problems.add(new Problem(path, label + name + " " + format(value) + " exceeds the limit of "
                    + format(MAX_WIDTH)));
            return false;
        }
        return true;
    }

    private void networkProblem(String message) {
        problems.add(new Problem("network", "Network: " + message));
    }

    private static String format(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * Builds the layers of a valid description.
     *
     * @param width the input width of the first layer
     */
    static List<Layer> layers(List<LayerSpec> specs, int width) {
        List<Layer> out = new ArrayList<>();
        for (LayerSpec l : specs) {
            Layer layer = switch (l.kind()) {
                case DENSE -> new Dense(l.inputSize() > 0 ? l.inputSize() : width, l.units(), l.bias());
                case EMBEDDING -> new Embedding(l.vocabulary(), l.dim(), l.tokens());
                case DROPOUT -> new Dropout(width, l.rate());
                case LAYER_NORM -> new LayerNorm(width, l.eps(), l.affine());
                case BATCH_NORM -> new BatchNorm(width, l.eps(), l.momentum(), l.affine());
                case RESIDUAL -> new Residual(layers(l.children(), width));
                case RELU, LEAKY_RELU, TANH, SIGMOID, GELU, SOFTPLUS, IDENTITY ->
                        new Activation(l.kind().activation(), width, l.slope());
            };
            out.add(layer);
            width = layer.outputWidth();
        }
        return out;
    }
}
