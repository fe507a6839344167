package org.losslandscape.compute.linalg;

/**
 * Dense matrix products on row-major {@code double[]} storage with offsets, the kernel every layer uses.
 * <p>
 * {@code C = op(A)·op(B) (+ C if accumulate)} where {@code op(X)} is {@code X} or {@code Xᵀ}. {@code C} is
 * {@code m×n}, the inner dimension is {@code k}. Leading dimensions ({@code lda}, {@code ldb}, {@code ldc}) are
 * the row strides of the arrays as stored. Only {@code c} is written.
 * <p>
 * Method (after Goto and van de Geijn 2008, "Anatomy of high-performance matrix multiplication", without their
 * packing of A): A is read in place, as four row streams or four contiguous values per step; B is read in place
 * when its rows hold a kernel's width of contiguous values, otherwise ({@code Bᵀ}, the ragged last panel) its
 * column panels are packed once. Blocks of rows × up to {@link #MAX_NC} columns run in
 * parallel, each walking k in
 * chunks of at most {@link #KC} so that a panel chunk stays in L1, with a register-tiled micro-kernel (Vector API
 * when the module is present, else a scalar kernel of the same shape).
 * <p>
 * Determinism: every element of C is accumulated as {@code Σ_p a·b} by fused multiply-adds in increasing
 * {@code p} within a k-chunk, chunks in order, and no element is split between threads; block sizes are
 * constants. The result is therefore bit-identical for any number of threads.
 */
public final class Gemm {

    /** Inner-dimension chunk: a B panel of this depth stays in L1 while the slivers of a block pass over it. */
    static final int KC = 256;
    /** Slivers of A that one pass over all panels keeps in L2 (16 × 4 rows × 256 deep = 128 KiB). */
    static final int SUB_BLOCK = 16;
    /** Panels packed per parallel task. */
    private static final int PACK_GROUP = 4;
    /** Most columns one task covers. */
    static final int MAX_NC = 512;
    /** Row blocks per worker thread: enough to balance the load, few enough to keep the overhead small. */
    static final int TASKS_PER_THREAD = 2;
    /** Below this many multiply-adds the blocking does not pay: plain loops. */
    private static final long SMALL = 24L * 1024;

    private static final MicroKernel KERNEL = MicroKernel.best();
    private static final ThreadLocal<double[]> B_PACK = ThreadLocal.withInitial(() -> new double[0]);

    private Gemm() {
    }

    /** @return the micro-kernel in use, e.g. "vector 6×16 (512-bit)" or "scalar 4×8" */
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
        // A is read in place; B too when its rows hold nr contiguous values, otherwise (Bᵀ, or the ragged last
        // panel) its panels are packed once, in parallel
        int fullPanels = transB ? 0 : n / nr;
        int packed = panels - fullPanels;
        double[] bp = packed == 0 ? null : buffer(B_PACK, packed * nr * k);
        Parallel.forEach((packed + PACK_GROUP - 1) / PACK_GROUP, g -> {
            for (int q = g * PACK_GROUP, end = Math.min(packed, q + PACK_GROUP); q < end; q++) {
                packPanel(transB, b, offB, ldb, n, k, nr, fullPanels + q, bp, q * nr * k);
            }
        });
        int rowStride = transA ? 1 : lda;
        int depthStride = transA ? lda : 1;
        int slivers = (m + mr - 1) / mr;
        // blocks: all columns of up to MAX_NC at once (A is then streamed once), rows split into about
        // TASKS_PER_THREAD blocks per thread; every tile is computed the same way whichever block it is in, so the
        // split does not change the result
        int colPanels = Math.min(panels, MAX_NC / nr);
        int colBlocks = (panels + colPanels - 1) / colPanels;
        int rowSlivers = Math.max(1, slivers / (TASKS_PER_THREAD * Parallel.threads()));
        int rowBlocks = (slivers + rowSlivers - 1) / rowSlivers;
        int kc = depthChunk(m, n, k);
        Parallel.forEach(rowBlocks * colBlocks, t -> {
            int s0 = (t / colBlocks) * rowSlivers;
            int s1 = Math.min(slivers, s0 + rowSlivers);
            int j0 = (t % colBlocks) * colPanels;
            int j1 = Math.min(panels, j0 + colPanels);
            for (int p0 = 0; p0 < k; p0 += kc) {
                int depth = Math.min(kc, k - p0);
                boolean add = accumulate || p0 > 0;
                // a sub-block of slivers stays in L2 while every panel passes over it
                for (int sb = s0; sb < s1; sb += SUB_BLOCK) {
                    int sbEnd = Math.min(s1, sb + SUB_BLOCK);
                    for (int jp = j0; jp < j1; jp++) {
                        int col = jp * nr;
                        int cols = Math.min(nr, n - col);
                        double[] src = jp < fullPanels ? b : bp;
                        int bOff = jp < fullPanels ? offB + p0 * ldb + col : (jp - fullPanels) * nr * k + p0 * nr;
                        int bStride = jp < fullPanels ? ldb : nr;
                        for (int sv = sb; sv < sbEnd; sv++) {
                            int row = sv * mr;
                            KERNEL.tile(depth, a, offA + row * rowStride + p0 * depthStride, rowStride, depthStride,
                                    src, bOff, bStride, c, offC + row * ldc + col, ldc, Math.min(mr, m - row), cols,
                                    add);
                        }
                    }
                }
            }
        });
    }

    /**
     * The depth chunk of an {@code m×n×k} product: every element of C is summed from zero over each chunk of this
     * many consecutive p, the chunks added to C in order. Equal chunks of at most {@link #KC} (194 → one chunk of
     * 194, not 128 + 66), or all of k for the small products that take plain loops. {@link SparseRows} follows it
     * to give the same bits.
     */
    static int depthChunk(int m, int n, int k) {
        if ((long) m * n * k <= SMALL) {
            return Math.max(1, k);
        }
        int chunks = (k + KC - 1) / KC;
        return (k + chunks - 1) / chunks;
    }

    private static double[] buffer(ThreadLocal<double[]> cache, int size) {
        double[] buf = cache.get();
        if (buf.length < size) {
            buf = new double[size];
            cache.set(buf);
        }
        return buf;
    }

    /** Packs panel {@code jp} of {@code op(B)} (all of k) at {@code dst}: k groups of nr values, zero-padded. */
    private static void packPanel(boolean transB, double[] b, int offB, int ldb, int n, int k, int nr, int jp,
            double[] bp, int dst) {
        int col = jp * nr;
        int cols = Math.min(nr, n - col);
        if (transB) {
            // B is stored n×k: read each column contiguously along p
            for (int j = 0; j < cols; j++) {
                int src = offB + (col + j) * ldb;
                for (int p = 0; p < k; p++) {
                    bp[dst + p * nr + j] = b[src + p];
                }
            }
        } else {
            for (int p = 0; p < k; p++) {
                int src = offB + p * ldb + col;
                for (int j = 0; j < cols; j++) {
                    bp[dst + p * nr + j] = b[src + j];
                }
            }
        }
        for (int p = 0; p < k && cols < nr; p++) {
            java.util.Arrays.fill(bp, dst + p * nr + cols, dst + (p + 1) * nr, 0);
        }
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
