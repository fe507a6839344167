package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.SelectPositions;

/** {@link SelectPositions}: keeps chosen positions of a sequence, e.g. the last one, to read logits there. */
public final class SelectPositionsKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(Sequences.TOKENS,
            LayerSetting.integer("position", -1, "the first kept position; negative counts from the end (−1: last)"),
            LayerSetting.integer("count", 1, "how many consecutive positions to keep"));

    @Override
    public String id() {
        return "SELECT_POSITIONS";
    }

    @Override
    public String displayName() {
        return "SelectPositions";
    }

    @Override
    public String description() {
        return "keeps the vectors at chosen positions of a sequence (e.g. the last, for the logits there)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    /** @return the first kept position, negative positions counted from the end */
    private static int first(LayerSettings s) {
        int position = s.integer("position");
        return position < 0 ? s.integer("tokens") + position : position;
    }

    @Override
    public int check(LayerCheck c) {
        int dim = Sequences.positionWidth(c);
        int tokens = c.settings().integer("tokens");
        int count = c.settings().integer("count");
        if (!c.requireWidth("count", count) || tokens < 1) {
            return LayerCheck.UNKNOWN;
        }
        int first = first(c.settings());
        if (first < 0 || first + count > tokens) {
            c.problem("positions " + c.settings().integer("position") + " … (" + count + " of them) are not within "
                    + tokens + " positions; choose position in −" + tokens + " … " + (tokens - count));
            return LayerCheck.UNKNOWN;
        }
        return dim == LayerCheck.UNKNOWN ? LayerCheck.UNKNOWN : count * dim;
    }

    @Override
    public Layer create(LayerBuild b) {
        LayerSettings s = b.settings();
        int tokens = s.integer("tokens");
        return new SelectPositions(tokens, b.inputWidth() / tokens, first(s), s.integer("count"));
    }
}
