package org.losslandscape.compute.linalg;

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
}
