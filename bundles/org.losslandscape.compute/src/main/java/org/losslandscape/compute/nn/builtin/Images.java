package org.losslandscape.compute.nn.builtin;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.conv.Conv2d;

/** The checks the image layers (convolution, pooling, BatchNorm2d) share. */
final class Images {

    static final LayerSetting KERNEL = LayerSetting.integer("kernel", 3, "kernel extent (square)");
    static final LayerSetting PADDING = LayerSetting.integer("padding", 0, "zeros added on every side");
    static final LayerSetting DILATION = LayerSetting.integer("dilation", 1, "spacing of the kernel taps");

    private Images() {
    }

    /**
     * @return the input's image shape, or null after reporting a problem (plain features) or when the width is
     *         unknown
     */
    static ImageShape require(LayerCheck c) {
        ImageShape in = c.inputImage();
        if (in == null && c.inputWidth() != LayerCheck.UNKNOWN) {
            c.problem("needs images [n, C, H, W] as input but gets plain features [n, " + c.inputWidth()
                    + "]; put an Unflatten (channels, height, width) first to say what images the rows are");
        }
        return in;
    }

    /** Checks {@code value >= min}, reporting a problem naming the setting otherwise. */
    static boolean atLeast(LayerCheck c, String name, int value, int min) {
        if (value < min) {
            c.problem(name + " must be at least " + min + ", got " + value);
            return false;
        }
        return true;
    }

    /**
     * Checks that a window fits the input and reports the shapes otherwise.
     *
     * @return the output shape with {@code channels}, or null after a problem
     */
    static ImageShape window(LayerCheck c, ImageShape in, int channels, int kernel, int stride, int padding,
            int dilation) {
        int oh = Conv2d.outputExtent(in.height(), kernel, stride, padding, dilation);
        int ow = Conv2d.outputExtent(in.width(), kernel, stride, padding, dilation);
        if (oh < 1 || ow < 1) {
            c.problem("a " + kernel + "×" + kernel + " window" + (dilation > 1 ? " with dilation " + dilation : "")
                    + " does not fit the input " + in + " with padding " + padding
                    + "; use a smaller kernel or more padding");
            return null;
        }
        long size = (long) channels * oh * ow;
        if (size > LayerCheck.MAX_WIDTH) {
            c.problem("the output [n, " + channels + ", " + oh + ", " + ow + "] has " + LayerCheck.format(size)
                    + " features per row, more than the limit of " + LayerCheck.format(LayerCheck.MAX_WIDTH));
            return null;
        }
        return new ImageShape(channels, oh, ow);
    }
}
