package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The description of one layer, as an experiment file or the UI states it; {@link NetworkSpec} validates and
 * builds it. Each kind reads only its own settings; the others keep their defaults. Nothing is checked here:
 * {@link NetworkSpec#validate()} reports every problem with a message that says how to fix it.
 *
 * @param kind the layer kind
 * @param units Dense: output size
 * @param inputSize Dense: explicit input size, or 0 to take the previous layer's output
 * @param bias Dense: whether it has a bias (default true)
 * @param vocabulary Embedding: number of token ids
 * @param dim Embedding: size of each token vector
 * @param tokens Embedding: token ids per input row
 * @param rate Dropout: drop probability in [0, 1)
 * @param eps LayerNorm, BatchNorm: added to the variance (default 1e-5)
 * @param momentum BatchNorm: weight of the batch in the running statistics (default 0.1)
 * @param affine LayerNorm, BatchNorm: learnable scale and shift (default true)
 * @param slope LeakyReLU: negative slope (default 0.01)
 * @param children Residual: the layers of the block's body; empty for the other kinds
 */
public record LayerSpec(LayerKind kind, int units, int inputSize, boolean bias, int vocabulary, int dim, int tokens,
        double rate, double eps, double momentum, boolean affine, double slope, List<LayerSpec> children) {

    /** PyTorch's default ε of the normalisation layers. */
    public static final double DEFAULT_EPS = 1e-5;
    /** PyTorch's default BatchNorm momentum. */
    public static final double DEFAULT_MOMENTUM = 0.1;
    /** PyTorch's default LeakyReLU slope. */
    public static final double DEFAULT_SLOPE = 0.01;

    /** Copies the children (null becomes empty; null entries are kept for validation to report). */
    public LayerSpec {
        children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
    }

    private static LayerSpec of(LayerKind kind) {
        return new LayerSpec(kind, 0, 0, true, 0, 0, 0, 0, DEFAULT_EPS, DEFAULT_MOMENTUM, true, DEFAULT_SLOPE,
                List.of());
    }

    /** @return a Dense layer with bias, its input size taken from the previous layer */
    public static LayerSpec dense(int units) {
        return dense(units, true);
    }

    /** @return a Dense layer, its input size taken from the previous layer */
    public static LayerSpec dense(int units, boolean bias) {
        return new LayerSpec(LayerKind.DENSE, units, 0, bias, 0, 0, 0, 0, DEFAULT_EPS, DEFAULT_MOMENTUM, true,
                DEFAULT_SLOPE, List.of());
    }

    /** @return a Dense layer with an explicit input size (checked against the previous layer) */
    public static LayerSpec dense(int inputSize, int units, boolean bias) {
        return dense(units, bias).withInputSize(inputSize);
    }

    /** @return an Embedding of {@code tokens} ids per row from a vocabulary, each to a {@code dim}-vector */
    public static LayerSpec embedding(int vocabulary, int dim, int tokens) {
        return new LayerSpec(LayerKind.EMBEDDING, 0, 0, true, vocabulary, dim, tokens, 0, DEFAULT_EPS,
                DEFAULT_MOMENTUM, true, DEFAULT_SLOPE, List.of());
    }

    /** @return ReLU */
    public static LayerSpec relu() {
        return of(LayerKind.RELU);
    }

    /** @return LeakyReLU with slope 0.01 */
    public static LayerSpec leakyRelu() {
        return of(LayerKind.LEAKY_RELU);
    }

    /** @return LeakyReLU with the given negative slope */
    public static LayerSpec leakyRelu(double slope) {
        return new LayerSpec(LayerKind.LEAKY_RELU, 0, 0, true, 0, 0, 0, 0, DEFAULT_EPS, DEFAULT_MOMENTUM, true,
                slope, List.of());
    }

    /** @return tanh */
    public static LayerSpec tanh() {
        return of(LayerKind.TANH);
    }

    /** @return the logistic sigmoid */
    public static LayerSpec sigmoid() {
        return of(LayerKind.SIGMOID);
    }

    /** @return GELU (exact erf form) */
    public static LayerSpec gelu() {
        return of(LayerKind.GELU);
    }

    /** @return softplus */
    public static LayerSpec softplus() {
        return of(LayerKind.SOFTPLUS);
    }

    /** @return the identity */
    public static LayerSpec identity() {
        return of(LayerKind.IDENTITY);
    }

    /** @return dropout with drop probability {@code rate} */
    public static LayerSpec dropout(double rate) {
        return new LayerSpec(LayerKind.DROPOUT, 0, 0, true, 0, 0, 0, rate, DEFAULT_EPS, DEFAULT_MOMENTUM, true,
                DEFAULT_SLOPE, List.of());
    }

    /** @return LayerNorm with ε = 1e-5 and affine parameters */
    public static LayerSpec layerNorm() {
        return of(LayerKind.LAYER_NORM);
    }

    /** @return LayerNorm with the given ε, with or without affine parameters */
    public static LayerSpec layerNorm(double eps, boolean affine) {
        return new LayerSpec(LayerKind.LAYER_NORM, 0, 0, true, 0, 0, 0, 0, eps, DEFAULT_MOMENTUM, affine,
                DEFAULT_SLOPE, List.of());
    }

    /** @return BatchNorm with ε = 1e-5, momentum 0.1 and affine parameters */
    public static LayerSpec batchNorm() {
        return of(LayerKind.BATCH_NORM);
    }

    /** @return BatchNorm with the given settings */
    public static LayerSpec batchNorm(double eps, double momentum, boolean affine) {
        return new LayerSpec(LayerKind.BATCH_NORM, 0, 0, true, 0, 0, 0, 0, eps, momentum, affine, DEFAULT_SLOPE,
                List.of());
    }

    /** @return a residual block {@code x + F(x)} whose body F is the given layers */
    public static LayerSpec residual(List<LayerSpec> body) {
        return new LayerSpec(LayerKind.RESIDUAL, 0, 0, true, 0, 0, 0, 0, DEFAULT_EPS, DEFAULT_MOMENTUM, true,
                DEFAULT_SLOPE, body);
    }

    /** @return a residual block whose body F is the given layers */
    public static LayerSpec residual(LayerSpec... body) {
        return residual(List.of(body));
    }

    /** @return a copy with an explicit Dense input size (0 = inferred) */
    public LayerSpec withInputSize(int size) {
        return new LayerSpec(kind, units, size, bias, vocabulary, dim, tokens, rate, eps, momentum, affine, slope,
                children);
    }

    /** @return a copy with the given Dense bias setting */
    public LayerSpec withBias(boolean withBias) {
        return new LayerSpec(kind, units, inputSize, withBias, vocabulary, dim, tokens, rate, eps, momentum, affine,
                slope, children);
    }
}
