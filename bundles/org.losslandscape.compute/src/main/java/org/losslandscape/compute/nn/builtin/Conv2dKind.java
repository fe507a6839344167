package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.StateDictModule;
import org.losslandscape.compute.nn.conv.Conv2d;

/** {@link Conv2d}: a 2-D convolution over images {@code [n, C, H, W]}. */
public final class Conv2dKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(
            LayerSetting.integer("outChannels", 16, "output channels (filters)"), Images.KERNEL,
            LayerSetting.integer("stride", 1, "step between output positions"), Images.PADDING, Images.DILATION,
            LayerSetting.integer("groups", 1, "channel groups; must divide the input and output channels"),
            LayerSetting.bool("bias", true, "whether the layer adds a learnable bias per output channel"));

    @Override
    public String id() {
        return "CONV2D";
    }

    @Override
    public String displayName() {
        return "Conv2d";
    }

    @Override
    public String description() {
        return "2-D convolution over [n, C, H, W] images (PyTorch nn.Conv2d)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int check(LayerCheck c) {
        var s = c.settings();
        int out = s.integer("outChannels");
        int kernel = s.integer("kernel");
        int stride = s.integer("stride");
        int padding = s.integer("padding");
        int dilation = s.integer("dilation");
        int groups = s.integer("groups");
        boolean ok = c.requireWidth("outChannels", out);
        ok &= Images.atLeast(c, "kernel", kernel, 1);
        ok &= Images.atLeast(c, "stride", stride, 1);
        ok &= Images.atLeast(c, "padding", padding, 0);
        ok &= Images.atLeast(c, "dilation", dilation, 1);
        ok &= Images.atLeast(c, "groups", groups, 1);
        ImageShape in = Images.require(c);
        if (!ok || in == null) {
            return LayerCheck.UNKNOWN;
        }
        if (in.channels() % groups != 0 || out % groups != 0) {
            c.problem("groups " + groups + " must divide the input channels " + in.channels()
                    + " and the output channels " + out);
            return LayerCheck.UNKNOWN;
        }
        ImageShape shape = Images.window(c, in, out, kernel, stride, padding, dilation);
        if (shape == null) {
            return LayerCheck.UNKNOWN;
        }
        c.addParameters((long) out * (in.channels() / groups) * kernel * kernel + (s.bool("bias") ? out : 0));
        c.outputImage(shape);
        return (int) shape.size();
    }

    /**
     * PyTorch's {@code nn.Conv2d}: a weight {@code [out, in/groups, k, k]} and, with a bias, a bias {@code [out]}.
     * The channels and the (square) kernel are in the shapes; the groups follow from the input's channels when they
     * are known (else 1). Stride, padding and dilation are not in a state_dict: PyTorch's defaults (1, 0, 1) are
     * taken, and a network that used others is described with its settings instead.
     */
    @Override
    public LayerDescription fromStateDict(StateDictModule m) {
        int[] w = m.shape("weight");
        int[] b = m.shape("bias");
        if (w == null || w.length != 4 || w[2] != w[3] || !m.namesWithin("weight", "bias")
                || b != null && (b.length != 1 || b[0] != w[0])) {
            return null;
        }
        ImageShape in = m.inputImage();
        int groups = in != null && in.channels() % w[1] == 0 && w[0] % (in.channels() / w[1]) == 0
                ? in.channels() / w[1] : 1;
        return LayerDescription.of(id()).with("outChannels", w[0]).with("kernel", w[2]).with("groups", groups)
                .with("bias", b != null);
    }

    @Override
    public Layer create(LayerBuild b) {
        var s = b.settings();
        return new Conv2d(b.inputImage(), s.integer("outChannels"), s.integer("kernel"), s.integer("stride"),
                s.integer("padding"), s.integer("dilation"), s.integer("groups"), s.bool("bias"));
    }
}
