package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.conv.Pool2d;

/** {@link Pool2d} in max mode: the maximum of each window of each channel. */
public final class MaxPool2dKind extends PoolKind {

    private static final List<LayerSetting> SETTINGS = settings(Images.DILATION);

    /** For the service registry. */
    public MaxPool2dKind() {
        super(Pool2d.Mode.MAX);
    }

    @Override
    public String id() {
        return "MAX_POOL2D";
    }

    @Override
    public String displayName() {
        return "MaxPool2d";
    }

    @Override
    public String description() {
        return "maximum over windows of each channel of [n, C, H, W] images (PyTorch nn.MaxPool2d)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }
}
