package org.losslandscape.compute.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.OptimizerRegistry;

class TrajectoriesTest {

    private final OptimizerRegistry registry = OptimizerRegistry.builtIns();

    @Test
    void pathStartsAtTheStartAndHasOnePointPerStep() {
        ToySurface s = ToySurface.quadraticBowl(10);
        Trajectory t = Trajectories.run(s, registry.require("sgd"), 1.5, 1, 50, 0.05);
        assertEquals(51, t.length());
        assertEquals(1.5, t.x()[0]);
        assertEquals(1, t.y()[0]);
        assertEquals(s.value(1.5, 1), t.loss()[0]);
        // one GD step by hand
        assertEquals(1.5 - 0.05 * 1.5, t.x()[1], 1e-15);
        assertEquals(1 - 0.05 * 10, t.y()[1], 1e-15);
        assertTrue(t.lastLoss() < 1e-2);
    }

    @Test
    void seededNoiseIsReproducible() {
        ToySurface s = ToySurface.rosenbrock();
        Trajectory a = Trajectories.run(s, registry, "adam", Map.of(), -1, 2, 100, 0.01, 0.1, 5);
        Trajectory b = Trajectories.run(s, registry, "adam", Map.of(), -1, 2, 100, 0.01, 0.1, 5);
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
    }

    @Test
    void divergentRunIsCutAtTheLastFinitePoint() {
        Trajectory t = Trajectories.run(ToySurface.saddle(), registry.require("sgd"), 0.1, 1, 5000, 0.5);
        assertTrue(t.length() < 5001);
        assertTrue(Double.isFinite(t.lastY()));
    }

    /** The wide shallow well traps gradient descent; heavy-ball momentum (same lr) carries over the barrier. */
    @ParameterizedTest
    @CsvSource({"-5, 0", "-6, 0", "-5.5, 0"})
    void momentumEscapesTheDeceptiveLocalMinimum(double x0, double y0) {
        ToySurface s = ToySurface.deceptiveWells();
        double lr = 0.05;
        Trajectory gd = Trajectories.run(s, registry, "sgd", Map.of(), x0, y0, 5000, lr, 0, 0);
        Trajectory hb = Trajectories.run(s, registry, "momentum", Map.of("momentum", 0.95), x0, y0, 5000, lr, 0,
                0);
        assertEquals(-1.362459, gd.lastX(), 1e-4, "GD stops in the wide local minimum");
        assertEquals(0, gd.lastY(), 1e-4);
        assertEquals(1.491751, hb.lastX(), 1e-4, "momentum reaches the narrow global minimum");
        assertEquals(0, hb.lastY(), 1e-4);
        assertTrue(hb.lastLoss() < gd.lastLoss() - 0.9);
    }

    /** GD started on the stable manifold y = 0 of x² − y² converges to the saddle; small noise lets it escape. */
    @Test
    void noiseEscapesTheSaddleThatExactGradientDescentConvergesTo() {
        ToySurface s = ToySurface.saddle();
        Trajectory exact = Trajectories.run(s, registry, "sgd", Map.of(), 1, 0, 200, 0.05, 0, 0);
        assertEquals(0, exact.lastX(), 1e-8);
        assertEquals(0, exact.lastY(), 0);
        Trajectory noisy = Trajectories.run(s, registry, "sgd", Map.of(), 1, 0, 200, 0.05, 1e-3, 42);
        assertTrue(Math.abs(noisy.lastY()) > 1, "noise pushes y off the stable manifold: " + noisy.lastY());
        assertTrue(noisy.lastLoss() < -1);
    }
}
