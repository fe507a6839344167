package org.losslandscape.compute.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.losslandscape.compute.data.Batch;

/**
 * Test oracle: compares a network's exact gradient and Hessian-vector products with central finite differences
 * (step h = 1e-5: truncation error O(h²) ≈ 1e-10, rounding ≈ 1e-11 relative), coordinate by coordinate for the
 * gradient and along random directions for the Hessian.
 */
public final class DerivativeCheck {

    /** Relative error bound of the issue: ≤ 1e-6. */
    public static final double TOLERANCE = 1e-6;
    private static final double H = 1e-5;

    private DerivativeCheck() {
    }

    /** @return {@code ‖a-b‖ / max(‖a‖, ‖b‖, 1e-12)} */
    public static double relativeError(double[] a, double[] b) {
        double d = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += (a[i] - b[i]) * (a[i] - b[i]);
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return Math.sqrt(d) / Math.max(Math.max(Math.sqrt(na), Math.sqrt(nb)), 1e-12);
    }

    /**
     * Asserts gradient and HVP (along three random directions) match finite differences within
     * {@link #TOLERANCE}; the mode should not update buffers so that repeated passes see the same function.
     */
    public static void check(String what, Network net, double[] params, double[] buffers, Batch batch,
            PassMode mode) {
        NetworkObjective f = new NetworkObjective(net, batch, buffers, mode);
        int dim = net.parameterCount();
        double[] g = new double[dim];
        f.valueAndGradient(params, g);
        double[] fd = new double[dim];
        double[] x = params.clone();
        for (int i = 0; i < dim; i++) {
            x[i] = params[i] + H;
            double up = f.value(x);
            x[i] = params[i] - H;
            double down = f.value(x);
            x[i] = params[i];
            fd[i] = (up - down) / (2 * H);
        }
        double ge = relativeError(g, fd);
        assertTrue(ge <= TOLERANCE, what + ": gradient relative error " + ge);
        assertTrue(norm(g) > 1e-8, what + ": the gradient is zero, the check would be vacuous");

        SplittableRandom rng = new SplittableRandom(99);
        for (int probe = 0; probe < 3; probe++) {
            double[] v = new double[dim];
            for (int i = 0; i < dim; i++) {
                v[i] = rng.nextGaussian();
            }
            double[] hv = new double[dim];
            double[] g2 = new double[dim];
            net.hessianVectorProduct(net.newWorkspace(batch.n()), params, buffers, batch, mode, v, hv, g2);
            double[] gUp = new double[dim];
            double[] gDown = new double[dim];
            for (int i = 0; i < dim; i++) {
                x[i] = params[i] + H * v[i];
            }
            f.valueAndGradient(x, gUp);
            for (int i = 0; i < dim; i++) {
                x[i] = params[i] - H * v[i];
            }
            f.valueAndGradient(x, gDown);
            double[] hfd = new double[dim];
            for (int i = 0; i < dim; i++) {
                hfd[i] = (gUp[i] - gDown[i]) / (2 * H);
                x[i] = params[i];
            }
            double he = relativeError(hv, hfd);
            assertTrue(he <= TOLERANCE, what + ": Hessian-vector product relative error " + he);
            assertTrue(norm(hv) > 1e-8, what + ": H·v is zero, the check would be vacuous");
            assertTrue(relativeError(g2, g) <= 1e-12, what + ": the HVP pass's gradient differs from the gradient");
        }
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** @return a batch of n rows of Gaussian features with labels in [0, classes) */
    public static Batch classification(int n, int features, int classes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * features];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(classes);
        }
        return new Batch(x, n, features, y, classes, null, 0);
    }

    /** @return a batch of n rows of Gaussian features and Gaussian targets */
    public static Batch regression(int n, int features, int targets, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * features];
        double[] t = new double[n * targets];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = rng.nextGaussian();
        }
        return new Batch(x, n, features, null, 0, t, targets);
    }
}
