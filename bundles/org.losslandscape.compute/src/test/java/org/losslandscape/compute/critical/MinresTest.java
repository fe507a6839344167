package org.losslandscape.compute.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.linalg.Vectors;

/** MINRES against dense algebra: an indefinite system solved, a singular incompatible one solved in least squares. */
class MinresTest {

    private static BiConsumer<double[], double[]> times(double[][] a) {
        return (v, out) -> {
            for (int i = 0; i < a.length; i++) {
                out[i] = Vectors.dot(a[i], v);
            }
        };
    }

    private static double[] residual(double[][] a, double[] x, double[] b) {
        double[] r = new double[b.length];
        times(a).accept(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
        }
        return r;
    }

    @Test
    void solvesAnIndefiniteSystem() {
        int n = 40;
        SplittableRandom rng = new SplittableRandom(1);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = rng.nextGaussian();
                a[j][i] = a[i][j];
            }
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rng.nextGaussian();
        }
        Minres.Solution s = Minres.solve(times(a), b, 1e-10, 500);
        assertEquals(Minres.Stop.SOLVED, s.stop());
        double r = Vectors.norm(residual(a, s.x(), b));
        assertTrue(r <= 1e-9 * Vectors.norm(b), "‖b − Ax‖ = " + r);
        assertEquals(r, s.residual(), 1e-9 * Vectors.norm(b), "the tracked residual is the true one");
    }

    @Test
    void aSingularIncompatibleSystemGivesALeastSquaresSolution() {
        // A = diag(3, −2, 1, 0, 0): b's part in the null space cannot be matched; x must solve the other three rows
        double[][] a = new double[5][5];
        a[0][0] = 3;
        a[1][1] = -2;
        a[2][2] = 1;
        double[] b = {3, 4, -1, 2, 5};
        Minres.Solution s = Minres.solve(times(a), b, 1e-12, 50);
        assertEquals(Minres.Stop.LEAST_SQUARES, s.stop());
        assertEquals(1, s.x()[0], 1e-10);
        assertEquals(-2, s.x()[1], 1e-10);
        assertEquals(-1, s.x()[2], 1e-10);
        assertEquals(Math.sqrt(29), Vectors.norm(residual(a, s.x(), b)), 1e-10, "the least residual");
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Minres.solve(times(new double[1][1]), new double[1], 0,
                5));
        assertEquals(0, Minres.solve(times(new double[][] {{2}}), new double[1], 1e-9, 5).iterations());
    }
}
