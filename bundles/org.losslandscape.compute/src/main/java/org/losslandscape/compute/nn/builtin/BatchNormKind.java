package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.BatchNorm;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.StateDictModule;

/** {@link BatchNorm}: normalises each feature over the batch, with running statistics for evaluation. */
public final class BatchNormKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(Normalizations.EPS,
            LayerSetting.real("momentum", 0.1, "weight of the batch in the running statistics, in [0, 1]"),
            Normalizations.AFFINE);

    @Override
    public String id() {
        return "BATCH_NORM";
    }

    @Override
    public String displayName() {
        return "BatchNorm";
    }

    @Override
    public String description() {
        return "normalises each feature over the batch, running statistics in evaluation (PyTorch nn.BatchNorm1d)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int check(LayerCheck c) {
        int width = Normalizations.check(c);
        double momentum = c.settings().real("momentum");
        if (!(momentum >= 0 && momentum <= 1)) {
            c.problem("momentum " + momentum + " must be in [0, 1] (typically 0.1)");
        }
        Normalizations.countAffine(c);
        return width;
    }

    /**
     * PyTorch's {@code nn.BatchNorm1d}: running statistics {@code [width]} (and its batch counter), with a weight γ
     * and a bias β when affine, on plain features (on images the module is a BatchNorm2d, whose tensors are the same).
     * Its ε and momentum are not in the state_dict: PyTorch's defaults are taken.
     */
    @Override
    public LayerDescription fromStateDict(StateDictModule m) {
        Normalizations.BatchNormTensors t = Normalizations.batchNorm(m);
        return t == null || m.inputImage() != null ? null : LayerDescription.batchNorm().with("affine", t.affine());
    }

    @Override
    public Layer create(LayerBuild b) {
        return new BatchNorm(b.inputWidth(), b.settings().real("eps"), b.settings().real("momentum"),
                b.settings().bool("affine"));
    }
}
