package org.losslandscape.compute.nn.conv;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.nn.ImageShape;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.ParameterBlock;
import org.losslandscape.compute.nn.Pass;
import org.losslandscape.compute.nn.Slot;

/**
 * A change of how a row is seen, not of its values: PyTorch's {@code nn.Flatten} ({@code [n, C, H, W] → [n, C·H·W]},
 * the row order is already NCHW) and {@code nn.Unflatten(1, (C, H, W))} (plain features seen as images, what a
 * convolutional network starts with when its data are flat rows). Every pass copies its signal through:
 * {@code y = x}, {@code gx = gy}, {@code Ry = Rx}, {@code Rgx = Rgy}. No parameters.
 */
public final class Reshape implements Layer {

    private final String kind;
    private final int width;
    private final ImageShape image;

    private Reshape(String kind, int width, ImageShape image) {
        this.kind = kind;
        this.width = width;
        this.image = image;
    }

    /** @return a Flatten layer for rows of {@code width} features */
    public static Reshape flatten(int width) {
        return new Reshape("Flatten", width, null);
    }

    /** @return an Unflatten layer that sees rows of {@code shape.size()} features as images of that shape */
    public static Reshape unflatten(ImageShape shape) {
        return new Reshape("Unflatten", (int) shape.size(), shape);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String describe() {
        return image == null ? "Flatten → " + width : "Unflatten → " + image;
    }

    @Override
    public ImageShape outputImage(ImageShape input) {
        return image;
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int outputWidth() {
        return width;
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public List<ParameterBlock> parameterBlocks() {
        return List.of();
    }

    @Override
    public void initialise(double[] params, int offset, double[] buffers, int bufferOffset, Initializer init,
            SplittableRandom rng) {
        // no parameters
    }

    @Override
    public void forward(Pass p, Slot s) {
        System.arraycopy(s.input(), 0, s.output(), 0, p.rows() * width);
    }

    @Override
    public void forwardTangent(Pass p, Slot s) {
        if (s.inputConstant()) {
            Arrays.fill(s.outputTangent(), 0, p.rows() * width, 0);
        } else {
            System.arraycopy(s.inputTangent(), 0, s.outputTangent(), 0, p.rows() * width);
        }
    }

    @Override
    public void backward(Pass p, Slot s) {
        if (s.needsInputGradient()) {
            System.arraycopy(s.outputGradient(), 0, s.inputGradient(), 0, p.rows() * width);
        }
    }

    @Override
    public void backwardTangent(Pass p, Slot s) {
        if (s.needsInputGradient()) {
            System.arraycopy(s.outputGradientTangent(), 0, s.inputGradientTangent(), 0, p.rows() * width);
        }
    }
}
