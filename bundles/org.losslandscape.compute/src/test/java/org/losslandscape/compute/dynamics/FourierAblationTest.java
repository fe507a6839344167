package org.losslandscape.compute.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Restricted and excluded logits on constructed logits: the Fourier algorithm's logits (a sum of
 * {@code cos(w_k(a+b−c))} over key frequencies) are kept whole by the restriction and lose everything but their
 * constant by the exclusion; noise added to them is what the exclusion leaves.
 */
class FourierAblationTest {

    private static final int P = 13;
    private static final int[] KEYS = {2, 5};

    /** Rows of the complete table in a shuffled order, with labels (a + b) mod p. */
    private static final int[] A = new int[P * P];
    private static final int[] B = new int[P * P];
    private static final int[] LABELS = new int[P * P];

    static {
        int[] order = new SplittableRandom(1).ints(0, Integer.MAX_VALUE).limit(P * P).toArray();
        Integer[] idx = new Integer[P * P];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> Integer.compare(order[x], order[y]));
        for (int r = 0; r < P * P; r++) {
            A[r] = idx[r] / P;
            B[r] = idx[r] % P;
            LABELS[r] = (A[r] + B[r]) % P;
        }
    }

    /** @return logits {@code Σ_k scale·cos(w_k(a+b−c)) + 0.7·[c == 3]} (+ noise) */
    private static double[] algorithmLogits(double scale, double noise) {
        SplittableRandom rng = new SplittableRandom(7);
        double[] l = new double[P * P * P];
        for (int r = 0; r < P * P; r++) {
            for (int c = 0; c < P; c++) {
                double v = c == 3 ? 0.7 : 0;
                for (int k : KEYS) {
                    v += scale * Math.cos(2 * Math.PI * k * (A[r] + B[r] - c) / P);
                }
                l[r * P + c] = v + noise * rng.nextGaussian();
            }
        }
        return l;
    }

    @Test
    void theAlgorithmsLogitsLieInTheKeyFrequencies() {
        FourierAblation f = new FourierAblation(P, P, A, B);
        double[] logits = algorithmLogits(4, 0);
        assertArrayEquals(KEYS, f.keyFrequencies(logits, 2));
        assertArrayEquals(logits, f.restricted(logits, KEYS), 1e-12);
        double[] excluded = f.excluded(logits, KEYS);
        for (int r = 0; r < P * P; r++) {
            for (int c = 0; c < P; c++) {
                assertEquals(c == 3 ? 0.7 : 0, excluded[r * P + c], 1e-12, "only the constant is left");
            }
        }
        int[] all = java.util.stream.IntStream.range(0, P * P).toArray();
        double loss = f.crossEntropy(logits, all, LABELS);
        assertTrue(loss < 0.1, "the algorithm's logits fit the table: " + loss);
        assertTrue(f.crossEntropy(excluded, all, LABELS) > Math.log(P) - 0.1, "without its frequencies it is chance");
        double[] e = f.energies(logits);
        double other = 0;
        for (int k = 1; k <= e.length; k++) {
            if (k != 2 && k != 5) {
                other += e[k - 1];
            }
        }
        assertEquals(0, other, 1e-9);
        // energy of scale·cos(w(m − c)) over the table: per c, p²/2·scale²; summed over the p classes
        assertEquals(P * P / 2.0 * 16 * P, e[1], 1e-8);
    }

    @Test
    void restrictionAndExclusionSplitNoisyLogits() {
        FourierAblation f = new FourierAblation(P, P, A, B);
        double[] logits = algorithmLogits(3, 0.5);
        double[] restricted = f.restricted(logits, KEYS);
        double[] excluded = f.excluded(logits, KEYS);
        double[] constant = f.restricted(logits, new int[0]);
        for (int i = 0; i < logits.length; i++) {
            assertEquals(logits[i], restricted[i] + excluded[i] - constant[i], 1e-12, "the parts add up");
        }
        int[] train = java.util.stream.IntStream.range(0, 50).toArray();
        double restrictedLoss = f.crossEntropy(restricted, train, LABELS);
        double excludedLoss = f.crossEntropy(excluded, train, LABELS);
        assertTrue(restrictedLoss < f.crossEntropy(logits, train, LABELS), "noise removed: " + restrictedLoss);
        assertTrue(excludedLoss > 2, "the general part removed: " + excludedLoss);
    }

    @Test
    void embeddingConcentrationReadsTheResidueRows() {
        int dim = 4;
        double[] params = new double[2 + (P + 1) * dim];
        for (int a = 0; a < P; a++) {
            for (int j = 0; j < dim; j++) {
                params[2 + a * dim + j] = Math.sin(2 * Math.PI * 3 * a / P + j);
            }
        }
        for (int j = 0; j < dim; j++) {
            params[2 + P * dim + j] = 100; // the "=" row is not a residue
        }
        assertEquals(1, ProgressMeasures.embeddingConcentration(params, 2, dim, P, 1), 1e-12);
    }

    @Test
    void incompleteTablesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FourierAblation(P, P, new int[] {0}, new int[] {0}));
        int[] a = A.clone();
        a[0] = A[1];
        int[] b = B.clone();
        b[0] = B[1];
        assertThrows(IllegalArgumentException.class, () -> new FourierAblation(P, P, a, b));
    }
}
