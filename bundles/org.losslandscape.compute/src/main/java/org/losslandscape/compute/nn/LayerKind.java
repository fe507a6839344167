package org.losslandscape.compute.nn;

/** The kinds of layer a {@link LayerSpec} describes, with the names users see. */
public enum LayerKind {
    /** fully connected, {@link Dense} */
    DENSE("Dense"),
    /** token lookup table, {@link Embedding}; first layer only */
    EMBEDDING("Embedding"),
    /** {@link Activation.Function#RELU} */
    RELU("ReLU"),
    /** {@link Activation.Function#LEAKY_RELU} */
    LEAKY_RELU("LeakyReLU"),
    /** {@link Activation.Function#TANH} */
    TANH("Tanh"),
    /** {@link Activation.Function#SIGMOID} */
    SIGMOID("Sigmoid"),
    /** {@link Activation.Function#GELU} */
    GELU("GELU"),
    /** {@link Activation.Function#SOFTPLUS} */
    SOFTPLUS("Softplus"),
    /** {@link Activation.Function#IDENTITY} */
    IDENTITY("Identity"),
    /** {@link Dropout} */
    DROPOUT("Dropout"),
    /** {@link LayerNorm} */
    LAYER_NORM("LayerNorm"),
    /** {@link BatchNorm} */
    BATCH_NORM("BatchNorm"),
    /** {@link Residual} block around the spec's children */
    RESIDUAL("Residual");

    private final String displayName;

    LayerKind(String displayName) {
        this.displayName = displayName;
    }

    /** @return the name users see, e.g. "LayerNorm" (the same as {@link Layer#kind()}) */
    public String displayName() {
        return displayName;
    }

    /** @return the activation function of an activation kind, or null for the other kinds */
    public Activation.Function activation() {
        return switch (this) {
            case RELU -> Activation.Function.RELU;
            case LEAKY_RELU -> Activation.Function.LEAKY_RELU;
            case TANH -> Activation.Function.TANH;
            case SIGMOID -> Activation.Function.SIGMOID;
            case GELU -> Activation.Function.GELU;
            case SOFTPLUS -> Activation.Function.SOFTPLUS;
            case IDENTITY -> Activation.Function.IDENTITY;
            default -> null;
        };
    }
}
