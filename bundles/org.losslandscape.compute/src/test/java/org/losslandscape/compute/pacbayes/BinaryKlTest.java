package org.losslandscape.compute.pacbayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The binary kl and its upper inverse against closed forms and each other. */
class BinaryKlTest {

    @Test
    void klHasItsKnownValues() {
        assertEquals(0, BinaryKl.kl(0.3, 0.3), 0);
        // 0.1 ln(0.1/0.2) + 0.9 ln(0.9/0.8)
        assertEquals(0.1 * Math.log(0.5) + 0.9 * Math.log(0.9 / 0.8), BinaryKl.kl(0.1, 0.2), 1e-15);
        assertEquals(0.036690014034750, BinaryKl.kl(0.1, 0.2), 1e-14);
        assertEquals(-Math.log(0.75), BinaryKl.kl(0, 0.25), 1e-15, "kl(0‖p) = −ln(1 − p)");
        assertEquals(Double.POSITIVE_INFINITY, BinaryKl.kl(0.5, 1));
        assertEquals(Math.log(2), BinaryKl.kl(1, 0.5), 1e-15);
    }

    @Test
    void theInverseOfZeroErrorIsOneMinusExpMinusC() {
        for (double c : new double[] {1e-4, 0.01, 0.3, 2}) {
            assertEquals(1 - Math.exp(-c), BinaryKl.upperInverse(0, c), 1e-14, "c = " + c);
        }
    }

    @Test
    void theInverseUndoesKl() {
        for (double q : new double[] {0.001, 0.05, 0.2, 0.5, 0.9}) {
            for (double p : new double[] {0.01, 0.1, 0.3, 0.6, 0.95, 0.999}) {
                if (p > q) {
                    assertEquals(p, BinaryKl.upperInverse(q, BinaryKl.kl(q, p)), 1e-12, q + " " + p);
                }
            }
        }
        // Pinsker: kl(q‖p) ≥ 2(p − q)², so the inverse is at most q + √(c/2)
        assertTrue(BinaryKl.upperInverse(0.2, 0.02) <= 0.2 + Math.sqrt(0.01));
    }

    @Test
    void theInverseGrowsWithTheErrorAndTheBudget() {
        double last = 0;
        for (double c : new double[] {0, 1e-3, 1e-2, 0.1, 1}) {
            double p = BinaryKl.upperInverse(0.1, c);
            assertTrue(p >= last && p >= 0.1, c + ": " + p);
            last = p;
        }
        // near p = q, kl(q‖p) ≈ (p − q)²/(2q(1 − q)) drops below rounding: the inverse is good to about 1e-8 there
        assertEquals(0.1, BinaryKl.upperInverse(0.1, 0), 1e-8);
        last = 0;
        for (double q : new double[] {0, 0.01, 0.1, 0.4, 0.8}) {
            double p = BinaryKl.upperInverse(q, 0.05);
            assertTrue(p > last, q + ": " + p);
            last = p;
        }
        assertEquals(1, BinaryKl.upperInverse(0.5, 100), 1e-15);
        assertEquals(1, BinaryKl.upperInverse(1, 0), 0);
    }

    @Test
    void ratesOutsideTheUnitIntervalAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BinaryKl.kl(-0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> BinaryKl.upperInverse(1.5, 0.1));
        assertThrows(IllegalArgumentException.class, () -> BinaryKl.upperInverse(0.1, -1));
    }
}
