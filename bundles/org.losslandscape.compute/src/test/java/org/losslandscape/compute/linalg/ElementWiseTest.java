package org.losslandscape.compute.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ElementWiseTest {

    @Test
    void expIsAccurateToAFewUlpsOverTheWholeRange() {
        SplittableRandom rng = new SplittableRandom(1);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = -700 + 1400 * rng.nextDouble();
            double want = Math.exp(x);
            double ulps = Math.abs(ElementWise.exp(x) - want) / Math.ulp(want);
            worst = Math.max(worst, ulps);
        }
        assertTrue(worst <= 4, "worst error " + worst + " ulp");
        assertEquals(1.0, ElementWise.exp(0.0));
        assertEquals(0.0, ElementWise.exp(-1000));
        assertEquals(Double.POSITIVE_INFINITY, ElementWise.exp(1000));
    }

    @Test
    void theVectorPathGivesTheScalarPathsBitsAndTheRightSum() {
        SplittableRandom rng = new SplittableRandom(2);
        double[] x = new double[1003];
        for (int i = 0; i < x.length; i++) {
            x[i] = -30 * rng.nextDouble();
        }
        double[] y = x.clone();
        double sum = ElementWise.expShiftedSum(y, 1, 1000, -0.5);
        double plain = 0;
        for (int i = 1; i < 1000; i++) {
            assertEquals(Double.doubleToLongBits(ElementWise.exp(x[i] + 0.5)), Double.doubleToLongBits(y[i]), "at " + i);
            plain += y[i];
        }
        assertEquals(x[0], y[0]);
        assertEquals(x[1000], y[1000]);
        assertEquals(plain, sum, 1e-12 * plain);
    }

    @Test
    void resultsDoNotChangeOnceTheJitHasCompiledTheKernel() {
        double[] probe = new double[37];
        for (int i = 0; i < probe.length; i++) {
            probe[i] = -i * 0.731;
        }
        double[] first = probe.clone();
        ElementWise.expShiftedSum(first, 0, first.length, 0);
        double[] warm = null;
        for (int round = 0; round < 20_000; round++) {
            warm = probe.clone();
            ElementWise.expShiftedSum(warm, 0, warm.length, 0);
        }
        for (int i = 0; i < probe.length; i++) {
            assertEquals(Double.doubleToLongBits(first[i]), Double.doubleToLongBits(warm[i]), "at " + i);
        }
    }

    @Test
    void quadraticKernelsGiveTheScalarLoopsBits() {
        SplittableRandom rng = new SplittableRandom(3);
        ElementWise.Scalar scalar = new ElementWise.Scalar();
        for (int len : new int[] {1, 7, 8, 97, 200}) {
            double[] a = gaussian(rng, len + 5);
            double[] v = gaussian(rng, len + 5);
            double[][] p = {gaussian(rng, len + 3), gaussian(rng, len + 3), gaussian(rng, len + 3)};
            double[][] q = {p[0].clone(), p[1].clone(), p[2].clone()};
            double[] old = p[1].clone();
            ElementWise.addQuadraticRankOne(0.7, -1.3, a, v, 5, p[0], p[1], p[2], 3, len);
            scalar.addQuadraticRankOne(0.7, -1.3, a, v, 5, q[0], q[1], q[2], 3, len);
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(q[c], p[c], 0, "coefficient " + c + ", length " + len);
            }
            for (int k = 0; k < len; k++) { // p1 = (old p1 + ca·v) + cv·a, each rounded once
                assertEquals(Math.fma(-1.3, a[5 + k], Math.fma(0.7, v[5 + k], old[3 + k])), p[1][3 + k], 0);
            }
            double[] out = new double[len];
            double[] outScalar = new double[len];
            double max = ElementWise.quadraticAt(-0.37, p[0], p[1], p[2], 3, out, len);
            double maxScalar = scalar.quadraticAt(-0.37, p[0], p[1], p[2], 3, outScalar, len);
            assertArrayEquals(outScalar, out, 0);
            assertEquals(maxScalar, max, 0);
            double want = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < len; k++) {
                double t = -0.37;
                assertEquals(p[0][3 + k] + t * p[1][3 + k] + t * t * p[2][3 + k], out[k], 1e-12);
                want = Math.max(want, out[k]);
            }
            assertEquals(want, max, 0);
        }
    }

    private static double[] gaussian(SplittableRandom rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
        }
        return x;
    }
}
