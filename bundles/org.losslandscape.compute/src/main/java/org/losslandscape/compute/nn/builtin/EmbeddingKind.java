package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Embedding;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.LayerSettings;

/** {@link Embedding}: a token lookup table; the first layer only, its input being token ids. */
public final class EmbeddingKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(
            LayerSetting.integer("vocabulary", 16, "number of token ids; ids are 0 … vocabulary − 1"),
            LayerSetting.integer("dim", 16, "size of each token vector"),
            LayerSetting.integer("tokens", 1, "token ids per input row"));

    @Override
    public String id() {
        return "EMBEDDING";
    }

    @Override
    public String displayName() {
        return "Embedding";
    }

    @Override
    public String description() {
        return "lookup table of token vectors (PyTorch nn.Embedding); first layer only";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int declaredInputWidth(LayerSettings settings) {
        return Math.max(0, settings.integer("tokens"));
    }

    @Override
    public int check(LayerCheck c) {
        if (!c.isFirst()) {
            c.problem("an Embedding must be the first layer (its inputs are token ids, not features); move it to the "
                    + "top of the network");
        }
        int vocabulary = c.settings().integer("vocabulary");
        int dim = c.settings().integer("dim");
        int tokens = c.settings().integer("tokens");
        boolean ok = c.requireWidth("vocabulary", vocabulary);
        ok &= c.requireWidth("dim", dim);
        ok &= c.requireWidth("tokens", tokens);
        if (!ok) {
            return LayerCheck.UNKNOWN;
        }
        int width = c.inputWidth();
        if (c.isFirst() && width != LayerCheck.UNKNOWN && width != tokens) {
            c.problem("it reads " + tokens + " token ids per row but the input has " + width
                    + " features; set tokens to " + width);
        }
        long out = (long) tokens * dim;
        if (out > LayerCheck.MAX_WIDTH) {
            c.problem("the output width tokens·dim = " + LayerCheck.format(out) + " exceeds the limit of "
                    + LayerCheck.format(LayerCheck.MAX_WIDTH) + "; use a smaller dim");
            return LayerCheck.UNKNOWN;
        }
        c.addParameters((long) vocabulary * dim);
        return (int) out;
    }

    @Override
    public Layer create(LayerBuild b) {
        return new Embedding(b.settings().integer("vocabulary"), b.settings().integer("dim"),
                b.settings().integer("tokens"));
    }
}
