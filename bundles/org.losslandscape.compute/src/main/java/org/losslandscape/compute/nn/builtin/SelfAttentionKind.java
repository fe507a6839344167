package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.SelfAttention;

/** {@link SelfAttention}: multi-head self-attention over the positions of a row. */
public final class SelfAttentionKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(Sequences.TOKENS, Sequences.HEADS, Sequences.CAUSAL,
            LayerSetting.bool("bias", true, "biases in the input and output projections"));

    @Override
    public String id() {
        return "SELF_ATTENTION";
    }

    @Override
    public String displayName() {
        return "SelfAttention";
    }

    @Override
    public String description() {
        return "multi-head self-attention over the positions of a row, causal mask optional "
                + "(PyTorch nn.MultiheadAttention)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int check(LayerCheck c) {
        int dim = Sequences.positionWidth(c);
        if (Sequences.checkHeads(c, dim) && dim != LayerCheck.UNKNOWN) {
            c.addParameters(Sequences.attentionParameters(dim, c.settings().bool("bias")));
        }
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        LayerSettings s = b.settings();
        int tokens = s.integer("tokens");
        return new SelfAttention(tokens, b.inputWidth() / tokens, s.integer("heads"), s.bool("causal"),
                s.bool("bias"));
    }
}
