package org.losslandscape.compute.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The generated images, per-channel normalisation and seeded augmentation. */
class ImageDataTest {

    @Test
    void generatedImagesAreSeededBalancedAndDistinctPerClass() {
        ImageDataset a = GeneratedImages.shapes(20, 8, 16, 3, 0.05, 1);
        ImageDataset b = GeneratedImages.shapes(20, 8, 16, 3, 0.05, 1);
        ImageDataset c = GeneratedImages.shapes(20, 8, 16, 3, 0.05, 2);
        assertArrayEquals(a.data().features(), b.data().features(), 0);
        assertTrue(!Arrays.equals(a.data().features(), c.data().features()));
        assertEquals(160, a.data().size());
        assertEquals(3 * 16 * 16, a.data().featureCount());
        int[] counts = new int[8];
        for (int l : a.data().labels()) {
            counts[l]++;
        }
        assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20, 20, 20}, counts);
        // the class means differ: a nearest-class-mean classifier on the pixels beats chance (20 of 160, σ ≈ 4.2), though
        // far from perfectly (position, size and colour vary: the set is meant to need a convolutional network)
        int f = a.data().featureCount();
        double[][] mean = new double[8][f];
        for (int i = 0; i < a.data().size(); i++) {
            for (int q = 0; q < f; q++) {
                mean[a.data().labels()[i]][q] += a.data().features()[i * f + q] / 20;
            }
        }
        int hits = 0;
        for (int i = 0; i < c.data().size(); i++) {
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int k = 0; k < 8; k++) {
                double d = 0;
                for (int q = 0; q < f; q++) {
                    double e = c.data().features()[i * f + q] - mean[k][q];
                    d += e * e;
                }
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
            hits += best == c.data().labels()[i] ? 1 : 0;
        }
        assertTrue(hits > 32 && hits < 120, "nearest class mean: " + hits + " of 160");
    }

    @Test
    void measuredNormalisationGivesZeroMeanUnitStdPerChannel() {
        ImageDataset images = GeneratedImages.shapes(10, 4, 12, 3, 0.1, 3);
        ImageNormalisation norm = ImageNormalisation.measure(images);
        ImageDataset out = norm.apply(images);
        ImageNormalisation again = ImageNormalisation.measure(out);
        for (int c = 0; c < 3; c++) {
            assertEquals(0, again.mean()[c], 1e-12);
            assertEquals(1, again.std()[c], 1e-12);
            assertNotEquals(0, norm.mean()[c], 1e-3);
        }
        assertNotEquals(images.data().features()[0], out.data().features()[0]);
    }

    @Test
    void augmentationShiftsAndFlipsAsSeeded() {
        ImageAugmentation aug = new ImageAugmentation(1, 2, 3, 1, true, 5);
        double[] img = {1, 2, 3, 4, 5, 6};
        double[] out = new double[6];
        aug.transform(img, 0, out, 0, 0, 0, true);
        assertArrayEquals(new double[] {3, 2, 1, 6, 5, 4}, out, 0);
        aug.transform(img, 0, out, 0, 1, 0, false);
        assertArrayEquals(new double[] {4, 5, 6, 0, 0, 0}, out, 0);
        aug.transform(img, 0, out, 0, 0, -1, false);
        assertArrayEquals(new double[] {0, 1, 2, 0, 4, 5}, out, 0);

        ImageDataset images = GeneratedImages.shapes(8, 4, 8, 3, 0, 4);
        ImageAugmentation real = new ImageAugmentation(3, 8, 8, 2, true, 9);
        Batch batch = Batch.of(images.data());
        Batch first = real.apply(batch, 3);
        Batch same = real.apply(batch, 3);
        Batch other = real.apply(batch, 4);
        assertArrayEquals(first.features(), same.features(), 0, "the same step draws the same");
        assertTrue(!Arrays.equals(first.features(), other.features()), "another step draws anew");
        assertTrue(!Arrays.equals(first.features(), batch.features()));
        assertEquals(batch.labels(), first.labels());
    }
}
