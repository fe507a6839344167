package org.losslandscape.compute.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SplitAndBatchesTest {

    /** Row r has features (r, -r) and label r % 3. */
    private static Dataset indexed(int n) {
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            x[2 * r] = r;
            x[2 * r + 1] = -r;
            y[r] = r % 3;
        }
        return new Dataset("indexed", n, 2, x, 3, y, 0, null);
    }

    @Test
    void subsetCopiesRowsInGivenOrder() {
        Dataset d = indexed(10);
        Dataset s = d.subset(new int[] {7, 2, 7});
        assertEquals(3, s.size());
        assertArrayEquals(new double[] {7, -7, 2, -2, 7, -7}, s.features());
        assertArrayEquals(new int[] {1, 2, 1}, s.labels());
        assertThrows(IndexOutOfBoundsException.class, () -> d.subset(new int[] {10}));
        Dataset regression = new Dataset("r", 3, 1, new double[] {0, 1, 2}, 0, null, 2,
                new double[] {0, 0, 1, 10, 2, 20});
        assertArrayEquals(new double[] {2, 20, 0, 0}, regression.subset(new int[] {2, 0}).targets());
    }

    @Test
    void splitSizesDisjointAndSeeded() {
        Dataset d = indexed(101);
        Split split = Split.random(d, 0.25, 9);
        assertEquals(25, split.train().size());
        assertEquals(76, split.validation().size());
        boolean[] seen = new boolean[101];
        for (Dataset part : new Dataset[] {split.train(), split.validation()}) {
            for (int r = 0; r < part.size(); r++) {
                int row = (int) part.feature(r, 0);
                assertFalse(seen[row], "row " + row + " twice");
                seen[row] = true;
            }
        }
        assertArrayEquals(split.train().features(), Split.random(d, 0.25, 9).train().features());
        assertFalse(Arrays.equals(split.train().features(), Split.random(d, 0.25, 10).train().features()));
        assertEquals("indexed train", split.train().name());
        assertEquals(0, Split.random(d, 0, 1).train().size());
        assertEquals(101, Split.random(d, 1, 1).train().size());
        assertThrows(IllegalArgumentException.class, () -> Split.random(d, 1.5, 1));
    }

    @Test
    void everyRowOncePerEpochAndLastBatchKept() {
        Batches batches = Batches.shuffled(10, 4, 3);
        assertEquals(3, batches.batchesPerEpoch());
        for (int epoch = 0; epoch < 5; epoch++) {
            int[] count = new int[10];
            for (int b = 0; b < 3; b++) {
                int[] rows = batches.rows(epoch, b);
                assertEquals(b < 2 ? 4 : 2, rows.length);
                for (int r : rows) {
                    count[r]++;
                }
            }
            int[] ones = new int[10];
            Arrays.fill(ones, 1);
            assertArrayEquals(ones, count, "epoch " + epoch);
        }
    }

    @Test
    void epochsDifferAndSeedsReproduce() {
        Batches a = Batches.shuffled(50, 7, 11);
        Batches b = Batches.shuffled(50, 7, 11);
        assertFalse(Arrays.equals(a.order(0), a.order(1)));
        assertArrayEquals(a.order(3), b.order(3));
        // asking out of order gives the same answer as asking in order
        int[] late = a.rows(4, 2);
        a.rows(0, 0);
        assertArrayEquals(late, a.rows(4, 2));
        assertFalse(Arrays.equals(a.order(0), Batches.shuffled(50, 7, 12).order(0)));
    }

    @Test
    void stepsMapToEpochsAndBatches() {
        Batches batches = Batches.shuffled(10, 3, 1);
        assertEquals(4, batches.batchesPerEpoch());
        assertEquals(2, batches.epochOfStep(9));
        assertEquals(1, batches.batchOfStep(9));
        assertArrayEquals(batches.rows(2, 1), batches.rowsForStep(9));
        Dataset d = indexed(10);
        Dataset batch = batches.batchForStep(d, 9);
        int[] rows = batches.rows(2, 1);
        for (int i = 0; i < rows.length; i++) {
            assertEquals(rows[i], batch.feature(i, 0));
        }
        assertThrows(IllegalArgumentException.class, () -> batches.batch(indexed(11), 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> batches.rows(0, 4));
    }

    @Test
    void fullBatchIsAllRowsInOrder() {
        Batches full = Batches.fullBatch(6);
        assertEquals(1, full.batchesPerEpoch());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, full.rows(0, 0));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, full.rowsForStep(17));
        Batches oversized = Batches.shuffled(6, 100, 2);
        assertEquals(1, oversized.batchesPerEpoch());
        assertTrue(oversized.rows(0, 0).length == 6);
    }
}
