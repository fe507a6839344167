package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.conv.Reshape;

/** {@link Reshape#flatten}: images {@code [n, C, H, W]} seen as plain features {@code [n, C·H·W]}. */
public final class FlattenKind implements LayerKind {

    @Override
    public String id() {
        return "FLATTEN";
    }

    @Override
    public String displayName() {
        return "Flatten";
    }

    @Override
    public String description() {
        return "[n, C, H, W] → [n, C·H·W], the values unchanged (PyTorch nn.Flatten)";
    }

    @Override
    public int check(LayerCheck c) {
        c.outputImage(null);
        return c.inputWidth();
    }

    @Override
    public Layer create(LayerBuild b) {
        return Reshape.flatten(b.inputWidth());
    }
}
