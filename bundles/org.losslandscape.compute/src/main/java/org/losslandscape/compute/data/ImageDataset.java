package org.losslandscape.compute.data;

/**
 * A dataset of images: each row of {@link #data()} is one {@code C×H×W} image in PyTorch's NCHW order (channel by
 * channel, row by row), with class labels. The shape is what a convolutional network's first layer (an Unflatten of
 * {@code channels, height, width}) must state.
 *
 * @param data the rows, {@code featureCount = channels·height·width}
 * @param channels C
 * @param height H
 * @param width W
 */
public record ImageDataset(Dataset data, int channels, int height, int width) {

    /** Checks the shape against the rows. */
    public ImageDataset {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("an image needs C, H and W of at least 1, got [" + channels + ", "
                    + height + ", " + width + "]");
        }
        if ((long) channels * height * width != data.featureCount()) {
            throw new IllegalArgumentException(data.name() + ": " + data.featureCount() + " features per row are not "
                    + "images of [" + channels + ", " + height + ", " + width + "]");
        }
    }

    /** @return the entries of one channel, {@code H·W} */
    public int plane() {
        return height * width;
    }

    /** @return the shape as the network's messages write it, e.g. "[n, 3, 32, 32]" */
    public String shapeText() {
        return "[n, " + channels + ", " + height + ", " + width + "]";
    }

    /** @return these images with other rows (same shape), e.g. after normalisation or a split */
    public ImageDataset with(Dataset rows) {
        return new ImageDataset(rows, channels, height, width);
    }
}
