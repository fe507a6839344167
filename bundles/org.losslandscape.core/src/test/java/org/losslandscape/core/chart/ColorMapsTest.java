package org.losslandscape.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorMapsTest {

    @Test
    void viridisEndpoints() {
        assertEquals(0x440154, ColorMaps.rgb(ColorMaps.VIRIDIS, 0));
        assertEquals(0xFDE725, ColorMaps.rgb(ColorMaps.VIRIDIS, 1));
        assertEquals(0x440154, ColorMaps.rgb(ColorMaps.VIRIDIS, -3), "clamped below");
        assertEquals(0xFDE725, ColorMaps.rgb(ColorMaps.VIRIDIS, 7), "clamped above");
    }

    @Test
    void divergingMapIsBlueGreyRed() {
        int low = ColorMaps.rgb(ColorMaps.COOLWARM, 0);
        int mid = ColorMaps.rgb(ColorMaps.COOLWARM, 0.5);
        int high = ColorMaps.rgb(ColorMaps.COOLWARM, 1);
        assertEquals(0x3B4CC0, low);
        assertEquals(0xDDDDDD, mid);
        assertEquals(0xB40426, high);
        assertTrue((low & 0xFF) > (low >> 16), "blue end");
        assertTrue((high >> 16) > (high & 0xFF), "red end");
    }

    @Test
    void viridisGetsBrighterAlongTheMap() {
        double previous = -1;
        for (int k = 0; k <= 100; k++) {
            int c = ColorMaps.rgb(ColorMaps.VIRIDIS, k / 100.0);
            double luminance = 0.2126 * (c >> 16 & 0xFF) + 0.7152 * (c >> 8 & 0xFF) + 0.0722 * (c & 0xFF);
            assertTrue(luminance >= previous - 1e-9, "monotone at " + k);
            previous = luminance;
        }
    }

    @Test
    void valuesThroughRanges() {
        Range r = new Range(1, 100);
        assertEquals(0.5, ColorMaps.position(10, r, true), 1e-12);
        assertEquals(ColorMaps.MISSING, ColorMaps.rgb(ColorMaps.VIRIDIS, 0, r, true));
        assertEquals(ColorMaps.MISSING, ColorMaps.rgb(ColorMaps.VIRIDIS, Double.NaN, r, false));
        assertNotEquals(ColorMaps.rgb(ColorMaps.VIRIDIS, 10, r, true), ColorMaps.rgb(ColorMaps.VIRIDIS, 10, r,
                false));
        assertThrows(IllegalArgumentException.class, () -> ColorMaps.rgb("jet", 0.5));
    }
}
