package org.losslandscape.compute.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dinh et al. 2017: a function-preserving rescaling of a ReLU network changes sharpness, not adaptive sharpness. */
class SharpnessTest {

    private static final double ALPHA = 4;

    @Test
    void rescalingChangesSharpnessButNotAdaptiveSharpness() {
        TestProblems.Problem p = TestProblems.reluNetwork(7);
        double[] theta = p.params();
        double[] scaled = new LayerRescaling("0", "2").apply(p.network(), theta, ALPHA);
        assertEquals(p.objective().value(theta), p.objective().value(scaled), 1e-12, "same function");

        Sharpness[] changing = {new MaxEigenvalueSharpness(Lanczos.Options.defaults()), new TraceSharpness(300, 1),
            new EpsilonSharpness(1e-2, 0, 10, 0), new EpsilonSharpness(1e-2, 10, 10, 0),
            new GaussianSharpness(0.05, 50, 3)};
        for (Sharpness s : changing) {
            double a = s.measure(p.objective(), theta);
            double b = s.measure(p.objective(), scaled);
            assertTrue(a > 0 && b > 0, s.name() + ": " + a + ", " + b);
            assertTrue(Math.abs(a - b) > 0.1 * Math.max(a, b), s.name() + " should change: " + a + " vs " + b);
        }
        AdaptiveSharpness adaptive = new AdaptiveSharpness(0.1, 5, 0);
        double a = adaptive.measure(p.objective(), theta);
        double b = adaptive.measure(p.objective(), scaled);
        assertTrue(a > 0, "adaptive sharpness " + a);
        assertEquals(a, b, 1e-9 * a, "adaptive sharpness is invariant");
        assertEquals("adaptive_sharpness", adaptive.name());
    }

    @Test
    void lambdaMaxAndTraceAgreeWithTheDenseHessian() {
        TestProblems.Problem p = TestProblems.tanhNetwork(5);
        DenseHessian.Spectrum s = DenseHessian.spectrum(p.objective(), p.params());
        double[] v = s.values();
        assertEquals(v[v.length - 1], new MaxEigenvalueSharpness(Lanczos.Options.defaults()).measure(p.objective(),
                p.params()), 1e-8 * Math.abs(v[v.length - 1]));
        var est = Hutchinson.estimate(p.objective(), p.params(), 300, 2);
        assertEquals(est.trace(), new TraceSharpness(300, 2).measure(p.objective(), p.params()));
        assertTrue(Math.abs(est.trace() - s.trace()) < 4 * est.standardError());
    }

    @Test
    void epsilonSharpnessGrowsWithEpsilonAndGaussianWithSigma() {
        TestProblems.Problem p = TestProblems.tanhNetwork(2);
        double small = new EpsilonSharpness(1e-3, 0, 10, 0).measure(p.objective(), p.params());
        double large = new EpsilonSharpness(1e-2, 0, 10, 0).measure(p.objective(), p.params());
        assertTrue(0 < small && small < large, small + " " + large);
        // for small σ the mean increase is σ²·tr(H)/2
        double sigma = 1e-3;
        double trace = DenseHessian.spectrum(p.objective(), p.params()).trace();
        double g = new GaussianSharpness(sigma, 200, 1).measure(p.objective(), p.params());
        assertEquals(sigma * sigma * trace / 2, g, 0.2 * sigma * sigma * Math.abs(trace), "trace " + trace);
    }
}
