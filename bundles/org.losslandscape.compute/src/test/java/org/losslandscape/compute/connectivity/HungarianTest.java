package org.losslandscape.compute.connectivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class HungarianTest {

    @Test
    void matchesBruteForceOnRandomMatrices() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int n = 1; n <= 6; n++) {
            for (int trial = 0; trial < 25; trial++) {
                double[][] c = new double[n][n];
                for (double[] row : c) {
                    for (int j = 0; j < n; j++) {
                        // half the trials on small integers, so ties and degenerate optima occur
                        row[j] = trial % 2 == 0 ? rng.nextInt(4) : rng.nextGaussian() * 10;
                    }
                }
                assertEquals(bruteForce(c, false), sum(c, Hungarian.minimise(c)), 1e-9, "min n=" + n);
                assertEquals(bruteForce(c, true), sum(c, Hungarian.maximise(c)), 1e-9, "max n=" + n);
                assertPermutation(Hungarian.minimise(c));
            }
        }
    }

    @Test
    void knownExample() {
        double[][] c = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        assertArrayEquals(new int[] {1, 0, 2}, Hungarian.minimise(c));
        assertEquals(5, sum(c, Hungarian.minimise(c)), 0);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Hungarian.minimise(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> Hungarian.minimise(new double[][] {{Double.NaN}}));
        assertEquals(0, Hungarian.minimise(new double[0][0]).length);
    }

    private static double sum(double[][] c, int[] p) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += c[i][p[i]];
        }
        return s;
    }

    private static void assertPermutation(int[] p) {
        boolean[] seen = new boolean[p.length];
        for (int v : p) {
            assertEquals(false, seen[v]);
            seen[v] = true;
        }
    }

    private static double bruteForce(double[][] c, boolean max) {
        int n = c.length;
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        double[] best = {max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY};
        permutations(p, 0, c, max, best);
        return best[0];
    }

    private static void permutations(int[] p, int k, double[][] c, boolean max, double[] best) {
        if (k == p.length) {
            double s = sum(c, p);
            best[0] = max ? Math.max(best[0], s) : Math.min(best[0], s);
            return;
        }
        for (int i = k; i < p.length; i++) {
            swap(p, k, i);
            permutations(p, k + 1, c, max, best);
            swap(p, k, i);
        }
    }

    private static void swap(int[] p, int i, int j) {
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}
