package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.conv.Pool2d;

/** The common part of {@link MaxPool2dKind} and {@link AvgPool2dKind}: a window over each channel. */
abstract class PoolKind implements LayerKind {

    static final LayerSetting KERNEL = LayerSetting.integer("kernel", 2, "window extent (square)");
    static final LayerSetting STRIDE = LayerSetting.integer("stride", 0, "step between windows; 0 = the kernel");

    private final Pool2d.Mode mode;

    PoolKind(Pool2d.Mode mode) {
        this.mode = mode;
    }

    private static int stride(LayerSettings s) {
        int stride = s.integer("stride");
        return stride == 0 ? s.integer("kernel") : stride;
    }

    private int dilation(LayerSettings s) {
        return mode == Pool2d.Mode.MAX ? s.integer("dilation") : 1;
    }

    @Override
    public int check(LayerCheck c) {
        var s = c.settings();
        int kernel = s.integer("kernel");
        int padding = s.integer("padding");
        int dilation = dilation(s);
        boolean ok = Images.atLeast(c, "kernel", kernel, 1);
        ok &= Images.atLeast(c, "stride", s.integer("stride"), 0);
        ok &= Images.atLeast(c, "padding", padding, 0);
        ok &= Images.atLeast(c, "dilation", dilation, 1);
        if (ok && 2 * padding > kernel) {
            c.problem("padding " + padding + " must be at most half the kernel (" + kernel / 2 + ")");
            ok = false;
        }
        ImageShape in = Images.require(c);
        if (!ok || in == null) {
            return LayerCheck.UNKNOWN;
        }
        ImageShape shape = Images.window(c, in, in.channels(), kernel, stride(s), padding, dilation);
        if (shape == null) {
            return LayerCheck.UNKNOWN;
        }
        c.outputImage(shape);
        return (int) shape.size();
    }

    @Override
    public Layer create(LayerBuild b) {
        var s = b.settings();
        boolean includePad = mode == Pool2d.Mode.MAX || s.bool("countIncludePad");
        return new Pool2d(mode, b.inputImage(), s.integer("kernel"), stride(s), s.integer("padding"),
                dilation(s), includePad);
    }

    /** The settings both kinds read. */
    static List<LayerSetting> settings(LayerSetting last) {
        return List.of(KERNEL, STRIDE, LayerSetting.integer("padding", 0, "added on every side, at most half the "
                + "kernel"), last);
    }
}
