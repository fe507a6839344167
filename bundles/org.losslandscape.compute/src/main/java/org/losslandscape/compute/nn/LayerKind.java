package org.losslandscape.compute.nn;

import java.util.List;

/**
 * A kind of layer as one registered unit: its id as files store it, the settings it reads (so an editor can make a
 * form), its validation and shape rules, and how it builds a {@link Layer}. The engine's own kinds (Dense, ReLU, …,
 * Residual) are written this way; a third party's kind is one class implementing this interface plus its
 * {@link Layer}, registered as an OSGi service (Declarative Services) or, outside OSGi, in
 * {@code META-INF/services/org.losslandscape.compute.nn.LayerKind}. {@link LayerKinds} collects them.
 * <p>
 * A kind is a stateless service with a public no-argument constructor; its methods may be called from several
 * threads. Validation and building happen once per network, never per element or per pass: the layer the kind
 * builds is what runs in the hot loops.
 * <p>
 * This interface is API (see the README's API policy).
 */
public interface LayerKind {

    /**
     * @return the id that descriptions and experiment files use, e.g. {@code "DENSE"}: letters, digits, '_', '.' and
     *         '-', starting with a letter; a third party should use a prefix of its own, e.g. {@code "ACME_SWISH"}
     */
    String id();

    /** @return the name users see, e.g. "LayerNorm" (the {@link Layer#kind()} of the layers it builds) */
    String displayName();

    /** @return one line that says what the layer computes, for help texts and the editor */
    String description();

    /** @return the settings this kind reads, in the order a form shows them; none by default */
    default List<LayerSetting> settings() {
        return List.of();
    }

    /** @return whether the layer contains child layers (a block such as Residual); false by default */
    default boolean hasChildren() {
        return false;
    }

    /**
     * The input width this layer fixes by its own settings, whatever comes before it (Dense's explicit input size,
     * an Embedding's token count), so that a network can be checked before its data are known.
     *
     * @return the width, or 0 when the layer takes the width of what comes before it
     */
    default int declaredInputWidth(LayerSettings settings) {
        return 0;
    }

    /**
     * The validation and shape rules: reports every problem of the layer through {@link LayerCheck#problem} (each
     * message saying how to fix it), adds the layer's parameter count with {@link LayerCheck#addParameters}, and
     * gives the output width for the input width {@link LayerCheck#inputWidth()}.
     *
     * @return the output width, or {@link LayerCheck#UNKNOWN} when it cannot be known (the checks after it that
     *         need it are then skipped, so that one mistake gives one message)
     */
    int check(LayerCheck check);

    /**
     * Recognises a module of a PyTorch {@code state_dict} as a layer of this kind, so that a trained model can be
     * imported without describing its network: the kind reads the module's tensor names and shapes (its own
     * {@link Layer#parameterBlocks()} and {@link Layer#bufferNames()} names) and gives the settings they show. A kind
     * that fixes its input width by a setting ({@link #declaredInputWidth}) sets it when the module is the first, so
     * that the network's input width is known. Kinds without parameters are never asked (a module without tensors
     * holds nothing to recognise).
     *
     * @return the layer, or null when the tensors are not those of a layer of this kind (the default)
     */
    default LayerDescription fromStateDict(StateDictModule module) {
        return null;
    }

    /**
     * Builds the layer of a description that {@link #check} accepted.
     *
     * @return a new layer of input width {@link LayerBuild#inputWidth()}
     */
    Layer create(LayerBuild build);
}
