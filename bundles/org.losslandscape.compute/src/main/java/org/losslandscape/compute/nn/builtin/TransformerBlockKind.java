package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.TransformerBlock;

/** {@link TransformerBlock}: self-attention and an MLP, each in a residual connection, LayerNorm optional. */
public final class TransformerBlockKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(Sequences.TOKENS, Sequences.HEADS,
            LayerSetting.integer("mlp", 0, "hidden width of the MLP; 0 for four times the width per position"),
            LayerSetting.bool("layerNorm", true, "LayerNorm in the block (false: none, as in Nanda et al.)"),
            LayerSetting.bool("normFirst", true, "LayerNorm before attention and MLP (pre-LN); false: after each sum"),
            Normalizations.EPS,
            LayerSetting.bool("gelu", false, "GELU in the MLP instead of ReLU"),
            Sequences.CAUSAL);

    @Override
    public String id() {
        return "TRANSFORMER_BLOCK";
    }

    @Override
    public String displayName() {
        return "TransformerBlock";
    }

    @Override
    public String description() {
        return "self-attention and an MLP, each with a residual connection, LayerNorm optional "
                + "(PyTorch nn.TransformerEncoderLayer)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    /** @return the MLP width, 0 meaning four times {@code dim} */
    private static int mlp(LayerSettings s, int dim) {
        int mlp = s.integer("mlp");
        return mlp == 0 ? 4 * dim : mlp;
    }

    @Override
    public int check(LayerCheck c) {
        int dim = Sequences.positionWidth(c);
        boolean heads = Sequences.checkHeads(c, dim);
        int mlp = c.settings().integer("mlp");
        boolean ok = true;
        if (mlp != 0) {
            ok = c.requireWidth("mlp", mlp);
        }
        boolean norm = c.settings().bool("layerNorm");
        if (norm) {
            Normalizations.check(c);
        }
        if (heads && ok && dim != LayerCheck.UNKNOWN) {
            long d = dim;
            long m = mlp(c.settings(), dim);
            c.addParameters(Sequences.attentionParameters(d, true) + 2 * d * m + m + d + (norm ? 4 * d : 0));
        }
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        LayerSettings s = b.settings();
        int tokens = s.integer("tokens");
        int dim = b.inputWidth() / tokens;
        TransformerBlock.Norm norm = !s.bool("layerNorm") ? TransformerBlock.Norm.NONE
                : s.bool("normFirst") ? TransformerBlock.Norm.PRE : TransformerBlock.Norm.POST;
        return new TransformerBlock(tokens, dim, s.integer("heads"), mlp(s, dim), norm, s.real("eps"),
                s.bool("gelu"), s.bool("causal"));
    }
}
