package org.losslandscape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VariantComparisonTest {

    @Test
    void theDoubleDescentPeakIsTheHighestPointAfterTheFirstMinimum() {
        // the measured curve of the double-descent template: higher at the start than at the peak
        double[] validation = {0.926, 0.744, 0.398, 0.720, 0.688, 0.755, 0.580, 0.484, 0.347, 0.283, 0.251, 0.240,
            0.238, 0.240};
        assertEquals(5, VariantComparison.interiorPeak(validation));
        assertEquals(-1, VariantComparison.interiorPeak(new double[] {3, 2, 1, 0.5}), "monotone: no peak");
        assertEquals(-1, VariantComparison.interiorPeak(new double[] {3, 1, 2, 4}), "rising at the end: no peak");
        assertEquals(2, VariantComparison.interiorPeak(new double[] {1, 0.5, 2, 1}));
        assertEquals(-1, VariantComparison.interiorPeak(new double[0]));
    }
}
