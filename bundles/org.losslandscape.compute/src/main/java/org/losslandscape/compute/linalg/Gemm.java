package org.losslandscape.compute.linalg;

/**
 * Dense matrix products on row-major {@code double[]} storage with offsets, the kernel every layer uses.
 * <p>
 * {@code C = op(A)·op(B) (+ C if accumulate)} where {@code op(X)} is {@code X} or {@code Xᵀ}. {@code C} is
 * {@code m×n}, the inner dimension is {@code k}. Leading dimensions ({@code lda}, {@code ldb}, {@code ldc}) are
 * the row strides of the arrays as stored. Only {@code c} is written.
 * <p>
 * Method (Goto and van de Geijn 2008, "Anatomy of high-performance matrix multiplication"): {@code k} is cut
 * into blocks of {@link #KC}; per block, {@code op(B)} is packed into column panels and {@code op(A)} into row
 * slivers, and a register-tiled micro-kernel (Vector API when the module is present, else a scalar kernel of
 * the same shape) computes each tile. Row blocks of {@link #MC} rows run in parallel.
 * <p>
 * Determinism: every element of C is accumulated as {@code Σ_p a·b} by fused multiply-adds in increasing
 * {@code p} within a k-block, k-blocks in order, and no element is split between threads; block sizes are
 * constants. The result is therefore bit-identical for any number of threads.
 */
public final class Gemm {

    /** Inner-dimension block: an A sliver and a B panel of this depth stay in cache. */
    static final int KC = 256;
    /** Rows per parallel task. */
    static final int MC = 64;
    /** Below this many multiply-adds the packing does not pay: plain loops. */
    private static final long SMALL = 24L * 1024;

    private static final MicroKernel KERNEL = MicroKernel.best();
    private static final ThreadLocal<double[]> A_PACK = ThreadLocal.withInitial(() -> new double[0]);
    private static final ThreadLocal<double[]> B_PACK = ThreadLocal.withInitial(() -> new double[0]);

    private Gemm() {
    }

    /** @return the micro-kernel in use, e.g. "vector 4×16 (AVX-512)" or "scalar 4×8" */
    public static String kernelName() {
        return KERNEL.name();
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
        if (m <= 0 || n <= 0) {
            return;
        }
        if (k <= 0) {
            if (!accumulate) {
                for (int i = 0; i < m; i++) {
                    java.util.Arrays.fill(c, offC + i * ldc, offC + i * ldc + n, 0);
                }
            }
            return;
        }
        if ((long) m * n * k <= SMALL) {
            small(transA, transB, m, n, k, a, offA, lda, b, offB, ldb, c, offC, ldc, accumulate);
            return;
        }
        int mr = KERNEL.mr();
        int nr = KERNEL.nr();
        int panels = (n + nr - 1) / nr;
        int tasks = (m + MC - 1) / MC;
        for (int p0 = 0; p0 < k; p0 += KC) {
            int kc = Math.min(KC, k - p0);
            boolean add = accumulate || p0 > 0;
            double[] bp = packB(transB, b, offB, ldb, p0, kc, n, nr, panels);
            int from = p0;
            Parallel.forEach(tasks, t -> {
                int i0 = t * MC;
                int mc = Math.min(MC, m - i0);
                int slivers = (mc + mr - 1) / mr;
                double[] ap = packA(transA, a, offA, lda, i0, mc, from, kc, mr, slivers);
                for (int jp = 0; jp < panels; jp++) {
                    int j0 = jp * nr;
                    int nc = Math.min(nr, n - j0);
                    for (int s = 0; s < slivers; s++) {
                        int r0 = s * mr;
                        KERNEL.tile(kc, ap, s * mr * kc, bp, jp * nr * kc, c, offC + (i0 + r0) * ldc + j0, ldc,
                                Math.min(mr, mc - r0), nc, add);
                    }
                }
            });
        }
    }

    /** Packs {@code op(B)[p0 … p0+kc) × [0, n)} into panels of {@code nr} columns, zero-padded: p-major. */
    private static double[] packB(boolean transB, double[] b, int offB, int ldb, int p0, int kc, int n, int nr,
            int panels) {
        int size = panels * nr * kc;
        double[] bp = B_PACK.get();
        if (bp.length < size) {
            bp = new double[size];
            B_PACK.set(bp);
        }
        double[] dst = bp;
        Parallel.forEach(panels, jp -> {
            int base = jp * nr * kc;
            int j0 = jp * nr;
            int nc = Math.min(nr, n - j0);
            for (int p = 0; p < kc; p++) {
                int o = base + p * nr;
                if (transB) {
                    for (int j = 0; j < nc; j++) {
                        dst[o + j] = b[offB + (j0 + j) * ldb + p0 + p];
                    }
                } else {
                    System.arraycopy(b, offB + (p0 + p) * ldb + j0, dst, o, nc);
                }
                for (int j = nc; j < nr; j++) {
                    dst[o + j] = 0;
                }
            }
        });
        return bp;
    }

    /** Packs {@code op(A)[i0 … i0+mc) × [p0, p0+kc)} into slivers of {@code mr} rows, zero-padded: p-major. */
    private static double[] packA(boolean transA, double[] a, int offA, int lda, int i0, int mc, int p0, int kc,
            int mr, int slivers) {
        int size = slivers * mr * kc;
        double[] ap = A_PACK.get();
        if (ap.length < size) {
            ap = new double[size];
            A_PACK.set(ap);
        }
        for (int s = 0; s < slivers; s++) {
            int base = s * mr * kc;
            int rows = Math.min(mr, mc - s * mr);
            for (int r = 0; r < mr; r++) {
                int i = i0 + s * mr + r;
                if (r >= rows) {
                    for (int p = 0; p < kc; p++) {
                        ap[base + p * mr + r] = 0;
                    }
                } else if (transA) {
                    for (int p = 0; p < kc; p++) {
                        ap[base + p * mr + r] = a[offA + (p0 + p) * lda + i];
                    }
                } else {
                    int src = offA + i * lda + p0;
                    for (int p = 0; p < kc; p++) {
                        ap[base + p * mr + r] = a[src + p];
                    }
                }
            }
        }
        return ap;
    }

    /** Plain loops for small products; same accumulation order (fma over p, then added to C). */
    private static void small(boolean transA, boolean transB, int m, int n, int k,
            double[] a, int offA, int lda, double[] b, int offB, int ldb,
            double[] c, int offC, int ldc, boolean accumulate) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double av = transA ? a[offA + p * lda + i] : a[offA + i * lda + p];
                    double bv = transB ? b[offB + j * ldb + p] : b[offB + p * ldb + j];
                    s = Math.fma(av, bv, s);
                }
                int ci = offC + i * ldc + j;
                c[ci] = accumulate ? c[ci] + s : s;
            }
        }
    }
}
