package org.losslandscape.compute.nn.builtin;

import java.util.List;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.LayerBuild;
import org.losslandscape.compute.nn.LayerCheck;
import org.losslandscape.compute.nn.LayerKind;
import org.losslandscape.compute.nn.LayerSetting;
import org.losslandscape.compute.nn.LayerSettings;
import org.losslandscape.compute.nn.conv.Reshape;

/**
 * {@link Reshape#unflatten}: plain features {@code [n, C·H·W]} seen as images {@code [n, C, H, W]}, how a
 * convolutional network states the shape of its input. Height and width 0 mean a square image.
 */
public final class UnflattenKind implements LayerKind {

    private static final List<LayerSetting> SETTINGS = List.of(
            LayerSetting.integer("channels", 1, "channels C of the images"),
            LayerSetting.integer("height", 0, "height H; 0 with width 0: square images, from the input width"),
            LayerSetting.integer("width", 0, "width W; 0 with height 0: square images, from the input width"));

    @Override
    public String id() {
        return "UNFLATTEN";
    }

    @Override
    public String displayName() {
        return "Unflatten";
    }

    @Override
    public String description() {
        return "[n, C·H·W] → [n, C, H, W], the values unchanged (PyTorch nn.Unflatten)";
    }

    @Override
    public List<LayerSetting> settings() {
        return SETTINGS;
    }

    @Override
    public int check(LayerCheck c) {
        int width = c.inputWidth();
        ImageShape shape = shape(c.settings(), width, c::problem);
        if (shape == null) {
            return LayerCheck.UNKNOWN;
        }
        if (width != LayerCheck.UNKNOWN && shape.size() != width) {
            c.problem("the input [n, " + width + "] cannot be seen as " + shape + " (" + LayerCheck.format(shape.size())
                    + " features per row); set channels, height and width so that C·H·W = " + width);
            return LayerCheck.UNKNOWN;
        }
        c.outputImage(shape);
        return (int) shape.size();
    }

    /** @return the shape the settings ask for, or null after a problem (or when it needs the unknown width) */
    private static ImageShape shape(LayerSettings s, int width, java.util.function.Consumer<String> problem) {
        int channels = s.integer("channels");
        int height = s.integer("height");
        int w = s.integer("width");
        if (channels < 1 || height < 0 || w < 0 || (height == 0) != (w == 0)) {
            problem.accept("channels must be at least 1 and height and width both positive (or both 0 for square "
                    + "images), got " + channels + ", " + height + ", " + w);
            return null;
        }
        if (height > 0) {
            return new ImageShape(channels, height, w);
        }
        if (width == LayerCheck.UNKNOWN) {
            return null;
        }
        int side = (int) Math.round(Math.sqrt((double) width / channels));
        if ((long) channels * side * side != width) {
            problem.accept("the input [n, " + width + "] is not " + channels + " square channels; set height and "
                    + "width");
            return null;
        }
        return new ImageShape(channels, side, side);
    }

    @Override
    public Layer create(LayerBuild b) {
        return Reshape.unflatten(shape(b.settings(), b.inputWidth(), m -> {
            throw new IllegalArgumentException(m);
        }));
    }
}
