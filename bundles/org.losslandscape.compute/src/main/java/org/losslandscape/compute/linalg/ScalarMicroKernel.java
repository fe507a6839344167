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
    public void tile(int kc, double[] a, int offA, int rowStride, int depthStride, double[] b, int offB, int ldb,
            double[] c, int offC, int ldc, int rows, int cols, boolean add) {
        double[] acc = new double[32];
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < kc; p++) {
                double av = a[offA + r * rowStride + p * depthStride];
                int bo = offB + p * ldb;
                for (int j = 0; j < 8; j++) {
                    acc[r * 8 + j] = Math.fma(av, b[bo + j], acc[r * 8 + j]);
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
