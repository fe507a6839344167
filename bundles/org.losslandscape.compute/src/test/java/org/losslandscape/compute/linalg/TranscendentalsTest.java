package org.losslandscape.compute.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class TranscendentalsTest {

    /** Wide range: tiny, subnormal, around the series limit, the cap, huge, infinite, ±0, NaN. */
    private static double[] probes() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, -1e-200, 1e-17,
            -1e-9, 1e-5, 0.1732, 0.17328679513998632, Math.nextUp(0.17328679513998632), -0.17328679513998632, 0.5, -1,
            3, 19.06, 20, -20, 21, 36, 355, -710, 1e300, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        double[] x = new double[special.length + 300_000];
        System.arraycopy(special, 0, x, 0, special.length);
        for (int i = special.length; i < x.length; i++) {
            x[i] = switch (i % 3) {
                case 0 -> -25 + 50 * rng.nextDouble(); // the working range
                case 1 -> (rng.nextBoolean() ? 1 : -1) * Math.pow(10, -20 + 21 * rng.nextDouble()); // small |x|
                default -> -800 + 1600 * rng.nextDouble(); // saturated
            };
        }
        return x;
    }

    private static void assertClose(double want, double got, double tolerance, String what) {
        if (Double.isNaN(want) || want == 0 || Double.isInfinite(want)) {
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), what);
            return;
        }
        double relative = Math.abs(got - want) / Math.abs(want);
        assertTrue(relative <= tolerance, what + ": relative error " + relative);
    }

    @Test
    void tanhIsWithinAFewUlpsOfMathTanhKeepingSignedZerosAndNaN() {
        double[] x = probes();
        double[] y = new double[x.length];
        Transcendentals.tanh(x, y, 0, x.length);
        double worstUlps = 0;
        for (int i = 0; i < x.length; i++) {
            double want = Math.tanh(x[i]);
            assertEquals(Double.doubleToLongBits(Transcendentals.tanh(x[i])), Double.doubleToLongBits(y[i]),
                    "vector and scalar bits at x = " + x[i]);
            assertClose(want, y[i], 1e-15, "tanh(" + x[i] + ")");
            if (want != 0 && !Double.isNaN(want)) {
                worstUlps = Math.max(worstUlps, Math.abs(y[i] - want) / Math.ulp(want));
            }
        }
        assertTrue(worstUlps <= 4, "worst error " + worstUlps + " ulp");
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(Transcendentals.tanh(-0.0)));
        assertEquals(1.0, Transcendentals.tanh(1e300));
        assertEquals(-1.0, Transcendentals.tanh(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Transcendentals.tanh(Double.NaN)));
    }

    @Test
    void sigmoidIsWithinAFewUlpsFlushingOnlySubnormalResults() {
        double[] x = probes();
        double[] y = new double[x.length];
        Transcendentals.sigmoid(x, y, 0, x.length);
        for (int i = 0; i < x.length; i++) {
            double want = 1 / (1 + Math.exp(-x[i]));
            assertEquals(Double.doubleToLongBits(Transcendentals.sigmoid(x[i])), Double.doubleToLongBits(y[i]),
                    "vector and scalar bits at x = " + x[i]);
            if (x[i] < -708) {
                assertTrue(y[i] == 0 || Math.abs(y[i] - want) <= 1e-15 * want, "sigmoid(" + x[i] + ") = " + y[i]);
            } else {
                assertClose(want, y[i], 1e-14, "sigmoid(" + x[i] + ")");
            }
        }
        assertEquals(0.5, Transcendentals.sigmoid(0.0));
        assertEquals(0.5, Transcendentals.sigmoid(-0.0));
        assertEquals(1.0, Transcendentals.sigmoid(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Transcendentals.sigmoid(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Transcendentals.sigmoid(Double.NaN)));
    }

    @Test
    void geluMatchesAnAccurateErfcAndItsVectorPathGivesTheScalarBits() {
        double[] x = probes();
        double[] y = new double[x.length];
        Transcendentals.gelu(x, y, 0, x.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.doubleToLongBits(Transcendentals.gelu(x[i])), Double.doubleToLongBits(y[i]),
                    "vector and scalar bits at x = " + x[i]);
            if (Double.isNaN(x[i]) || Double.isInfinite(x[i]) || x[i] < -37.6) {
                continue;
            }
            double t = Math.abs(x[i]) / Math.sqrt(2);
            // erfc from commons-math (regularised Γ) is accurate in the tail, where 1 + erf cancels
            double want = x[i] >= 0 ? x[i] * (1 - 0.5 * Erf.erfc(t)) : x[i] * 0.5 * Erf.erfc(t);
            assertClose(want, y[i], x[i] >= 0 ? 2e-15 : 1e-12, "gelu(" + x[i] + ")");
        }
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(Transcendentals.gelu(-0.0)));
        assertEquals(Double.POSITIVE_INFINITY, Transcendentals.gelu(Double.POSITIVE_INFINITY));
        assertEquals(-0.0, Transcendentals.gelu(-40), 0);
        assertTrue(Double.isNaN(Transcendentals.gelu(Double.NaN)));
    }

    @Test
    void rangesTailsAndCompiledCodeGiveTheSameBits() {
        double[] probe = new double[45];
        for (int i = 0; i < probe.length; i++) {
            probe[i] = (i - 22) * 0.377;
        }
        double[] first = new double[probe.length];
        Transcendentals.tanh(probe, first, 3, 44);
        assertEquals(0.0, first[0]);
        assertEquals(0.0, first[44]);
        double[] warm = null;
        for (int round = 0; round < 20_000; round++) {
            warm = new double[probe.length];
            Transcendentals.tanh(probe, warm, 3, 44);
        }
        for (int i = 3; i < 44; i++) {
            assertEquals(Double.doubleToLongBits(first[i]), Double.doubleToLongBits(warm[i]), "at " + i);
            assertEquals(Double.doubleToLongBits(Transcendentals.tanh(probe[i])), Double.doubleToLongBits(warm[i]),
                    "scalar at " + i);
        }
        double[] inPlace = probe.clone();
        Transcendentals.tanh(inPlace, inPlace, 0, inPlace.length);
        assertEquals(Double.doubleToLongBits(first[10]), Double.doubleToLongBits(inPlace[10]));
    }
}
