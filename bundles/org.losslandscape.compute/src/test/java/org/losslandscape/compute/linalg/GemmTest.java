package org.losslandscape.compute.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GemmTest {

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(Runtime.getRuntime().availableProcessors());
    }

    /** @return {@code size} uniform values in [−1, 1) from {@code seed} (also used by the sparse product's tests) */
    static double[] random(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = r.nextDouble() * 2 - 1;
        }
        return x;
    }

    /** Naive reference with the operands' logical layout spelled out. */
    private static double[] reference(boolean ta, boolean tb, int m, int n, int k, double[] a, int offA, int lda,
            double[] b, int offB, int ldb, double[] c0, int offC, int ldc, boolean acc) {
        double[] c = c0.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += (ta ? a[offA + p * lda + i] : a[offA + i * lda + p])
                            * (tb ? b[offB + j * ldb + p] : b[offB + p * ldb + j]);
                }
                c[offC + i * ldc + j] = (acc ? c[offC + i * ldc + j] : 0) + s;
            }
        }
        return c;
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "3,5,7", "17,33,9", "64,64,64", "65,17,300", "130,97,257", "5,200,600", "97,256,513"})
    void matchesTheReferenceForEveryTransposeAndEdge(int m, int n, int k) {
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                for (boolean acc : new boolean[] {false, true}) {
                    int lda = (ta ? m : k) + 3;
                    int ldb = (tb ? k : n) + 2;
                    int ldc = n + 5;
                    double[] a = random(7 + (ta ? k : m) * lda, 1);
                    double[] b = random(4 + (tb ? n : k) * ldb, 2);
                    double[] c = random(6 + m * ldc, 3);
                    double[] want = reference(ta, tb, m, n, k, a, 7, lda, b, 4, ldb, c, 6, ldc, acc);
                    Gemm.gemm(ta, tb, m, n, k, a, 7, lda, b, 4, ldb, c, 6, ldc, acc);
                    for (int i = 0; i < c.length; i++) {
                        assertEquals(want[i], c[i], 1e-12 * Math.max(1, k),
                                "m=" + m + " n=" + n + " k=" + k + " ta=" + ta + " tb=" + tb + " acc=" + acc + " at " + i);
                    }
                }
            }
        }
    }

    /**
     * The last rows of a matrix (fewer than a tile's six) take the partial-sliver kernels (blocks of four, two, one
     * rows); each of their elements must have the bits it gets inside a full sliver, for every remainder.
     */
    @Test
    void partialSliversGiveTheBitsOfFullOnes() {
        int n = 40;
        int k = 300;
        int full = 18;
        double[] a = random(full * k, 6);
        double[] b = random(k * n, 7);
        double[] c0 = random(full * n, 8);
        double[] want = c0.clone();
        Gemm.gemm(false, false, full, n, k, a, 0, k, b, 0, n, want, 0, n, true);
        for (int m = 13; m <= 17; m++) {
            double[] c = c0.clone();
            Gemm.gemm(false, false, m, n, k, a, 0, k, b, 0, n, c, 0, n, true);
            for (int i = 0; i < m * n; i++) {
                assertEquals(want[i], c[i], 0.0, "m=" + m + " at " + i);
            }
            for (int i = m * n; i < full * n; i++) {
                assertEquals(c0[i], c[i], 0.0, "m=" + m + ": wrote past the matrix at " + i);
            }
        }
    }

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        int m = 300;
        int n = 97;
        int k = 700;
        double[] a = random(m * k, 4);
        double[] b = random(n * k, 5);
        double[][] results = new double[3][];
        int[] threads = {1, 2, 3};
        for (int t = 0; t < threads.length; t++) {
            Parallel.setThreads(threads[t]);
            results[t] = new double[m * n];
            Gemm.gemm(false, true, m, n, k, a, 0, k, b, 0, k, results[t], 0, n, false);
        }
        assertArrayEquals(results[0], results[1]);
        assertArrayEquals(results[0], results[2]);
    }

    @Test
    void theVectorKernelIsUsedWhenTheModuleIsPresent() {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertEquals(module, Gemm.kernelName().startsWith("vector"), Gemm.kernelName());
        assertTrue(module, "tests run with --add-modules jdk.incubator.vector");
    }
}
