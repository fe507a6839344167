package org.losslandscape.core.layers;

import java.util.List;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;

/**
 * The kind of {@link Scale}, registered from the test resources (META-INF/services) as a third party's bundle
 * would: its setting {@code init} has no attribute in the experiment model, so files keep it as a generic setting.
 */
public final class ScaleKind implements LayerKind {

    @Override
    public String id() {
        return "TEST_SCALE";
    }

    @Override
    public String displayName() {
        return "Scale";
    }

    @Override
    public String description() {
        return "a learnable scale per feature, y = γ⊙x";
    }

    @Override
    public List<LayerSetting> settings() {
        return List.of(LayerSetting.real("init", 1.0, "the initial scale γ of every feature"));
    }

    @Override
    public int check(LayerCheck c) {
        double init = c.settings().real("init");
        if (!(init > 0) || Double.isInfinite(init)) {
            c.problem("init must be a positive number, got " + init);
        }
        if (c.inputWidth() != LayerCheck.UNKNOWN) {
            c.addParameters(c.inputWidth());
        }
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        return new Scale(b.inputWidth(), b.settings().real("init"));
    }
}
