package org.losslandscape.compute.linalg;

/**
 * Dense matrix products on row-major {@code double[]} storage with offsets, the kernel every layer uses.
 * <p>
 * {@code C = op(A)·op(B) (+ C if accumulate)} where {@code op(X)} is {@code X} or {@code Xᵀ}. {@code C} is
 * {@code m×n}, the inner dimension is {@code k}. Leading dimensions ({@code lda}, {@code ldb}, {@code ldc}) are
 * the row strides of the arrays as stored. Only {@code c} is written; the result does not depend on the number
 * of threads (fixed reduction order).
 */
public final class Gemm {

    private Gemm() {
    }

    /**
     * General product {@code C (+)= op(A)·op(B)}.
     *
     * @param transA use {@code Aᵀ}: A is stored {@code k×m}, else {@code m×k}
     * @param transB use {@code Bᵀ}: B is stored {@code n×k}, else {@code k×n}
     * @param accumulate add into C instead of overwriting it
     */
    public static void gemm(boolean transA, boolean transB, int m, int n, int k,
            double[] a, int offA, int lda, double[] b, int offB, int ldb,
            double[] c, int offC, int ldc, boolean accumulate) {
        // Reference implementation; replaced by the tiled, vectorised kernel.
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double av = transA ? a[offA + p * lda + i] : a[offA + i * lda + p];
                    double bv = transB ? b[offB + j * ldb + p] : b[offB + p * ldb + j];
                    s += av * bv;
                }
                int ci = offC + i * ldc + j;
                c[ci] = accumulate ? c[ci] + s : s;
            }
        }
    }
}
