package org.losslandscape.compute.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The description of a network from which the experiment file and the UI build it: input width, layers, loss
 * and initialisation, a plain value. {@link #validate()} lists every problem with a message that names the layer and
 * the fix; {@link #build()} makes the {@link Network} (its parameters then come from
 * {@code network.initialParameters(description.initializer(), seed)}). Each layer is validated and built by the
 * {@link LayerKind} its kind id names, found in a {@link LayerKinds} registry: the methods without one use
 * {@link LayerKinds#standard()} (the kinds of the class path); inside OSGi, pass the registry of the services.
 *
 * @param inputWidth features per input row (token ids per row when the first layer is an Embedding)
 * @param layers the layers, in order
 * @param loss the loss on the last layer's output
 * @param labelSmoothing cross-entropy's label smoothing ε in [0, 1); 0 for the other losses
 * @param initializer how the parameters start (Dense layers under a non-standard parameterisation start N(0, 1))
 * @param parameterization where the scale of the Dense layers' weights lives; null means standard
 */
public record NetworkDescription(int inputWidth, List<LayerDescription> layers, LossType loss, double labelSmoothing,
        Initializer initializer, Parameterization parameterization) {

    /** Copies the layers (null becomes empty; null entries are kept for validation to report). */
    public NetworkDescription {
        layers = layers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(layers));
        parameterization = parameterization == null ? Parameterization.STANDARD : parameterization;
    }

    /** A description in the standard parameterisation. */
    public NetworkDescription(int inputWidth, List<LayerDescription> layers, LossType loss, double labelSmoothing,
            Initializer initializer) {
        this(inputWidth, layers, loss, labelSmoothing, initializer, Parameterization.STANDARD);
    }

    /** A description without label smoothing, initialised as PyTorch does by default. */
    public NetworkDescription(int inputWidth, List<LayerDescription> layers, LossType loss) {
        this(inputWidth, layers, loss, 0, Initializer.pytorchDefault());
    }

    /** @return a copy with the given parameterisation */
    public NetworkDescription withParameterization(Parameterization p) {
        return new NetworkDescription(inputWidth, layers, loss, labelSmoothing, initializer, p);
    }

    /** @return a copy with the given layers */
    public NetworkDescription withLayers(List<LayerDescription> newLayers) {
        return new NetworkDescription(inputWidth, newLayers, loss, labelSmoothing, initializer, parameterization);
    }

    /** @return every problem, in layer order (network-wide ones last); empty when the description is valid */
    public List<Problem> validate() {
        return validate(LayerKinds.standard());
    }

    /** @return every problem with the kinds of {@code kinds}; empty when the description is valid */
    public List<Problem> validate(LayerKinds kinds) {
        return NetworkValidation.validate(this, kinds);
    }

    /** @return the number of parameters the network will have (meaningful when {@link #validate()} is empty) */
    public long parameterCount() {
        return parameterCount(LayerKinds.standard());
    }

    /** @return the number of parameters with the kinds of {@code kinds} (meaningful when the description is valid) */
    public long parameterCount(LayerKinds kinds) {
        return NetworkValidation.parameterCount(this, kinds);
    }

    /**
     * @return the network
     * @throws InvalidNetworkException carrying every problem when the description is invalid
     */
    public Network build() {
        return build(LayerKinds.standard());
    }

    /**
     * @return the network, its layers built by the kinds of {@code kinds}
     * @throws InvalidNetworkException carrying every problem when the description is invalid
     */
    public Network build(LayerKinds kinds) {
        List<Problem> problems = validate(kinds);
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
        return new Network(parameterization.apply(NetworkValidation.layers(layers, inputWidth, kinds)),
                loss.create(labelSmoothing));
    }

    /**
     * @return one line per layer with its output shape and parameter count (see {@link Network#summary()})
     * @throws InvalidNetworkException when the description is invalid
     */
    public String summary() {
        return build().summary();
    }
}
