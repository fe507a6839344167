package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.conv.GlobalAvgPool;

/** {@link GlobalAvgPool}: the mean of each channel, {@code [n, C, H, W] → [n, C, 1, 1]}. */
public final class GlobalAvgPoolKind implements LayerKind {

    @Override
    public String id() {
        return "GLOBAL_AVG_POOL";
    }

    @Override
    public String displayName() {
        return "GlobalAvgPool";
    }

    @Override
    public String description() {
        return "mean of each channel, [n, C, H, W] → [n, C, 1, 1] (PyTorch nn.AdaptiveAvgPool2d(1))";
    }

    @Override
    public int check(LayerCheck c) {
        ImageShape in = Images.require(c);
        if (in == null) {
            return LayerCheck.UNKNOWN;
        }
        c.outputImage(new ImageShape(in.channels(), 1, 1));
        return in.channels();
    }

    @Override
    public Layer create(LayerBuild b) {
        return new GlobalAvgPool(b.inputImage());
    }
}
