package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.conv.Pool2d;

/** {@link Pool2d} in average mode: the mean of each window of each channel. */
public final class AvgPool2dKind extends PoolKind {

    private static final List<LayerSetting> SETTINGS = settings(LayerSetting.bool("countIncludePad", true,
            "divide by the whole window, padding included (PyTorch's default)"));

    /** For the service registry. */
    public AvgPool2dKind() {
        super(Pool2d.Mode.AVERAGE);
    }

    @Override
    public String id() {
        return "AVG_POOL2D";
    }

    @Override
    public String displayName() {
        return "AvgPool2d";
    }

    @Override
    public String description() {
        return "mean over windows of each channel of [n, C, H, W] images (PyTorch nn.AvgPool2d)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }
}
