package org.losslandscape.compute.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.builtin.AdagradOptimizer;
import org.losslandscape.compute.optim.builtin.AdamOptimizer;
import org.losslandscape.compute.optim.builtin.AdamWOptimizer;
import org.losslandscape.compute.optim.builtin.RmspropOptimizer;

/** Hand-computed updates of Adagrad, RMSprop, Adam and AdamW (PyTorch formulas). */
class AdaptiveOptimizersTest {

    private static final double TOL = 1e-12;

    private static void step(OptimizerInstance o, double[] theta, double lr, double... g) {
        o.step(theta, g, StepContext.of(lr));
    }

    @Test
    void adagradDividesByTheRootOfTheSummedSquares() {
        OptimizerInstance o = new AdagradOptimizer().create(2, Map.of());
        double eps = 1e-10;
        double[] theta = {1, -2};
        step(o, theta, 0.1, 3, -4);
        // s = (9, 16); theta -= 0.1 * g / (sqrt(s) + eps) = (1 - 0.1*3/3, -2 + 0.1*4/4) ~ (0.9, -1.9)
        assertArrayEquals(new double[] {1 - 0.1 * (3 / (3 + eps)), -2 + 0.1 * (4 / (4 + eps))}, theta, TOL);
        assertArrayEquals(new double[] {9, 16}, o.state().get("sum"), 0);
        double[] afterOne = theta.clone();
        step(o, theta, 0.1, 4, 3);
        // s = (9 + 16, 16 + 9) = (25, 25); theta -= 0.1 * (4, 3) / 5 = (0.08, 0.06) -> ~ (0.82, -1.96)
        assertArrayEquals(new double[] {afterOne[0] - 0.1 * (4 / (5 + eps)), afterOne[1] - 0.1 * (3 / (5 + eps))},
                theta, TOL);
        assertArrayEquals(new double[] {0.82, -1.96}, theta, 1e-9);
    }

    @Test
    void adagradCoupledWeightDecay() {
        OptimizerInstance o = new AdagradOptimizer().create(2, Map.of("weight_decay", 0.5));
        double[] theta = {1, -2};
        step(o, theta, 0.1, 2.5, -3);
        // g' = (2.5 + 0.5, -3 - 1) = (3, -4): same step as without decay from (3, -4)
        assertArrayEquals(new double[] {9, 16}, o.state().get("sum"), 0);
        assertArrayEquals(new double[] {0.9, -1.9}, theta, 1e-9);
    }

    @Test
    void rmspropWithoutMomentum() {
        OptimizerInstance o = new RmspropOptimizer().create(2, Map.of());
        double eps = 1e-8;
        double[] theta = {1, -2};
        step(o, theta, 0.01, 1, -2);
        // s = 0.01*g^2 = (0.01, 0.04); d = g / (sqrt(s) + eps) ~ (10, -10); theta ~ (0.9, -1.9)
        assertArrayEquals(new double[] {1 - 0.01 * (1 / (0.1 + eps)), -2 + 0.01 * (2 / (0.2 + eps))}, theta, TOL);
        double[] afterOne = theta.clone();
        step(o, theta, 0.01, 0.5, 0);
        // s = (0.99*0.01 + 0.01*0.25, 0.99*0.04) = (0.0124, 0.0396); d = (0.5 / (sqrt(0.0124) + eps), 0)
        assertArrayEquals(new double[] {0.0124, 0.0396}, o.state().get("square_avg"), TOL);
        assertArrayEquals(new double[] {afterOne[0] - 0.01 * (0.5 / (Math.sqrt(0.0124) + eps)), afterOne[1]},
                theta, TOL);
        assertArrayEquals(new double[] {0, 0}, o.state().get("momentum_buffer"), 0);
    }

    @Test
    void rmspropWithMomentum() {
        OptimizerInstance o = new RmspropOptimizer().create(2, Map.of("momentum", 0.5));
        double eps = 1e-8;
        double[] theta = {1, -2};
        step(o, theta, 0.01, 1, -2);
        double d1a = 1 / (0.1 + eps);
        double d1b = -2 / (0.2 + eps);
        // b = d1 ~ (10, -10); theta -= 0.01*b
        assertArrayEquals(new double[] {1 - 0.01 * d1a, -2 - 0.01 * d1b}, theta, TOL);
        double[] afterOne = theta.clone();
        step(o, theta, 0.01, 0.5, 0);
        // d2 = (0.5 / (sqrt(0.0124) + eps), 0); b = 0.5*b + d2 ~ (5 + 4.49, -5)
        double b2a = 0.5 * d1a + 0.5 / (Math.sqrt(0.0124) + eps);
        double b2b = 0.5 * d1b;
        assertArrayEquals(new double[] {b2a, b2b}, o.state().get("momentum_buffer"), TOL);
        assertArrayEquals(new double[] {afterOne[0] - 0.01 * b2a, afterOne[1] - 0.01 * b2b}, theta, TOL);
    }

    @Test
    void adamWithBiasCorrection() {
        OptimizerInstance o = new AdamOptimizer().create(2, Map.of());
        double eps = 1e-8;
        double[] theta = {1, -2};
        step(o, theta, 0.1, 2, -1);
        // m = 0.1*g = (0.2, -0.1); v = 0.001*g^2 = (0.004, 0.001)
        // bias corrected: m / (1 - 0.9) = g, sqrt(v / (1 - 0.999)) = |g|: the first step is lr * sign(g)
        assertArrayEquals(new double[] {0.2, -0.1}, o.state().get("m"), TOL);
        assertArrayEquals(new double[] {0.004, 0.001}, o.state().get("v"), TOL);
        assertArrayEquals(new double[] {1 - 0.1 * 2 / (2 + eps), -2 + 0.1 * 1 / (1 + eps)}, theta, TOL);
        double[] afterOne = theta.clone();

        step(o, theta, 0.1, 0, -3);
        // m = 0.9*(0.2, -0.1) + 0.1*(0, -3) = (0.18, -0.39)
        // v = 0.999*(0.004, 0.001) + 0.001*(0, 9) = (0.003996, 0.009999)
        // corrections: 1 - 0.9^2 = 0.19, 1 - 0.999^2 = 0.001999
        double[] m = {0.18, -0.39};
        double[] v = {0.003996, 0.009999};
        assertArrayEquals(m, o.state().get("m"), TOL);
        assertArrayEquals(v, o.state().get("v"), TOL);
        double[] expected = new double[2];
        for (int i = 0; i < 2; i++) {
            // theta -= (lr / 0.19) * m / (sqrt(v) / sqrt(0.001999) + eps)
            expected[i] = afterOne[i] - (0.1 / 0.19) * m[i] / (Math.sqrt(v[i]) / Math.sqrt(0.001999) + eps);
        }
        assertArrayEquals(expected, theta, TOL);
        // Magnitudes: m-hat = (0.947, -2.053), sqrt(v-hat) = (1.414, 2.237), step = 0.1 * (0.670, -0.918)
        assertArrayEquals(new double[] {0.9 - 0.0670, -1.9 + 0.0918}, theta, 1e-4);
    }

    @Test
    void adamCoupledWeightDecayEntersTheMoments() {
        OptimizerInstance o = new AdamOptimizer().create(2, Map.of("weight_decay", 0.1));
        double[] theta = {1, -2};
        step(o, theta, 0.1, 1.9, -0.8);
        // g' = (1.9 + 0.1, -0.8 - 0.2) = (2, -1); m = 0.1*g'
        assertArrayEquals(new double[] {0.2, -0.1}, o.state().get("m"), TOL);
        assertArrayEquals(new double[] {0.9, -1.9}, theta, 1e-8);
    }

    @Test
    void adamwDecaysBeforeTheAdamStep() {
        OptimizerInstance o = new AdamWOptimizer().create(2, Map.of("weight_decay", 0.1));
        double eps = 1e-8;
        double[] theta = {1, -2};
        step(o, theta, 0.1, 2, -1);
        // theta *= 1 - 0.1*0.1 -> (0.99, -1.98); the Adam step sees g = (2, -1) undecayed: -0.1*sign(g)
        assertArrayEquals(new double[] {0.2, -0.1}, o.state().get("m"), TOL);
        assertArrayEquals(new double[] {0.99 - 0.1 * 2 / (2 + eps), -1.98 + 0.1 * 1 / (1 + eps)}, theta, TOL);
        step(o, theta, 0.1, 2, -1);
        // theta *= 0.99 -> (0.89*0.99, -1.88*0.99); with a constant gradient m-hat = g, v-hat = g^2 again
        assertArrayEquals(new double[] {0.89 * 0.99 - 0.1, -1.88 * 0.99 + 0.1}, theta, 1e-8);
    }

    @Test
    void adamwDefaultsToPytorchWeightDecay() {
        assertEquals(0.01, new AdamWOptimizer().resolve(Map.of()).real("weight_decay"));
        assertEquals(0.0, new AdamOptimizer().resolve(Map.of()).real("weight_decay"));
    }
}
