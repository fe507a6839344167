package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.PerToken;

/** {@link PerToken}: its child layers applied at every position of a sequence, with shared parameters. */
public final class PerTokenKind implements LayerKind {

    @Override
    public String id() {
        return "PER_TOKEN";
    }

    @Override
    public String displayName() {
        return "PerToken";
    }

    @Override
    public String description() {
        return "applies its child layers at every position of a sequence, sharing their parameters";
    }

    @Override
    public List<LayerSetting> settings() {
        return List.of(Sequences.TOKENS);
    }

    @Override
    public boolean hasChildren() {
        return true;
    }

    @Override
    public int check(LayerCheck c) {
        int dim = Sequences.positionWidth(c);
        if (c.children().isEmpty()) {
            c.problem("the block is empty; add the layers to apply at each position");
            return LayerCheck.UNKNOWN;
        }
        int out = c.checkChildren(dim);
        if (out == LayerCheck.UNKNOWN || dim == LayerCheck.UNKNOWN) {
            return LayerCheck.UNKNOWN;
        }
        long width = (long) out * c.settings().integer("tokens");
        if (width > LayerCheck.MAX_WIDTH) {
            c.problem("the output width tokens × " + out + " = " + LayerCheck.format(width) + " exceeds the limit of "
                    + LayerCheck.format(LayerCheck.MAX_WIDTH));
            return LayerCheck.UNKNOWN;
        }
        return (int) width;
    }

    @Override
    public Layer create(LayerBuild b) {
        int tokens = b.settings().integer("tokens");
        return new PerToken(tokens, b.children(b.inputWidth() / tokens));
    }
}
