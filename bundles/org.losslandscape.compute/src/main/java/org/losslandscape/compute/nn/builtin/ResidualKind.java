package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.Residual;

/** {@link Residual}: a block {@code x + F(x)} around its child layers, which must keep the width. */
public final class ResidualKind implements LayerKind {

    @Override
    public String id() {
        return "RESIDUAL";
    }

    @Override
    public String displayName() {
        return "Residual";
    }

    @Override
    public String description() {
        return "a block y = x + F(x) whose body F is its child layers; F must keep the width";
    }

    @Override
    public boolean hasChildren() {
        return true;
    }

    @Override
    public int check(LayerCheck c) {
        int width = c.inputWidth();
        if (c.children().isEmpty()) {
            c.problem("the block is empty; add at least one layer to it");
            return width;
        }
        int out = c.checkChildren(width);
        if (width != LayerCheck.UNKNOWN && out != LayerCheck.UNKNOWN && out != width) {
            c.problem("the block maps " + width + " features to " + out + "; a residual block must keep the width ("
                    + width + ")");
        }
        return width;
    }

    @Override
    public Layer create(LayerBuild b) {
        return new Residual(b.children(b.inputWidth()));
    }
}
