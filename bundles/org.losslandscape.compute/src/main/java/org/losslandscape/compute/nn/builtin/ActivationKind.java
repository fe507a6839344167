package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;

/**
 * The common part of the element-wise {@link Activation} kinds: they keep the width and have no parameters. Each
 * function is its own registered kind (a subclass naming it).
 */
abstract class ActivationKind implements LayerKind {

    private final String id;
    private final String displayName;
    private final Activation.Function function;
    private final String description;

    ActivationKind(String id, String displayName, Activation.Function function, String description) {
        this.id = id;
        this.displayName = displayName;
        this.function = function;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public int check(LayerCheck c) {
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        return new Activation(function, b.inputWidth());
    }
}
