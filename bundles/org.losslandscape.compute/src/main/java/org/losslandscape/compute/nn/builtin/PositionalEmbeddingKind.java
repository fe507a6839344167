package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.PositionalEmbedding;

/** {@link PositionalEmbedding}: a learned vector per position, added to a sequence. */
public final class PositionalEmbeddingKind implements LayerKind {

    @Override
    public String id() {
        return "POSITIONAL_EMBEDDING";
    }

    @Override
    public String displayName() {
        return "PositionalEmbedding";
    }

    @Override
    public String description() {
        return "adds a learned vector per position to a sequence (e.g. after a token Embedding)";
    }

    @Override
    public List<LayerSetting> settings() {
        return List.of(Sequences.TOKENS);
    }

    @Override
    public int check(LayerCheck c) {
        int dim = Sequences.positionWidth(c);
        if (dim != LayerCheck.UNKNOWN) {
            c.addParameters(c.inputWidth());
        }
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        int tokens = b.settings().integer("tokens");
        return new PositionalEmbedding(tokens, b.inputWidth() / tokens);
    }
}
