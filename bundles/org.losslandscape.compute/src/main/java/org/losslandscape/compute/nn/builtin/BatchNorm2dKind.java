package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.StateDictModule;
import org.losslandscape.compute.nn.conv.BatchNorm2d;

/** {@link BatchNorm2d}: normalises each channel over the batch and the positions. */
public final class BatchNorm2dKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(Normalizations.EPS,
            LayerSetting.real("momentum", 0.1, "weight of the batch in the running statistics, in [0, 1]"),
            Normalizations.AFFINE);

    @Override
    public String id() {
        return "BATCH_NORM2D";
    }

    @Override
    public String displayName() {
        return "BatchNorm2d";
    }

    @Override
    public String description() {
        return "normalises each channel of [n, C, H, W] images over the batch and the positions (PyTorch "
                + "nn.BatchNorm2d)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int check(LayerCheck c) {
        Normalizations.check(c);
        double momentum = c.settings().real("momentum");
        if (!(momentum >= 0 && momentum <= 1)) {
            c.problem("momentum " + momentum + " must be in [0, 1] (typically 0.1)");
        }
        ImageShape in = Images.require(c);
        if (in == null) {
            return LayerCheck.UNKNOWN;
        }
        if (c.settings().bool("affine")) {
            c.addParameters(2L * in.channels());
        }
        return c.inputWidth();
    }

    /**
     * PyTorch's {@code nn.BatchNorm2d}: the tensors of a BatchNorm1d, one entry per channel, on images whose channels
     * they match. Its ε and momentum are not in the state_dict: PyTorch's defaults are taken.
     */
    @Override
    public LayerDescription fromStateDict(StateDictModule m) {
        Normalizations.BatchNormTensors t = Normalizations.batchNorm(m);
        ImageShape in = m.inputImage();
        return t == null || in == null || in.channels() != t.features() ? null
                : LayerDescription.of(id()).with("affine", t.affine());
    }

    @Override
    public Layer create(LayerBuild b) {
        return new BatchNorm2d(b.inputImage(), b.settings().real("eps"), b.settings().real("momentum"),
                b.settings().bool("affine"));
    }
}
