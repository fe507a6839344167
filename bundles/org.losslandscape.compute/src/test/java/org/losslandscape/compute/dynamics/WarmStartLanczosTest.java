package org.losslandscape.compute.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmStartLanczosTest {

    @Test
    void findsTopOfKnownSpectrum() {
        double[] lambda = new double[50];
        for (int i = 0; i < lambda.length; i++) {
            lambda[i] = -5 + 0.3 * i;
        }
        lambda[17] = 40;
        Quadratic q = new Quadratic(lambda);
        TopEigenpair top = WarmStartLanczos.top(q, new double[50], null, 50, 1e-10, 3);
        assertEquals(40, top.value(), 1e-8);
        assertEquals(1, Math.abs(top.vector()[17]), 1e-6);
        assertTrue(top.residual() <= 1e-8 * 40);
    }

    @Test
    void warmStartFromTheEigenvectorNeedsOneProduct() {
        Quadratic q = new Quadratic(1, 2, 7, 3);
        TopEigenpair cold = WarmStartLanczos.top(q, new double[4], null, 4, 1e-12, 0);
        TopEigenpair warm = WarmStartLanczos.top(q, new double[4], cold.vector(), 4, 1e-10, 0);
        assertEquals(7, warm.value(), 1e-10);
        assertEquals(1, warm.products());
        assertThrows(IllegalArgumentException.class, () -> WarmStartLanczos.top(q, new double[4], new double[4], 4,
                1e-10, 0));
    }
}
