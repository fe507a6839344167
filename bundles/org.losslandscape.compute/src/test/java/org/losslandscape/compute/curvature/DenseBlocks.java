package org.losslandscape.compute.curvature;

/** Dense-matrix helpers of the curvature tests: diagonal blocks and entry-wise distances. */
public final class DenseBlocks {

    private DenseBlocks() {
    }

    /** @return the largest |a[i][j] − b[i][j]| of two square matrices of one size */
    public static double maxAbsDifference(double[][] a, double[][] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return d;
    }

    /** @return the diagonal block of {@code size} rows and columns from {@code from} */
    public static double[][] submatrix(double[][] h, int from, int size) {
        double[][] s = new double[size][size];
        for (int i = 0; i < size; i++) {
            System.arraycopy(h[from + i], from, s[i], 0, size);
        }
        return s;
    }
}
