package org.losslandscape.compute.nn.builtin;

import java.util.List;
import java.util.Objects;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.Residual;
import org.losslandscape.compute.nn.Sequential;
import org.losslandscape.compute.nn.conv.BatchNorm2d;
import org.losslandscape.compute.nn.conv.Conv2d;

/**
 * {@link Residual}: a block {@code x + F(x)} around its child layers, which must keep the width; on images, a body
 * that changes the shape gets the 1×1 convolution shortcut of He et al. (2016), option B ({@code S(x) + F(x)}, with
 * the stride that gives the body's height and width, followed by a BatchNorm2d unless {@code projectionNorm} is off).
 */
public final class ResidualKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(LayerSetting.bool("projectionNorm", true,
            "on images, a BatchNorm2d after the 1×1 projection shortcut (used only when the body changes the shape)"));

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
        return "a block y = x + F(x) whose body F is its child layers; F must keep the width, or on images gets a "
                + "1×1 convolution shortcut when it changes the shape";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
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
        if (width == LayerCheck.UNKNOWN || out == LayerCheck.UNKNOWN) {
            return width;
        }
        ImageShape in = c.inputImage();
        ImageShape body = c.childrenImage();
        if (out == width && Objects.equals(in, body)) {
            return width;
        }
        if (in == null || body == null) {
            c.problem("the block maps " + width + " features to " + out + "; a residual block must keep the width ("
                    + width + ")" + (in != null ? ", or end in images to get a projection shortcut" : ""));
            return width;
        }
        int[] stride = stride(in, body);
        if (stride == null) {
            c.problem("the block maps " + in + " to " + body + ": no 1×1 convolution shortcut with a whole stride "
                    + "gives that height and width; make the body keep the size or divide it by a whole factor");
            return width;
        }
        c.addParameters((long) in.channels() * body.channels()
                + (c.settings().bool("projectionNorm") ? 2L * body.channels() : 0));
        c.outputImage(body);
        return out;
    }

    /** @return the stride (height, width) of a 1×1 convolution from {@code in} to the body's size, or null */
    private static int[] stride(ImageShape in, ImageShape body) {
        int sh = (in.height() + body.height() - 1) / body.height();
        int sw = (in.width() + body.width() - 1) / body.width();
        if (Conv2d.outputExtent(in.height(), 1, sh, 0, 1) != body.height()
                || Conv2d.outputExtent(in.width(), 1, sw, 0, 1) != body.width()) {
            return null;
        }
        return new int[] {sh, sw};
    }

    @Override
    public Layer create(LayerBuild b) {
        List<Layer> children = b.children(b.inputWidth());
        ImageShape in = b.inputImage();
        Sequential body = new Sequential(children);
        ImageShape out = body.outputImage(in);
        if (body.outputWidth() == b.inputWidth() && Objects.equals(in, out)) {
            return new Residual(children);
        }
        int[] stride = stride(in, out);
        Layer projection = new Conv2d(in, out.channels(), 1, 1, stride[0], stride[1], 0, 0, 1, 1, 1, false);
        Layer shortcut = b.settings().bool("projectionNorm")
                ? new Sequential(List.of(projection, new BatchNorm2d(out)))
                : projection;
        return new Residual(children, shortcut);
    }
}
