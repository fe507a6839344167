package org.losslandscape.compute.data;

import java.util.SplittableRandom;

/**
 * Seeded data augmentation of image batches, the two of the ResNet papers' CIFAR-10 recipe (He et al. 2016): a
 * random crop of the image padded with {@code padding} zeros on every side (the image shifted by up to
 * {@code padding} pixels, the uncovered border zero), and a horizontal flip with probability ½. What row {@code i} of
 * the batch of step {@code s} gets depends only on {@code (seed, s, i)}, so a run is reproducible and its result
 * does not depend on the number of threads. Stateless and thread-safe.
 *
 * @param channels C of the images
 * @param height H
 * @param width W
 * @param padding the largest shift in pixels, 0 for no cropping
 * @param flip whether to flip horizontally half of the time
 * @param seed fixes every draw
 */
public record ImageAugmentation(int channels, int height, int width, int padding, boolean flip, long seed) {

    /** Checks the shape and the padding. */
    public ImageAugmentation {
        if (channels < 1 || height < 1 || width < 1 || padding < 0) {
            throw new IllegalArgumentException("augmentation needs a positive image shape and padding >= 0");
        }
    }

    /** @return whether it changes anything */
    public boolean active() {
        return padding > 0 || flip;
    }

    /**
     * @return a new batch whose rows are the augmented images of {@code batch} (labels and targets shared); the batch
     *         itself when the augmentation is not {@link #active()}
     */
    public Batch apply(Batch batch, long step) {
        if (!active()) {
            return batch;
        }
        int f = batch.featureCount();
        if (f != channels * height * width) {
            throw new IllegalArgumentException("the batch has " + f + " features per row, not images of [" + channels
                    + ", " + height + ", " + width + "]");
        }
        double[] in = batch.features();
        double[] out = new double[batch.n() * f];
        for (int i = 0; i < batch.n(); i++) {
            SplittableRandom rng = new SplittableRandom(mix(seed, step, i));
            int dy = padding == 0 ? 0 : rng.nextInt(2 * padding + 1) - padding;
            int dx = padding == 0 ? 0 : rng.nextInt(2 * padding + 1) - padding;
            boolean mirror = flip && rng.nextBoolean();
            transform(in, i * f, out, i * f, dy, dx, mirror);
        }
        return new Batch(out, batch.n(), f, batch.labels(), batch.classCount(), batch.targets(),
                batch.targetCount());
    }

    /**
     * {@code out[c, y, x] = in[c, y + dy, x' + dx]} with {@code x' = W−1−x} when mirrored, zero outside the image:
     * the crop at offset {@code (padding + dy, padding + dx)} of the padded image, then the flip.
     */
    void transform(double[] in, int from, double[] out, int to, int dy, int dx, boolean mirror) {
        for (int c = 0; c < channels; c++) {
            int plane = c * height * width;
            for (int y = 0; y < height; y++) {
                int sy = y + dy;
                for (int x = 0; x < width; x++) {
                    int sx = (mirror ? width - 1 - x : x) + dx;
                    out[to + plane + y * width + x] = sy >= 0 && sy < height && sx >= 0 && sx < width
                            ? in[from + plane + sy * width + sx] : 0;
                }
            }
        }
    }

    private static long mix(long seed, long step, int row) {
        long z = seed * 0x9E3779B97F4A7C15L + step * 0xC2B2AE3D27D4EB4FL + row;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
