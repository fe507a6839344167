package org.losslandscape.optim.lion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.optim.StepContext;

class LionOptimizerTest {

    @Test
    void stepsFollowAlgorithmTwoOfThePaper() {
        OptimizerInstance lion = new LionOptimizer().create(3,
                Map.of("lr", 0.1, "beta1", 0.5, "beta2", 0.75, "weight_decay", 0.2));
        double[] theta = {1, -2, 0.5};
        lion.step(theta, new double[] {3, 0, -1}, StepContext.of(0.1));
        // c = 0.5 g (m = 0); theta = theta (1 - 0.1 * 0.2) - 0.1 sign(c); m = 0.25 g
        double[] expected = {1 * 0.98 - 0.1, -2 * 0.98, 0.5 * 0.98 + 0.1};
        assertArrayEquals(expected, theta, 1e-15);
        assertArrayEquals(new double[] {0.75, 0, -0.25}, lion.state().get("m"), 1e-15);
        // Second step: c = 0.5 m + 0.5 g with g = (-3, 1, -1): (-1.125, 0.5, -0.625).
        lion.step(theta, new double[] {-3, 1, -1}, StepContext.of(0.1));
        double[] second = {expected[0] * 0.98 + 0.1, expected[1] * 0.98 - 0.1, expected[2] * 0.98 + 0.1};
        assertArrayEquals(second, theta, 1e-15);
        assertArrayEquals(new double[] {0.75 * 0.75 - 0.75, 0.25, -0.25 * 0.75 - 0.25}, lion.state().get("m"),
                1e-15);
    }

    @Test
    void foundByTheServiceLoaderAndDeclaresNoStabilityThreshold() {
        var lion = OptimizerRegistry.fromServiceLoader().require("lion");
        assertTrue(lion instanceof LionOptimizer);
        assertFalse(lion instanceof StabilityAware, "a sign update has no sharpness threshold");
    }
}
