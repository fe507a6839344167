package org.losslandscape.compute.linalg;

/**
 * The innermost tile of {@link Gemm}: {@code C[mr×nr] (+)= Aₛ·Bₚ} over {@code kc} from packed operands. The
 * vector kernel needs the incubating {@code jdk.incubator.vector} module; without it the scalar kernel of the
 * same contract runs.
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
     * @param ap packed A sliver, p-major ({@code mr} values per p)
     * @param bp packed B panel, p-major ({@code nr} values per p)
     * @param c written: rows {@code [0, rows)} and columns {@code [0, cols)} of the tile at {@code offC}
     * @param add add to C instead of overwriting
     */
    void tile(int kc, double[] ap, int offA, double[] bp, int offB, double[] c, int offC, int ldc, int rows,
            int cols, boolean add);

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
