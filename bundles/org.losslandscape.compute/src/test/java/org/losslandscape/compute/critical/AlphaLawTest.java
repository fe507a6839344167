package org.losslandscape.compute.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The least-squares fit of α = α₀·((ε − ε_c)/ε_c)^k recovers the law that made the data. */
class AlphaLawTest {

    private static double[] index(double[] loss, double c, double scale, double k) {
        double[] a = new double[loss.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = scale * Math.pow(Math.max(0, (loss[i] - c) / c), k);
        }
        return a;
    }

    private static final double[] LOSS = {0.05, 0.1, 0.15, 0.22, 0.3, 0.41, 0.5, 0.64, 0.8, 1.0};

    @Test
    void theThreeHalvesLawIsRecovered() {
        AlphaLaw law = AlphaLaw.fit(LOSS, index(LOSS, 0.2, 0.05, 1.5));
        assertEquals(0.2, law.criticalLoss(), 1e-6);
        assertEquals(0.05, law.scale(), 1e-6);
        assertEquals(1.5, law.exponent());
        assertEquals(0, law.rms(), 1e-8);
        assertEquals(0.05 * Math.pow(1.5, 1.5), law.at(0.5), 1e-6);
        assertEquals(0, law.at(0.1));
    }

    @Test
    void aFreeExponentIsRecovered() {
        AlphaLaw law = AlphaLaw.fitExponent(LOSS, index(LOSS, 0.12, 0.02, 2.0));
        assertEquals(2.0, law.exponent(), 1e-4);
        assertEquals(0.12, law.criticalLoss(), 1e-4);
        AlphaLaw fixed = AlphaLaw.fit(LOSS, index(LOSS, 0.12, 0.02, 2.0));
        assertEquals(1.5, fixed.exponent());
        assertEquals(true, fixed.rms() > 1e-4, "the 3/2 law does not fit data made with 2: " + fixed.rms());
    }

    @Test
    void nothingToFitWithoutSaddlesAndBadInputIsRefused() {
        assertNull(AlphaLaw.fit(new double[] {0.1, 0.2}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> AlphaLaw.fit(new double[] {0, 1}, new double[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> AlphaLaw.fit(new double[] {1}, new double[] {0, 1}));
    }
}
