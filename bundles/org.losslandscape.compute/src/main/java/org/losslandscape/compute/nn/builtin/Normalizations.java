package org.losslandscape.compute.nn.builtin;

import java.util.Arrays;

import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.StateDictModule;

/** The settings and checks LayerNorm, BatchNorm and BatchNorm2d share. */
final class Normalizations {

    static final LayerSetting EPS = LayerSetting.real("eps", 1e-5, "added to the variance (PyTorch's default 1e-5)");
    static final LayerSetting AFFINE = LayerSetting.bool("affine", true, "learnable scale γ and shift β");

    private Normalizations() {
    }

    /** Checks ε and counts γ and β; @return the width (normalisation keeps it) */
    static int check(LayerCheck c) {
        double eps = c.settings().real("eps");
        if (!(eps > 0) || !Double.isFinite(eps)) {
            c.problem("eps must be a positive number (typically 1e-5), got " + eps);
        }
        return c.inputWidth();
    }

    /** @return whether the module holds exactly a weight and a bias of one and the same one-dimensional shape */
    static boolean affineOnly(StateDictModule m) {
        int[] w = m.shape("weight");
        return w != null && w.length == 1 && m.namesWithin("weight", "bias") && Arrays.equals(w,
                m.shape("bias"));
    }

    /**
     * Reads the tensors of PyTorch's {@code nn.BatchNorm1d} and {@code nn.BatchNorm2d} (they are the same): running
     * statistics {@code [features]} (and the batch counter), with a weight γ and a bias β of that shape when affine.
     *
     * @return the number of features (channels) with whether the module is affine, or null when the tensors are not
     *         those of a batch normalisation
     */
    static BatchNormTensors batchNorm(StateDictModule m) {
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
        return new BatchNormTensors(mean[0], affine);
    }

    /**
     * What a batch normalisation's tensors show.
     *
     * @param features the features (BatchNorm1d) or channels (BatchNorm2d) normalised
     * @param affine whether it has γ and β
     */
    record BatchNormTensors(int features, boolean affine) {
    }

    /** Adds the affine parameters γ and β when the width is known. */
    static void countAffine(LayerCheck c) {
        if (c.inputWidth() != LayerCheck.UNKNOWN && c.settings().bool("affine")) {
            c.addParameters(2L * c.inputWidth());
        }
    }
}
