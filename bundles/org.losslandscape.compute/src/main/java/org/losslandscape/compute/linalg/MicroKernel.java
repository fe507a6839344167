package org.losslandscape.compute.linalg;

/**
 * The innermost tile of {@link Gemm}: {@code C[rows×cols] (+)= A·B} over a depth of {@code kc}, with A read in
 * place through strides and B read as {@code nr} contiguous values per step. The vector kernel needs the
 * incubating {@code jdk.incubator.vector} module; without it the scalar kernel of the same contract runs.
 * <p>
 * Each element is accumulated from zero by fused multiply-adds in increasing p and then stored or added to C,
 * so the result of a tile does not depend on where it sits in the matrix.
 */
interface MicroKernel {

    /** @return rows of a tile */
    int mr();

    /** @return columns of a tile */
    int nr();

    /** @return a description for logs and benchmarks */
    String name();

    /**
     * Computes one tile.
     *
     * @param a A(r, p) is {@code a[offA + r·rowStride + p·depthStride]}; rows {@code ≥ rows} are not read
     * @param b B(p, j) is {@code b[offB + p·ldb + j]} for {@code j < nr} (all nr readable, even past cols)
     * @param c written: rows {@code [0, rows)} and columns {@code [0, cols)} of the tile at {@code offC}
     * @param add add to C instead of overwriting
     */
    void tile(int kc, double[] a, int offA, int rowStride, int depthStride, double[] b, int offB, int ldb,
            double[] c, int offC, int ldc, int rows, int cols, boolean add);

    /** @return the vector kernel when the module is present and the species is wide enough, else scalar */
    static MicroKernel best() {
        if (!Boolean.getBoolean("landscape.scalar")
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                MicroKernel k = (MicroKernel) Class.forName("org.losslandscape.compute.linalg.VectorMicroKernel")
                        .getDeclaredConstructor().newInstance();
                if (k.nr() >= 4) {
                    return k;
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // the module is there but the class cannot be used: fall back
            }
        }
        return new ScalarMicroKernel();
    }
}
