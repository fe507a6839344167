package org.losslandscape.compute.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ToySurfaceTest {

    static Stream<ToySurface> surfaces() {
        return ToySurface.all().stream();
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void gradientMatchesCentralDifferences(ToySurface s) {
        SplittableRandom rng = new SplittableRandom(7);
        ToySurface.Range r = s.range();
        for (int k = 0; k < 20; k++) {
            double x = rng.nextDouble(r.xMin(), r.xMax());
            double y = rng.nextDouble(r.yMin(), r.yMax());
            double[] g = new double[2];
            double f = s.valueAndGradient(x, y, g);
            assertEquals(s.value(x, y), f, 0);
            double h = 1e-6;
            double fx = (s.value(x + h, y) - s.value(x - h, y)) / (2 * h);
            double fy = (s.value(x, y + h) - s.value(x, y - h)) / (2 * h);
            double tol = 1e-6 * (1 + Math.abs(f) + Math.hypot(g[0], g[1]));
            assertEquals(fx, g[0], tol, s.name() + " df/dx at " + x + "," + y);
            assertEquals(fy, g[1], tol, s.name() + " df/dy at " + x + "," + y);
        }
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void hessianVectorProductMatchesDifferencesOfGradients(ToySurface s) {
        SplittableRandom rng = new SplittableRandom(11);
        ToySurface.Range r = s.range();
        for (int k = 0; k < 20; k++) {
            double[] p = {rng.nextDouble(r.xMin(), r.xMax()), rng.nextDouble(r.yMin(), r.yMax())};
            double[] v = {rng.nextGaussian(), rng.nextGaussian()};
            double[] hv = new double[2];
            s.hessianVectorProduct(p, v, hv);
            double h = 1e-6;
            double[] gp = new double[2];
            double[] gm = new double[2];
            s.valueAndGradient(new double[] {p[0] + h * v[0], p[1] + h * v[1]}, gp);
            s.valueAndGradient(new double[] {p[0] - h * v[0], p[1] - h * v[1]}, gm);
            double[] hess = s.hessian(p[0], p[1]);
            double tol = 1e-5 * (1 + Math.abs(hess[0]) + Math.abs(hess[1]) + Math.abs(hess[2]));
            for (int i = 0; i < 2; i++) {
                assertEquals((gp[i] - gm[i]) / (2 * h), hv[i], tol, s.name() + " Hv[" + i + "]");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("surfaces")
    void knownCriticalPointsAreCriticalAndInRange(ToySurface s) {
        assertEquals(2, s.dimension());
        assertTrue(!s.knownCriticalPoints().isEmpty());
        for (CriticalPoint p : s.knownCriticalPoints()) {
            assertTrue(s.range().contains(p.x(), p.y(), 0), s.name());
            double[] g = new double[2];
            s.valueAndGradient(p.x(), p.y(), g);
            double[] h = s.hessian(p.x(), p.y());
            double scale = 1 + Math.abs(h[0]) + Math.abs(h[1]) + Math.abs(h[2]);
            // listed to 6 decimals: the gradient is at most about 1e-6 times the curvature
            assertTrue(Math.hypot(g[0], g[1]) < 1e-5 * scale, s.name() + " " + p);
        }
    }

    @Test
    void bowlRejectsBadKappa() {
        assertThrows(IllegalArgumentException.class, () -> ToySurface.quadraticBowl(0));
        double[] h = ToySurface.quadraticBowl(50).hessian(0.3, -1);
        assertEquals(50, h[2], 0);
        assertEquals(1, h[0], 0);
    }
}
