package org.losslandscape.compute.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.builtin.MomentumOptimizer;
import org.losslandscape.compute.optim.builtin.NesterovOptimizer;
import org.losslandscape.compute.optim.builtin.SgdOptimizer;

/** Hand-computed updates of SGD, heavy-ball momentum and Nesterov (PyTorch formulas). */
class SgdFamilyTest {

    private static final double TOL = 1e-12;

    private static void step(OptimizerInstance o, double[] theta, double lr, double... g) {
        o.step(theta, g, StepContext.of(lr));
    }

    @Test
    void sgdStepsAlongTheNegativeGradient() {
        OptimizerInstance o = new SgdOptimizer().create(2, Map.of());
        double[] theta = {1, -2};
        step(o, theta, 0.1, 0.5, 1);
        // (1 - 0.1*0.5, -2 - 0.1*1)
        assertArrayEquals(new double[] {0.95, -2.1}, theta, TOL);
        step(o, theta, 0.1, -1, 2);
        // (0.95 + 0.1, -2.1 - 0.2)
        assertArrayEquals(new double[] {1.05, -2.3}, theta, TOL);
        assertEquals(2, o.steps());
    }

    @Test
    void sgdCoupledWeightDecayIsAddedToTheGradient() {
        OptimizerInstance o = new SgdOptimizer().create(2, Map.of("weight_decay", 0.5));
        double[] theta = {1, -2};
        double[] g = {0.5, 1};
        o.step(theta, g, StepContext.of(0.1));
        // g' = g + 0.5*theta = (1, 0); theta = (1 - 0.1, -2 - 0)
        assertArrayEquals(new double[] {1, 0}, g, TOL, "coupled decay overwrites the gradient");
        assertArrayEquals(new double[] {0.9, -2}, theta, TOL);
    }

    @Test
    void sgdDecoupledWeightDecayShrinksParametersSeparately() {
        OptimizerInstance o = new SgdOptimizer().create(2, Map.of("weight_decay", 0.5,
                "decoupled_weight_decay", "true"));
        double[] theta = {1, -2};
        double[] g = {0.5, 1};
        o.step(theta, g, StepContext.of(0.1));
        // theta *= 1 - 0.1*0.5 -> (0.95, -1.9); theta -= 0.1*g -> (0.9, -2.0)
        assertArrayEquals(new double[] {0.5, 1}, g, 0, "decoupled decay leaves the gradient alone");
        assertArrayEquals(new double[] {0.9, -2}, theta, TOL);
    }

    @Test
    void momentumAccumulatesTheHeavyBallBuffer() {
        OptimizerInstance o = new MomentumOptimizer().create(2, Map.of("momentum", 0.9));
        double[] theta = {1, -2};
        step(o, theta, 0.1, 0.5, 1);
        // v = (0.5, 1); theta = (1 - 0.05, -2 - 0.1)
        assertArrayEquals(new double[] {0.95, -2.1}, theta, TOL);
        step(o, theta, 0.1, -1, 2);
        // v = 0.9*(0.5, 1) + (-1, 2) = (-0.55, 2.9); theta = (0.95 + 0.055, -2.1 - 0.29)
        assertArrayEquals(new double[] {1.005, -2.39}, theta, TOL);
        step(o, theta, 0.1, 0, 0);
        // v = 0.9*(-0.55, 2.9) = (-0.495, 2.61); theta = (1.005 + 0.0495, -2.39 - 0.261)
        assertArrayEquals(new double[] {1.0545, -2.651}, theta, TOL);
        assertArrayEquals(new double[] {-0.495, 2.61}, o.state().get("momentum_buffer"), TOL);
    }

    @Test
    void momentumCoupledAndDecoupledWeightDecayDiffer() {
        OptimizerInstance coupled = new MomentumOptimizer().create(1, Map.of("momentum", 0.9, "weight_decay", 0.5));
        double[] a = {2};
        step(coupled, a, 0.1, 1);
        // g' = 1 + 0.5*2 = 2; v = 2; theta = 2 - 0.2
        assertEquals(1.8, a[0], TOL);
        step(coupled, a, 0.1, 1);
        // g' = 1 + 0.5*1.8 = 1.9; v = 0.9*2 + 1.9 = 3.7; theta = 1.8 - 0.37
        assertEquals(1.43, a[0], TOL);

        OptimizerInstance decoupled = new MomentumOptimizer().create(1, Map.of("momentum", 0.9,
                "weight_decay", 0.5, "decoupled_weight_decay", true));
        double[] b = {2};
        step(decoupled, b, 0.1, 1);
        // theta = 2*(1 - 0.05) = 1.9; v = 1; theta = 1.9 - 0.1
        assertEquals(1.8, b[0], TOL);
        step(decoupled, b, 0.1, 1);
        // theta = 1.8*0.95 = 1.71; v = 0.9*1 + 1 = 1.9; theta = 1.71 - 0.19
        assertEquals(1.52, b[0], TOL);
    }

    @Test
    void nesterovLooksAhead() {
        OptimizerInstance o = new NesterovOptimizer().create(2, Map.of("momentum", 0.9));
        double[] theta = {1, -2};
        step(o, theta, 0.1, 0.5, 1);
        // v = (0.5, 1); d = g + 0.9*v = (0.95, 1.9); theta = (1 - 0.095, -2 - 0.19)
        assertArrayEquals(new double[] {0.905, -2.19}, theta, TOL);
        step(o, theta, 0.1, -1, 2);
        // v = 0.9*(0.5, 1) + (-1, 2) = (-0.55, 2.9); d = (-1 - 0.495, 2 + 2.61) = (-1.495, 4.61)
        // theta = (0.905 + 0.1495, -2.19 - 0.461)
        assertArrayEquals(new double[] {1.0545, -2.651}, theta, TOL);
    }

    @Test
    void nesterovWeightDecayCoupledVersusDecoupled() {
        OptimizerInstance coupled = new NesterovOptimizer().create(1, Map.of("weight_decay", 0.5));
        double[] a = {2};
        step(coupled, a, 0.1, 1);
        // g' = 1 + 1 = 2; v = 2; d = 2 + 0.9*2 = 3.8; theta = 2 - 0.38
        assertEquals(1.62, a[0], TOL);

        OptimizerInstance decoupled = new NesterovOptimizer().create(1, Map.of("weight_decay", 0.5,
                "decoupled_weight_decay", true));
        double[] b = {2};
        step(decoupled, b, 0.1, 1);
        // theta = 2*0.95 = 1.9; v = 1; d = 1 + 0.9 = 1.9; theta = 1.9 - 0.19
        assertEquals(1.71, b[0], TOL);
    }

    @Test
    void nesterovRejectsZeroMomentum() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NesterovOptimizer().create(1, Map.of("momentum", 0)));
        assertEquals("momentum = 0 is out of range (0, 1)", e.getMessage());
    }
}
