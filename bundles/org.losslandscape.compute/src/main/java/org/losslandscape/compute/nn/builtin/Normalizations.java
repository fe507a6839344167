package org.losslandscape.compute.nn.builtin;

import java.util.Arrays;

import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.StateDictModule;

/** The settings and checks LayerNorm and BatchNorm share. */
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

    /** Adds the affine parameters γ and β when the width is known. */
    static void countAffine(LayerCheck c) {
        if (c.inputWidth() != LayerCheck.UNKNOWN && c.settings().bool("affine")) {
            c.addParameters(2L * c.inputWidth());
        }
    }
}
