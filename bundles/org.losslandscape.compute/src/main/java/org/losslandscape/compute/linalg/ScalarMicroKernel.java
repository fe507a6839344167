package org.losslandscape.compute.linalg;

/** A 4×8 register tile in plain Java: the fallback when the Vector API is absent. */
final class ScalarMicroKernel implements MicroKernel {

    @Override
    public int mr() {
        return 4;
    }

    @Override
    public int nr() {
        return 8;
    }

    @Override
    public String name() {
        return "scalar 4×8";
    }

    @Override
    public void tile(int kc, double[] ap, int offA, double[] bp, int offB, double[] c, int offC, int ldc, int rows,
            int cols, boolean add) {
        double[] acc = new double[32];
        for (int p = 0; p < kc; p++) {
            int a = offA + p * 4;
            int b = offB + p * 8;
            for (int r = 0; r < 4; r++) {
                double av = ap[a + r];
                for (int j = 0; j < 8; j++) {
                    acc[r * 8 + j] = Math.fma(av, bp[b + j], acc[r * 8 + j]);
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int o = offC + r * ldc;
            for (int j = 0; j < cols; j++) {
                c[o + j] = add ? c[o + j] + acc[r * 8 + j] : acc[r * 8 + j];
            }
        }
    }
}
