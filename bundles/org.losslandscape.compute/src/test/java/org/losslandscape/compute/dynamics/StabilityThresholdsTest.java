package org.losslandscape.compute.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.optim.StepContext;

class StabilityThresholdsTest {

    private static final double LAMBDA = 10;
    private final OptimizerRegistry registry = OptimizerRegistry.builtIns();

    /** @return |x| after {@code steps} steps of the optimizer on ½λx² from x = 1 */
    private double run(String id, Map<String, ?> hyper, double lr, int steps) {
        Quadratic q = new Quadratic(LAMBDA);
        OptimizerInstance opt = registry.require(id).create(1, hyper);
        double[] x = {1};
        double[] g = new double[1];
        StepContext ctx = StepContext.of(lr);
        for (int i = 0; i < steps && Math.abs(x[0]) < 1e12; i++) {
            q.valueAndGradient(x, g);
            opt.step(x, g, ctx);
        }
        return Math.abs(x[0]);
    }

    /** η at which the threshold equals λ: the threshold is proportional to 1/η. */
    private static double criticalLr(double thresholdAtLrOne) {
        return thresholdAtLrOne / LAMBDA;
    }

    @Test
    void gradientDescentConvergesBelowAndDivergesAbove2OverEta() {
        double eta = criticalLr(StabilityThresholds.gradientDescent(1));
        assertEquals(0.2, eta, 1e-15);
        assertTrue(run("sgd", Map.of(), 0.98 * eta, 5000) < 1e-6);
        assertTrue(run("sgd", Map.of(), 1.02 * eta, 5000) > 1e6);
    }

    @ParameterizedTest
    @CsvSource({"0.5", "0.9", "0.0"})
    void heavyBallThreshold(double beta) {
        double eta = criticalLr(StabilityThresholds.heavyBall(1, beta));
        Map<String, Double> h = Map.of("momentum", beta);
        assertTrue(run("momentum", h, 0.98 * eta, 20000) < 1e-6);
        assertTrue(run("momentum", h, 1.02 * eta, 20000) > 1e6);
    }

    @ParameterizedTest
    @CsvSource({"0.5", "0.9"})
    void nesterovThreshold(double beta) {
        double eta = criticalLr(StabilityThresholds.nesterov(1, beta));
        Map<String, Double> h = Map.of("momentum", beta);
        assertTrue(run("nesterov", h, 0.98 * eta, 20000) < 1e-6);
        assertTrue(run("nesterov", h, 1.02 * eta, 20000) > 1e6);
    }

    @Test
    void optimizersDeclareTheirThresholds() {
        assertEquals(2 / 0.1, declared("sgd", 0.1, Map.of()), 1e-12);
        assertEquals(3.8 / 0.1, declared("momentum", 0.1, Map.of()), 1e-12);
        assertEquals(3.8 / (0.1 * 2.8), declared("nesterov", 0.1, Map.of()), 1e-12);
        assertEquals(38 / 0.001, declared("adam", 0.001, Map.of("beta1", 0.9)), 1e-6);
        assertEquals(38 / 0.001, declared("adamw", 0.001, Map.of()), 1e-6);
        assertEquals(2 / 0.01, declared("rmsprop", 0.01, Map.of()), 1e-12);
        assertEquals(3 / 0.01, declared("rmsprop", 0.01, Map.of("momentum", 0.5)), 1e-12);
        assertEquals(2 / 0.01, declared("adagrad", 0.01, Map.of()), 1e-12);
        assertTrue(Double.isNaN(declared("sam", 0.1, Map.of("rho", 0.05))), "SAM's edge needs the gradient norm");
        assertTrue(((StabilityAware) registry.require("sam")).stabilityThreshold(0.1, registry.require("sam")
                .resolve(Map.of("rho", 0.05)), 1.0) < 2 / 0.1, "and lies below its base's");
        assertFalse(((StabilityAware) registry.require("sgd")).preconditioned());
        assertTrue(((StabilityAware) registry.require("rmsprop")).preconditioned());
        assertThrows(IllegalArgumentException.class, () -> StabilityThresholds.heavyBall(0.1, 1));
    }

    private double declared(String id, double lr, Map<String, ?> raw) {
        Optimizer o = registry.require(id);
        return ((StabilityAware) o).stabilityThreshold(lr, o.resolve(raw));
    }

    @Test
    void rmspropPreconditionerIsTheRootOfItsSquareAverage() {
        Optimizer rmsprop = registry.require("rmsprop");
        HyperParameterValues values = rmsprop.resolve(Map.of("lr", 0.01, "alpha", 0.5, "eps", 0.25));
        OptimizerInstance instance = rmsprop.create(2, values);
        instance.step(new double[] {1, 1}, new double[] {2, -4}, StepContext.of(0.01));
        double[] p = ((StabilityAware) rmsprop).preconditioner(instance, values);
        assertArrayEquals(new double[] {Math.sqrt(2) + 0.25, Math.sqrt(8) + 0.25}, p, 1e-15);
    }

    @Test
    void adamPreconditionedSharpnessFromState() {
        OptimizerInstance adam = registry.require("adam").create(2, Map.of("lr", 0.01));
        Quadratic q = new Quadratic(100, 1);
        double[] x = {1, 1};
        double[] g = new double[2];
        for (int i = 0; i < 3; i++) {
            q.valueAndGradient(x, g);
            adam.step(x, g, StepContext.of(0.01));
        }
        double[] p = StabilityThresholds.adamPreconditioner(adam.state(), 0.999, 1e-8);
        // for a diagonal H the preconditioned spectrum is λᵢ / pᵢ
        double expected = Math.max(100 / p[0], 1 / p[1]);
        TopEigenpair top = WarmStartLanczos.top(StabilityThresholds.preconditioned(q, p), x, null, 10, 1e-12, 1);
        assertEquals(expected, top.value(), 1e-9 * expected);
        assertThrows(IllegalArgumentException.class, () -> StabilityThresholds.adamPreconditioner(
                registry.require("adam").create(2, Map.of()).state(), 0.999, 1e-8));
    }
}
