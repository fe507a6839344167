package org.losslandscape.compute.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparseRowsTest {

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(Runtime.getRuntime().availableProcessors());
    }

    /** A rows×width matrix with about {@code perRow} nonzeros per row (one-hot style when the values are 1). */
    private static double[] sparse(int rows, int width, int perRow, boolean ones, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[rows * width];
        for (int i = 0; i < rows; i++) {
            for (int q = 0; q < perRow; q++) {
                x[i * width + r.nextInt(width)] = ones ? 1 : r.nextDouble() * 2 - 1;
            }
        }
        return x;
    }

    private static double[] random(int size, long seed) {
        return GemmTest.random(size, seed);
    }

    @Test
    void keepsOnlyMatricesSparseEnoughToPay() {
        double[] oneHot = sparse(100, 50, 2, true, 1);
        SparseRows s = SparseRows.of(oneHot, 100, 50);
        assertNotNull(s);
        long nonzeros = java.util.Arrays.stream(oneHot).filter(v -> v != 0).count();
        assertEquals(nonzeros, s.nonzeros());
        assertEquals(100, s.rows());
        assertEquals(50, s.width());
        assertNull(SparseRows.of(random(100 * 50, 2), 100, 50), "a dense matrix has no sparse form");
        double[] edge = new double[80];
        for (int i = 0; i < 10; i++) {
            edge[i * 8] = 1; // exactly one in eight
        }
        assertNotNull(SparseRows.of(edge, 10, 8));
        edge[1] = 1;
        assertNull(SparseRows.of(edge, 10, 8), "just over one in eight");
        // only the first rows count: the array may be longer than rows·width
        assertNotNull(SparseRows.of(concat(oneHot, random(500, 3)), 100, 50));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /**
     * Both products give the dense kernel's bits: shapes with one and with several depth chunks (width or rows above
     * Gemm's chunk of 256), tiny products that take Gemm's plain loops, with and without bias, 1 and 2 threads.
     */
    @ParameterizedTest
    @CsvSource({"2822, 194, 256, 2, true", "300, 600, 40, 3, false", "5, 16, 3, 1, false", "1000, 40, 97, 4, false",
            "64, 1000, 16, 1, true"})
    void productsAreBitIdenticalToTheDenseKernel(int rows, int width, int out, int perRow, boolean ones) {
        double[] x = sparse(rows, width, perRow, ones, 4);
        SparseRows s = SparseRows.of(x, rows, width);
        assertNotNull(s);
        int off = 5;
        double[] w = concat(new double[off], random(out * width + out, 5));
        int bias = off + out * width;
        double[] g = random(rows * out, 6);
        for (int threads : new int[] {1, 2}) {
            Parallel.setThreads(threads);
            // forward without bias
            double[] dense = new double[rows * out];
            Gemm.gemm(false, true, rows, out, width, x, 0, width, w, off, width, dense, 0, out, false);
            double[] sparse = new double[rows * out];
            s.multiplyTransposed(w, off, out, null, 0, sparse);
            assertArrayEquals(dense, sparse, "X·Wᵀ with " + threads + " threads");
            // forward with bias: the dense layer copies the bias into every row, then accumulates
            for (int i = 0; i < rows; i++) {
                System.arraycopy(w, bias, dense, i * out, out);
            }
            Gemm.gemm(false, true, rows, out, width, x, 0, width, w, off, width, dense, 0, out, true);
            s.multiplyTransposed(w, off, out, w, bias, sparse);
            assertArrayEquals(dense, sparse, "X·Wᵀ + b with " + threads + " threads");
            // backward: added to an accumulator that already holds values
            double[] accDense = concat(new double[off], random(out * width, 7));
            double[] accSparse = accDense.clone();
            Gemm.gemm(true, false, out, width, rows, g, 0, out, x, 0, width, accDense, off, width, true);
            s.addTransposeTimes(g, out, accSparse, off);
            assertArrayEquals(accDense, accSparse, "A + Gᵀ·X with " + threads + " threads");
        }
    }

    @Test
    void anEmptyMatrixLeavesTheOutputs() {
        SparseRows s = SparseRows.of(new double[12], 3, 4);
        assertNotNull(s);
        assertEquals(0, s.nonzeros());
        double[] y = new double[6];
        s.multiplyTransposed(random(8, 1), 0, 2, new double[] {1, 2}, 0, y);
        assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2}, y);
        double[] acc = {1, 2, 3, 4, 5, 6, 7, 8};
        s.addTransposeTimes(random(6, 2), 2, acc, 0);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, acc);
    }
}
