package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerSetting;

/** {@link Activation.Function#LEAKY_RELU}: x for x &gt; 0, slope·x otherwise. */
public final class LeakyReluKind extends ActivationKind {

    private static final List<LayerSetting> SETTINGS = List.of(
            LayerSetting.real("slope", 0.01, "the slope for negative inputs (PyTorch's default 0.01)"));

    /** For the service registry. */
    public LeakyReluKind() {
        super("LEAKY_RELU", "LeakyReLU", Activation.Function.LEAKY_RELU,
                "x for x > 0, slope·x otherwise, element-wise");
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int check(LayerCheck c) {
        double slope = c.settings().real("slope");
        if (!Double.isFinite(slope)) {
            c.problem("slope must be a finite number, got " + slope);
        }
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        return new Activation(Activation.Function.LEAKY_RELU, b.inputWidth(), b.settings().real("slope"));
    }
}
