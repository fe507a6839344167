package org.losslandscape.compute.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A 4-row × 2-vector register tile (eight accumulators, fused multiply-add) with the Vector API: the shape
 * that reaches most of the float64 peak here (see BUILD-NOTES, "The Vector API"). Loaded only when the
 * {@code jdk.incubator.vector} module is present.
 */
final class VectorMicroKernel implements MicroKernel {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public int mr() {
        return 4;
    }

    @Override
    public int nr() {
        return 2 * L;
    }

    @Override
    public String name() {
        return "vector 4×" + (2 * L) + " (" + S.vectorBitSize() + "-bit)";
    }

    @Override
    public void tile(int kc, double[] ap, int offA, double[] bp, int offB, double[] c, int offC, int ldc, int rows,
            int cols, boolean add) {
        DoubleVector c00 = DoubleVector.zero(S);
        DoubleVector c01 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        int a = offA;
        int b = offB;
        for (int p = 0; p < kc; p++, a += 4, b += 2 * L) {
            DoubleVector b0 = DoubleVector.fromArray(S, bp, b);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, b + L);
            DoubleVector a0 = DoubleVector.broadcast(S, ap[a]);
            c00 = a0.fma(b0, c00);
            c01 = a0.fma(b1, c01);
            DoubleVector a1 = DoubleVector.broadcast(S, ap[a + 1]);
            c10 = a1.fma(b0, c10);
            c11 = a1.fma(b1, c11);
            DoubleVector a2 = DoubleVector.broadcast(S, ap[a + 2]);
            c20 = a2.fma(b0, c20);
            c21 = a2.fma(b1, c21);
            DoubleVector a3 = DoubleVector.broadcast(S, ap[a + 3]);
            c30 = a3.fma(b0, c30);
            c31 = a3.fma(b1, c31);
        }
        if (rows == 4 && cols == 2 * L) {
            store(c, offC, c00, c01, add);
            store(c, offC + ldc, c10, c11, add);
            store(c, offC + 2 * ldc, c20, c21, add);
            store(c, offC + 3 * ldc, c30, c31, add);
            return;
        }
        double[] t = new double[8 * L];
        c00.intoArray(t, 0);
        c01.intoArray(t, L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
        for (int r = 0; r < rows; r++) {
            int o = offC + r * ldc;
            for (int j = 0; j < cols; j++) {
                double v = t[r * 2 * L + j];
                c[o + j] = add ? c[o + j] + v : v;
            }
        }
    }

    private static void store(double[] c, int o, DoubleVector v0, DoubleVector v1, boolean add) {
        if (add) {
            v0 = v0.add(DoubleVector.fromArray(S, c, o));
            v1 = v1.add(DoubleVector.fromArray(S, c, o + L));
        }
        v0.intoArray(c, o);
        v1.intoArray(c, o + L);
    }
}
