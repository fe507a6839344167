package org.losslandscape.compute.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.linalg.ComputeContext;

class GradientFlowRequestTest {

    @Test
    void eachStepIsComparedWithTheFlowAtItsOwnTimes() {
        ModelState m = Requests.model(1);
        DataReference data = DataReference.of(Requests.rows(24, 3));
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            GradientFlowRequest.Comparison c = new GradientFlowRequest(m, data, new double[] {0.01, 0.04}, 1.0, 5,
                    1e-10).compute(Execution.on(threads));
            assertArrayEquals(new double[] {0.01, 0.04}, c.learningRates());
            for (int j = 0; j < 2; j++) {
                assertEquals(6, c.times()[j].length, "the start and 5 samples");
                assertEquals(0, c.distance()[j][0], "both start at the model");
                assertEquals(c.gdLoss()[j][0], c.flowLoss()[j][0]);
                assertEquals(1.0, c.times()[j][5], 1e-12);
                assertTrue(c.flowLoss()[j][5] < c.flowLoss()[j][0], "the flow descends");
            }
            double small = c.distance()[0][5];
            double large = c.distance()[1][5];
            assertTrue(small > 0 && large / small > 3 && large / small < 5, "Euler's error ∝ η: " + small + " "
                    + large);
            assertTrue(c.evaluations() > 0);
        }
    }

    @Test
    void settingsOutsideTheirRangeAreNamed() {
        ModelState m = Requests.model(1);
        DataReference data = DataReference.of(Requests.rows(4, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GradientFlowRequest(m,
                data, new double[0], 1, 5, 1e-9));
        assertTrue(e.getMessage().contains("at least one learning rate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new GradientFlowRequest(m, data, new double[] {1e-9},
                10, 5, 1e-9));
        assertTrue(e.getMessage().contains("at most 1000000 steps"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GradientFlowRequest(m, data, new double[] {0.1}, 1, 0,
                1e-9));
        assertThrows(IllegalArgumentException.class, () -> new GradientFlowRequest(m, data, new double[] {0.1}, 1, 5,
                0));
    }
}
