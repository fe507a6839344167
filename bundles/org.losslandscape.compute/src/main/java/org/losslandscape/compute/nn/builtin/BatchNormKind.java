package org.losslandscape.compute.nn.builtin;

import java.util.Arrays;
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
     * and a bias β when affine. Its ε and momentum are not in the state_dict: PyTorch's defaults are taken.
     */
    @Override
    public LayerDescription fromStateDict(StateDictModule m) {
        int[] mean = m.shape("running_mean");
        int[] var = m.shape("running_var");
        if (mean == null || var == null || mean.length != 1 || !Arrays.equals(mean, var)
                || !m.namesWithin("weight", "bias", "running_mean", "running_var", "num_batches_tracked")) {
            return null;
        }
        boolean affine = m.has("weight");
        if (affine && (!m.has("bias") || !Arrays.equals(m.shape("weight"), mean)
                || !Arrays.equals(m.shape("bias"), mean)) || !affine && m.has("bias")) {
            return null;
        }
        return LayerDescription.batchNorm().with("affine", affine);
    }

    @Override
    public Layer create(LayerBuild b) {
        return new BatchNorm(b.inputWidth(), b.settings().real("eps"), b.settings().real("momentum"),
                b.settings().bool("affine"));
    }
}
