package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The description of one layer, as an experiment file or the UI states it: a plain value (a kind id, named settings
 * and child layers) that is easy to write to and read from files. {@link NetworkDescription} validates and builds it
 * through the {@link LayerKind} of that id, which reads the settings it declares; a setting not given takes the
 * kind's default. Nothing is checked here: {@link NetworkDescription#validate()} reports every problem with a
 * message that says how to fix it.
 *
 * @param kind the id of a {@link LayerKind}, e.g. "DENSE"
 * @param settings setting name to value: a Boolean, Integer, Long, Double or String (text is converted to the type
 *            the kind declares); kept in the given order
 * @param children the layers inside a block (Residual's body); empty for the other kinds
 */
public record LayerDescription(String kind, Map<String, Object> settings, List<LayerDescription> children) {

    /** PyTorch's default ε of the normalisation layers. */
    public static final double DEFAULT_EPS = 1e-5;
    /** PyTorch's default BatchNorm momentum. */
    public static final double DEFAULT_MOMENTUM = 0.1;
    /** PyTorch's default LeakyReLU slope. */
    public static final double DEFAULT_SLOPE = 0.01;

    /**
     * Copies the settings and the children (null becomes empty; null children are kept for validation to report).
     *
     * @throws IllegalArgumentException for a null name or a value that is not a Boolean, Integer, Long, Double or
     *             String
     */
    public LayerDescription {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (settings != null) {
            settings.forEach((name, value) -> {
                if (name == null || !(value instanceof Boolean || value instanceof Integer || value instanceof Long
                        || value instanceof Double || value instanceof String)) {
                    throw new IllegalArgumentException("layer setting '" + name + "' = " + value + ": a setting "
                            + "has a name and a Boolean, Integer, Long, Double or String value");
                }
                copy.put(name, value);
            });
        }
        settings = Collections.unmodifiableMap(copy);
        children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
    }

    /** @return a layer of the given kind with every setting at the kind's default */
    public static LayerDescription of(String kind) {
        return new LayerDescription(kind, Map.of(), List.of());
    }

    /** @return a layer of the given kind with the given settings */
    public static LayerDescription of(String kind, Map<String, Object> settings) {
        return new LayerDescription(kind, settings, List.of());
    }

    /** @return a copy with one setting added or replaced */
    public LayerDescription with(String name, Object value) {
        Map<String, Object> s = new LinkedHashMap<>(settings);
        s.put(name, value);
        return new LayerDescription(kind, s, children);
    }

    /** @return a copy with the given child layers */
    public LayerDescription withChildren(List<LayerDescription> body) {
        return new LayerDescription(kind, settings, body);
    }

    /** @return a Dense layer with bias, its input size taken from the previous layer */
    public static LayerDescription dense(int units) {
        return of("DENSE").with("units", units);
    }

    /** @return a Dense layer, its input size taken from the previous layer */
    public static LayerDescription dense(int units, boolean bias) {
        return dense(units).with("bias", bias);
    }

    /** @return a Dense layer with an explicit input size (checked against the previous layer) */
    public static LayerDescription dense(int inputSize, int units, boolean bias) {
        return dense(units, bias).withInputSize(inputSize);
    }

    /** @return an Embedding of {@code tokens} ids per row from a vocabulary, each to a {@code dim}-vector */
    public static LayerDescription embedding(int vocabulary, int dim, int tokens) {
        return of("EMBEDDING").with("vocabulary", vocabulary).with("dim", dim).with("tokens", tokens);
    }

    /** @return ReLU */
    public static LayerDescription relu() {
        return of("RELU");
    }

    /** @return LeakyReLU with slope 0.01 */
    public static LayerDescription leakyRelu() {
        return of("LEAKY_RELU");
    }

    /** @return LeakyReLU with the given negative slope */
    public static LayerDescription leakyRelu(double slope) {
        return leakyRelu().with("slope", slope);
    }

    /** @return tanh */
    public static LayerDescription tanh() {
        return of("TANH");
    }

    /** @return the logistic sigmoid */
    public static LayerDescription sigmoid() {
        return of("SIGMOID");
    }

    /** @return GELU (exact erf form) */
    public static LayerDescription gelu() {
        return of("GELU");
    }

    /** @return softplus */
    public static LayerDescription softplus() {
        return of("SOFTPLUS");
    }

    /** @return the identity */
    public static LayerDescription identity() {
        return of("IDENTITY");
    }

    /** @return dropout with drop probability {@code rate} */
    public static LayerDescription dropout(double rate) {
        return of("DROPOUT").with("rate", rate);
    }

    /** @return LayerNorm with ε = 1e-5 and affine parameters */
    public static LayerDescription layerNorm() {
        return of("LAYER_NORM");
    }

    /** @return LayerNorm with the given ε, with or without affine parameters */
    public static LayerDescription layerNorm(double eps, boolean affine) {
        return layerNorm().with("eps", eps).with("affine", affine);
    }

    /** @return BatchNorm with ε = 1e-5, momentum 0.1 and affine parameters */
    public static LayerDescription batchNorm() {
        return of("BATCH_NORM");
    }

    /** @return BatchNorm with the given settings */
    public static LayerDescription batchNorm(double eps, double momentum, boolean affine) {
        return batchNorm().with("eps", eps).with("momentum", momentum).with("affine", affine);
    }

    /** @return a residual block {@code x + F(x)} whose body F is the given layers */
    public static LayerDescription residual(List<LayerDescription> body) {
        return of("RESIDUAL").withChildren(body);
    }

    /** @return a residual block whose body F is the given layers */
    public static LayerDescription residual(LayerDescription... body) {
        return residual(List.of(body));
    }

    /** @return learned positional embeddings added to a sequence of {@code tokens} positions */
    public static LayerDescription positionalEmbedding(int tokens) {
        return of("POSITIONAL_EMBEDDING").with("tokens", tokens);
    }

    /** @return multi-head self-attention over {@code tokens} positions, with biases */
    public static LayerDescription selfAttention(int tokens, int heads, boolean causal) {
        return of("SELF_ATTENTION").with("tokens", tokens).with("heads", heads).with("causal", causal);
    }

    /**
     * @param mlp hidden width of the MLP (0: four times the width per position)
     * @param layerNorm pre-LN when true, no LayerNorm when false
     * @return a transformer block over {@code tokens} positions with a ReLU MLP, not causal
     */
    public static LayerDescription transformerBlock(int tokens, int heads, int mlp, boolean layerNorm) {
        return of("TRANSFORMER_BLOCK").with("tokens", tokens).with("heads", heads).with("mlp", mlp)
                .with("layerNorm", layerNorm);
    }

    /** @return the layers of {@code body} applied at each of {@code tokens} positions */
    public static LayerDescription perToken(int tokens, LayerDescription... body) {
        return of("PER_TOKEN").with("tokens", tokens).withChildren(List.of(body));
    }

    /** @return keeps one position of a sequence of {@code tokens} (negative: from the end, −1 the last) */
    public static LayerDescription selectPosition(int tokens, int position) {
        return of("SELECT_POSITIONS").with("tokens", tokens).with("position", position);
    }

    /** @return a copy with an explicit Dense input size (0 = inferred) */
    public LayerDescription withInputSize(int size) {
        return with("inputSize", size);
    }

    /** @return a copy with the given Dense bias setting */
    public LayerDescription withBias(boolean withBias) {
        return with("bias", withBias);
    }
}
