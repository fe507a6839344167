package org.losslandscape.compute.nn;

/**
 * The shape of one row of image data, {@code C×H×W}, stored channel by channel and row by row as PyTorch's NCHW
 * tensors are: entry {@code (c, y, x)} of a row is at {@code (c·H + y)·W + x}. A batch of such rows is
 * {@code [n, C, H, W]}. Layers that see images (convolutions, pooling, BatchNorm2d) read it from
 * {@link LayerCheck#inputImage()} and {@link LayerBuild#inputImage()}.
 *
 * @param channels C, at least 1
 * @param height H, at least 1
 * @param width W, at least 1
 */
public record ImageShape(int channels, int height, int width) {

    /** Checks that every extent is at least 1. */
    public ImageShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("an image shape needs C, H and W of at least 1, got [" + channels
                    + ", " + height + ", " + width + "]");
        }
    }

    /** @return {@code H·W}, the entries of one channel */
    public int plane() {
        return height * width;
    }

    /** @return {@code C·H·W}, the features of one row; as a long so that huge shapes can be checked */
    public long size() {
        return (long) channels * height * width;
    }

    /** @return the batch shape as messages write it, e.g. "[n, 3, 32, 32]" */
    @Override
    public String toString() {
        return "[n, " + channels + ", " + height + ", " + width + "]";
    }
}
