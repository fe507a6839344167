package org.losslandscape.compute.data;

/**
 * Per-channel normalisation {@code x' = (x − mean_c) / std_c} of images, with the statistics either given (e.g.
 * the customary CIFAR-10 ones) or measured on a training set (and then applied unchanged to its validation set,
 * so that no validation statistic leaks into training).
 *
 * @param mean per channel
 * @param std per channel, positive
 */
public record ImageNormalisation(double[] mean, double[] std) {

    /** Checks the lengths and that every std is positive. */
    public ImageNormalisation {
        if (mean.length != std.length || mean.length == 0) {
            throw new IllegalArgumentException("mean and std need one value per channel, got " + mean.length
                    + " and " + std.length);
        }
        for (double s : std) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("every std must be positive, got " + s);
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /**
     * @return the mean and the (population) standard deviation of every channel over all images and positions; a
     *         channel that is constant gets std 1, so that it is only centred
     */
    public static ImageNormalisation measure(ImageDataset images) {
        int c = images.channels();
        int plane = images.plane();
        double[] x = images.data().features();
        int n = images.data().size();
        double[] mean = new double[c];
        double[] std = new double[c];
        long count = (long) n * plane;
        for (int ch = 0; ch < c; ch++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                for (int q = (i * c + ch) * plane, e = q + plane; q < e; q++) {
                    sum += x[q];
                }
            }
            double mu = sum / count;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                for (int q = (i * c + ch) * plane, e = q + plane; q < e; q++) {
                    sq += (x[q] - mu) * (x[q] - mu);
                }
            }
            double sd = Math.sqrt(sq / count);
            mean[ch] = mu;
            std[ch] = sd > 1e-12 ? sd : 1;
        }
        return new ImageNormalisation(mean, std);
    }

    /**
     * @return new normalised images (the input is not modified)
     * @throws IllegalArgumentException when the channel counts differ
     */
    public ImageDataset apply(ImageDataset images) {
        int c = images.channels();
        if (c != mean.length) {
            throw new IllegalArgumentException("the normalisation has " + mean.length + " channels, the images " + c);
        }
        Dataset d = images.data();
        int plane = images.plane();
        double[] x = d.features().clone();
        for (int i = 0; i < d.size(); i++) {
            for (int ch = 0; ch < c; ch++) {
                double mu = mean[ch];
                double inv = 1 / std[ch];
                for (int q = (i * c + ch) * plane, e = q + plane; q < e; q++) {
                    x[q] = (x[q] - mu) * inv;
                }
            }
        }
        return images.with(new Dataset(d.name(), d.size(), d.featureCount(), x, d.classCount(), d.labels(),
                d.targetCount(), d.targets()));
    }
}
