package org.losslandscape.compute.thirdparty;

import java.util.List;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;

/** The kind of {@link PairProduct}: one class, registered by the test that uses it. */
public final class PairProductKind implements LayerKind {

    @Override
    public String id() {
        return "TEST_PAIR_PRODUCT";
    }

    @Override
    public String displayName() {
        return "PairProduct";
    }

    @Override
    public String description() {
        return "multiplies the features in pairs: y_k = w_k·x_2k·x_2k+1 + c_k";
    }

    @Override
    public List<LayerSetting> settings() {
        return List.of(LayerSetting.bool("bias", true, "a learnable bias per pair"),
                LayerSetting.real("gain", 1.0, "the initial weight of every pair"));
    }

    @Override
    public int check(LayerCheck c) {
        double gain = c.settings().real("gain");
        if (!Double.isFinite(gain)) {
            c.problem("gain must be a finite number, got " + gain);
        }
        int width = c.inputWidth();
        if (width == LayerCheck.UNKNOWN) {
            return LayerCheck.UNKNOWN;
        }
        if (width % 2 != 0) {
            c.problem("it multiplies features in pairs but its input has " + width + " features; give it an even "
                    + "number, e.g. " + (width + 1));
            return LayerCheck.UNKNOWN;
        }
        c.addParameters(c.settings().bool("bias") ? width : width / 2);
        return width / 2;
    }

    @Override
    public Layer create(LayerBuild b) {
        return new PairProduct(b.inputWidth(), b.settings().bool("bias"), b.settings().real("gain"));
    }
}
