package org.losslandscape.compute.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GradientClippingTest {

    @Test
    void clipByNormScalesOnlyAboveTheLimit() {
        double[] g = {3, 4};
        assertEquals(5, GradientClipping.clipByNorm(g, 1));
        assertArrayEquals(new double[] {0.6, 0.8}, g, 1e-15);

        double[] h = {3, 4};
        assertEquals(5, GradientClipping.clipByNorm(h, 10));
        assertArrayEquals(new double[] {3, 4}, h, 0);
        assertEquals(5, GradientClipping.clipByNorm(h, 5));
        assertArrayEquals(new double[] {3, 4}, h, 0);
    }

    @Test
    void clipByNormLeavesNonFiniteGradientsForTheCaller() {
        double[] g = {Double.NaN, 1};
        assertEquals(Double.NaN, GradientClipping.clipByNorm(g, 1));
        assertArrayEquals(new double[] {Double.NaN, 1}, g, 0);
        assertThrows(IllegalArgumentException.class, () -> GradientClipping.clipByNorm(g, 0));
    }

    @Test
    void clipByValueClampsComponents() {
        double[] g = {-3, 0.5, 2, 1};
        assertEquals(2, GradientClipping.clipByValue(g, 1));
        assertArrayEquals(new double[] {-1, 0.5, 1, 1}, g, 0);
        assertThrows(IllegalArgumentException.class, () -> GradientClipping.clipByValue(g, -1));
    }
}
