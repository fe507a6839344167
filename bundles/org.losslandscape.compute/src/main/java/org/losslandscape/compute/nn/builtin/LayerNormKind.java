package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerNorm;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.StateDictModule;

/** {@link LayerNorm}: normalises each row over its features. */
public final class LayerNormKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(Normalizations.EPS, Normalizations.AFFINE);

    @Override
    public String id() {
        return "LAYER_NORM";
    }

    @Override
    public String displayName() {
        return "LayerNorm";
    }

    @Override
    public String description() {
        return "normalises each row over its features, then scales and shifts (PyTorch nn.LayerNorm)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int check(LayerCheck c) {
        int width = Normalizations.check(c);
        Normalizations.countAffine(c);
        return width;
    }

    /** PyTorch's {@code nn.LayerNorm} over the last dimension: a weight γ and a bias β, both {@code [width]}. */
    @Override
    public LayerDescription fromStateDict(StateDictModule m) {
        return Normalizations.affineOnly(m) ? LayerDescription.layerNorm() : null;
    }

    @Override
    public Layer create(LayerBuild b) {
        return new LayerNorm(b.inputWidth(), b.settings().real("eps"), b.settings().bool("affine"));
    }
}
