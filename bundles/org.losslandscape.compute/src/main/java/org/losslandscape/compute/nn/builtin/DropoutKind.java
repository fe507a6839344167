package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Dropout;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;

/** {@link Dropout}: zeroes a random fraction of the features in training (inverted dropout). */
public final class DropoutKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(
            LayerSetting.real("rate", 0.5, "probability of dropping a feature, in [0, 1)"));

    @Override
    public String id() {
        return "DROPOUT";
    }

    @Override
    public String displayName() {
        return "Dropout";
    }

    @Override
    public String description() {
        return "drops each feature with probability rate in training and rescales the rest (PyTorch nn.Dropout)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int check(LayerCheck c) {
        double rate = c.settings().real("rate");
        if (!(rate >= 0 && rate < 1)) {
            c.problem("rate " + rate + " must be in [0, 1)");
        }
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        return new Dropout(b.inputWidth(), b.settings().real("rate"));
    }
}
