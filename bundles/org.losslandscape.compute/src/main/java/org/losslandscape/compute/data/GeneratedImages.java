package org.losslandscape.compute.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A procedurally generated, seeded image classification set that ships with the engine (no download): small images
 * of shapes and textures, one class each, drawn at random positions, sizes, colours and phases over Gaussian pixel
 * noise. Hard enough that a linear model does not solve it (position, size and colour vary), easy enough that a small
 * CNN learns it in seconds. Rows are NCHW images with values around [0, 1]; row {@code i} is of class
 * {@code i mod classes}.
 */
public final class GeneratedImages {

    /** The classes, in label order. */
    public static final List<String> CLASSES = List.of("disc", "square", "triangle", "ring", "horizontal stripes",
            "vertical stripes", "checkerboard", "cross");

    private GeneratedImages() {
    }

    /**
     * @param nPerClass images per class, at least 1
     * @param classes how many of {@link #CLASSES}, 2 to 8
     * @param size height and width in pixels, 8 to 64
     * @param channels 1 (grey) or 3 (colour)
     * @param noise standard deviation of the Gaussian pixel noise, at least 0
     * @param seed fixes every image
     * @return the images
     */
    public static ImageDataset shapes(int nPerClass, int classes, int size, int channels, double noise, long seed) {
        if (nPerClass < 1 || classes < 2 || classes > CLASSES.size() || size < 8 || size > 64
                || (channels != 1 && channels != 3) || !(noise >= 0)) {
            throw new IllegalArgumentException("generated images need n_per_class >= 1, classes 2.." + CLASSES.size()
                    + ", size 8..64, channels 1 or 3 and noise >= 0");
        }
        int n = nPerClass * classes;
        int plane = size * size;
        double[] x = new double[n * channels * plane];
        int[] y = new int[n];
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            SplittableRandom rng = root.split();
            int label = i % classes;
            y[i] = label;
            double[] colour = new double[channels];
            for (int c = 0; c < channels; c++) {
                colour[c] = 0.4 + 0.6 * rng.nextDouble();
            }
            double cx = size * (0.3 + 0.4 * rng.nextDouble());
            double cy = size * (0.3 + 0.4 * rng.nextDouble());
            double r = size * (0.18 + 0.14 * rng.nextDouble());
            double period = 3 + rng.nextInt(3);
            double phase = rng.nextDouble() * period;
            int o = i * channels * plane;
            for (int py = 0; py < size; py++) {
                for (int px = 0; px < size; px++) {
                    double v = coverage(label, px + 0.5, py + 0.5, cx, cy, r, period, phase);
                    for (int c = 0; c < channels; c++) {
                        x[o + c * plane + py * size + px] = v * colour[c] + noise * rng.nextGaussian();
                    }
                }
            }
        }
        Dataset data = new Dataset("shapes " + classes + " classes " + channels + "×" + size + "×" + size, n,
                channels * plane, x, classes, y, 0, null);
        return new ImageDataset(data, channels, size, size);
    }

    /** @return 1 where the class's figure covers the pixel centre (px, py), else 0 */
    private static double coverage(int label, double px, double py, double cx, double cy, double r, double period,
            double phase) {
        double dx = px - cx;
        double dy = py - cy;
        double d = Math.sqrt(dx * dx + dy * dy);
        boolean inBox = Math.abs(dx) <= r && Math.abs(dy) <= r;
        boolean on = switch (label) {
            case 0 -> d <= r;
            case 1 -> Math.abs(dx) <= 0.8 * r && Math.abs(dy) <= 0.8 * r;
            case 2 -> dy <= r * 0.8 && dy >= -r && Math.abs(dx) <= (dy + r) * 0.55;
            case 3 -> d <= r && d >= 0.55 * r;
            case 4 -> inBox && Math.floorMod((int) Math.floor((py + phase) / period * 2), 2) == 0;
            case 5 -> inBox && Math.floorMod((int) Math.floor((px + phase) / period * 2), 2) == 0;
            case 6 -> inBox && Math.floorMod((int) Math.floor((px + phase) / period) + (int) Math.floor((py + phase)
                    / period), 2) == 0;
            case 7 -> inBox && (Math.abs(dx) <= 0.25 * r || Math.abs(dy) <= 0.25 * r);
            default -> throw new IllegalArgumentException("class " + label);
        };
        return on ? 1 : 0;
    }
}
