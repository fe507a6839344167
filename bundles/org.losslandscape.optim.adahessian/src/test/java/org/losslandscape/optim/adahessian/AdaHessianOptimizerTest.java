package org.losslandscape.optim.adahessian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.objective.CurvatureObjective;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.optim.StepContext;
import org.losslandscape.optim.contract.ContractQuadratic;

class AdaHessianOptimizerTest {

    /** f(x) = ½ xᵀ H x with H = [[2, 1], [1, 3]]: the Hutchinson estimate is not the diagonal for every z. */
    private static final CurvatureObjective COUPLED = new CurvatureObjective() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
            hessianVectorProduct(x, x, g);
            return 0.5 * (x[0] * g[0] + x[1] * g[1]);
        }

        @Override
        public void hessianVectorProduct(double[] params, double[] v, double[] out) {
            out[0] = 2 * v[0] + v[1];
            out[1] = v[0] + 3 * v[1];
        }
    };

    @Test
    void firstStepOnADiagonalHessianIsANewtonStep() {
        // D = z ⊙ (a ⊙ z) = a exactly, so v̂ = a² and the step is lr * g / (a + eps) + lr * wd * θ.
        ContractQuadratic f = new ContractQuadratic(1, 4, 10);
        double[] theta = {1, -1, 0.5};
        double[] g = new double[3];
        f.valueAndGradient(theta, g);
        OptimizerInstance o = new AdaHessianOptimizer().create(3, Map.of("lr", 0.5, "weight_decay", 0.1));
        o.step(theta, g, new StepContext(0.5, f));
        double eps = 1e-4;
        double[] expected = {1 - 0.5 * (1 / (1 + eps) + 0.1), -1 - 0.5 * (-4 / (4 + eps) - 0.1),
            0.5 - 0.5 * (5 / (10 + eps) + 0.05)};
        assertArrayEquals(expected, theta, 1e-14);
        assertArrayEquals(new double[] {0.001, 0.016, 0.1}, o.state().get("v"), 1e-15);
    }

    @Test
    void curvatureComesFromTheContextsHessianVectorProducts() {
        double[] z = new double[2];
        AdaHessianOptimizer.rademacher(7, 1, z);
        double cross = z[0] * z[1];
        OptimizerInstance o = new AdaHessianOptimizer().create(2, Map.of("seed", 7));
        double[] theta = {1, 1};
        double[] g = new double[2];
        COUPLED.valueAndGradient(theta, g);
        o.step(theta, g, new StepContext(0.1, COUPLED));
        double d0 = 2 + cross;
        double d1 = 3 + cross;
        assertArrayEquals(new double[] {0.001 * d0 * d0, 0.001 * d1 * d1}, o.state().get("v"), 1e-15);
    }

    @Test
    void probesDependOnSeedAndStepOnly() {
        double[] a = new double[64];
        double[] b = new double[64];
        AdaHessianOptimizer.rademacher(3, 5, a);
        AdaHessianOptimizer.rademacher(3, 5, b);
        assertArrayEquals(a, b);
        AdaHessianOptimizer.rademacher(3, 6, b);
        assertTrue(!java.util.Arrays.equals(a, b), "another step draws another probe");
        for (double x : a) {
            assertEquals(1, Math.abs(x));
        }
    }

    @Test
    void withoutHessianVectorProductsTheStepSaysWhatIsMissing() {
        OptimizerInstance o = new AdaHessianOptimizer().create(2, Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> o.step(new double[2], new double[2], StepContext.of(0.1)));
        assertTrue(e.getMessage().contains("'adahessian'") && e.getMessage().contains("Hessian-vector"),
                e.getMessage());
    }

    @Test
    void foundByTheServiceLoaderAndDeclaresAdamsThreshold() {
        var optimizer = OptimizerRegistry.fromServiceLoader().require("adahessian");
        StabilityAware stability = (StabilityAware) optimizer;
        assertEquals(38 / 0.1, stability.stabilityThreshold(0.1, optimizer.resolve(Map.of())), 1e-9);
        assertTrue(stability.preconditioned());
    }
}
