package org.losslandscape.compute.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.builtin.AdamOptimizer;

/** SAM and ASAM against hand computations on quadratics, and SAM's hyper-parameter plumbing. */
class SamOptimizerTest {

    private static final double TOL = 1e-12;
    private final Optimizer sam = OptimizerRegistry.builtIns().require("sam");

    @Test
    void plainSamStepsWithTheGradientAtThePerturbedPoint() {
        Quadratic f = new Quadratic(1, 4);
        OptimizerInstance o = sam.create(2, Map.of("rho", 0.5));
        double[] theta = {3, 1};
        double[] g = new double[2];
        StepContext context = new StepContext(0.1, f);

        f.valueAndGradient(theta, g);
        o.step(theta, g, context);
        // g = (3, 4), |g| = 5, eps = 0.5 * (0.6, 0.8) = (0.3, 0.4); theta + eps = (3.3, 1.4)
        // g' = (1*3.3, 4*1.4) = (3.3, 5.6); SGD from the original theta: (3 - 0.33, 1 - 0.56)
        assertArrayEquals(new double[] {3.3, 5.6}, g, TOL, "the gradient is overwritten with g'");
        assertArrayEquals(new double[] {2.67, 0.44}, theta, TOL);

        f.valueAndGradient(theta, g);
        o.step(theta, g, context);
        // g = (2.67, 1.76); eps = 0.5 * g / sqrt(2.67^2 + 1.76^2); theta -= 0.1 * a * (theta + eps)
        double norm = Math.sqrt(2.67 * 2.67 + 1.76 * 1.76);
        double e0 = 0.5 / norm * 2.67;
        double e1 = 0.5 / norm * 1.76;
        assertArrayEquals(new double[] {2.67 - 0.1 * (1 * (2.67 + e0)), 0.44 - 0.1 * (4 * (0.44 + e1))}, theta, TOL);
        assertEquals(2, o.steps());
        assertEquals(4, f.evaluations(), "one extra evaluation per step");
    }

    @Test
    void adaptiveSamScalesTheNeighbourhoodByTheParameters() {
        Quadratic f = new Quadratic(1, 2);
        OptimizerInstance o = sam.create(2, Map.of("rho", 0.5, "adaptive", true));
        double[] theta = {0.99, -1.99};
        double[] g = new double[2];
        f.valueAndGradient(theta, g);
        o.step(theta, g, new StepContext(0.1, f));
        // g = (0.99, -3.98); T = |theta| + 0.01 = (1, 2); T g = (0.99, -7.96)
        // eps = 0.5 * T^2 g / |T g| = 0.5 * (0.99, -15.92) / sqrt(0.99^2 + 7.96^2)
        double t0 = 0.99 + 0.01;
        double t1 = 1.99 + 0.01;
        double norm = Math.sqrt(Math.pow(t0 * 0.99, 2) + Math.pow(t1 * -3.98, 2));
        double e0 = 0.5 / norm * (t0 * t0 * 0.99);
        double e1 = 0.5 / norm * (t1 * t1 * -3.98);
        // SGD: theta -= 0.1 * a * (theta + eps)
        assertArrayEquals(new double[] {0.99 - 0.1 * (1 * (0.99 + e0)), -1.99 - 0.1 * (2 * (-1.99 + e1))}, theta,
                TOL);
        // ASAM's second coordinate moves much further than plain SAM would: eps1 ~ -0.99
        assertEquals(-0.99, e1, 0.01);
    }

    @Test
    void zeroRhoIsTheBaseOptimizer() {
        Quadratic f = Quadratic.illConditioned(4);
        double[] a = Quadratic.descend(sam.create(4, Map.of("rho", 0, "base", "adam")), f,
                new double[] {1, -1, 2, 0.5}, 0.05, 10);
        double[] b = Quadratic.descend(new AdamOptimizer().create(4, Map.of()), f,
                new double[] {1, -1, 2, 0.5}, 0.05, 10);
        assertArrayEquals(b, a, 0);
    }

    @Test
    void baseOptimizerSeesTheOriginalParametersForWeightDecay() {
        Quadratic f = new Quadratic(1);
        OptimizerInstance o = sam.create(1, Map.of("rho", 0.5, "weight_decay", 0.5));
        double[] theta = {2};
        double[] g = new double[1];
        f.valueAndGradient(theta, g);
        o.step(theta, g, new StepContext(0.1, f));
        // eps = 0.5 * sign(2) = 0.5; g' = 2.5; coupled decay at theta = 2: 2.5 + 1 = 3.5; theta = 2 - 0.35
        assertEquals(1.65, theta[0], TOL);
    }

    @Test
    void acceptsTheKeysOfTheChosenBase() {
        HyperParameterValues v = sam.resolve(Map.of("base", "adam", "beta1", "0.5", "lr", 0.01));
        assertEquals(0.5, v.real("beta1"));
        OptimizerInstance o = sam.create(3, v);
        assertEquals(List.of("base.m", "base.v", "base.step", "step"), List.copyOf(o.state().keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sam.create(3, Map.of("base", "adam", "decoupled_weight_decay", true)));
        assertTrue(e.getMessage().contains("decoupled_weight_decay"), e.getMessage());
        // The default base's descriptor is the one SAM advertises.
        assertTrue(sam.hyperParameters().stream().anyMatch(p -> p.key().equals("decoupled_weight_decay")));
    }

    @Test
    void baseChoicesExcludeSam() {
        HyperParameter base = sam.hyperParameters().get(0);
        assertEquals("base", base.key());
        assertEquals("sgd", base.defaultValue());
        assertEquals(List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"), base.choices());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sam.create(2, Map.of("base", "sam")));
        assertTrue(e.getMessage().startsWith("base = 'sam' is not one of"), e.getMessage());
    }

    @Test
    void needsTheObjective() {
        OptimizerInstance o = sam.create(2, Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> o.step(new double[] {1, 1}, new double[] {1, 1}, StepContext.of(0.1)));
        assertTrue(e.getMessage().contains("objective"), e.getMessage());
        assertEquals(0, o.steps());
    }

    @Test
    void serviceLoadedSamFindsItsBases() {
        Optimizer loaded = OptimizerRegistry.fromServiceLoader().require("sam");
        assertEquals(sam.hyperParameters(), loaded.hyperParameters());
    }
}
