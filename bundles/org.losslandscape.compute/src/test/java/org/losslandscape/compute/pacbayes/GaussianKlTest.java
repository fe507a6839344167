package org.losslandscape.compute.pacbayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The KL divergence of diagonal Gaussians against numerical integration and the isotropic special case. */
class GaussianKlTest {

    private static double normal(double x, double mean, double scale) {
        double t = (x - mean) / scale;
        return Math.exp(-t * t / 2) / (scale * Math.sqrt(2 * Math.PI));
    }

    /** ∫ q ln(q/p) dx by the trapezoidal rule over ±12 posterior widths. */
    private static double integrated(double m1, double s1, double m0, double s0) {
        int n = 200_000;
        double from = m1 - 12 * s1;
        double h = 24 * s1 / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double x = from + i * h;
            double q = normal(x, m1, s1);
            double term = q == 0 ? 0 : q * Math.log(q / normal(x, m0, s0));
            sum += (i == 0 || i == n ? 0.5 : 1) * term;
        }
        return sum * h;
    }

    @Test
    void oneDimensionAgreesWithIntegration() {
        double[][] cases = {{0.3, 0.5, -0.2, 1.0}, {1.0, 2.0, 0.0, 0.7}, {0, 1, 0, 1}, {-2, 0.1, 1, 0.3}};
        for (double[] c : cases) {
            double closed = GaussianKl.diagonal(new double[] {c[0]}, new double[] {c[1]}, new double[] {c[2]},
                    new double[] {c[3]});
            assertEquals(integrated(c[0], c[1], c[2], c[3]), closed, 1e-7 * Math.max(1, closed), java.util.Arrays
                    .toString(c));
        }
    }

    @Test
    void equalWidthsGiveTheSquaredDistanceOverTwoSigmaSquared() {
        double[] mu1 = {1, -2, 0.5};
        double[] mu0 = {0, 0, 0.5};
        double s = 0.3;
        double[] scale = {s, s, s};
        assertEquals(5 / (2 * s * s), GaussianKl.diagonal(mu1, scale, mu0, scale), 1e-12);
        // coordinates add
        assertEquals(GaussianKl.diagonal(new double[] {1}, new double[] {0.2}, new double[] {0}, new double[] {1})
                + GaussianKl.diagonal(new double[] {-1}, new double[] {3}, new double[] {2}, new double[] {1.5}),
                GaussianKl.diagonal(new double[] {1, -1}, new double[] {0.2, 3}, new double[] {0, 2}, new double[] {1,
                    1.5}), 1e-14);
    }

    @Test
    void badScalesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GaussianKl.diagonal(new double[] {0}, new double[] {0},
                new double[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> GaussianKl.diagonal(new double[] {0, 1}, new double[] {1},
                new double[] {0}, new double[] {1}));
    }
}
