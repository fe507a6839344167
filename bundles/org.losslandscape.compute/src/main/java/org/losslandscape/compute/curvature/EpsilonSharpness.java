package org.losslandscape.compute.curvature;

import java.util.SplittableRandom;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * ε-sharpness of Keskar et al. 2017, "On Large-Batch Training for Deep Learning: Generalization Gap and Sharp
 * Minima" (metric 2.1): {@code 100·(max_{y∈C} f(θ + A·y) − f(θ)) / (1 + f(θ))} with the box
 * {@code C = {|yᵢ| ≤ ε·(|(A⁺θ)ᵢ| + 1)}}. With {@code subspace = 0}, A is the identity (full space,
 * {@code |δᵢ| ≤ ε(|θᵢ|+1)}); otherwise A is a random n×p matrix with orthonormal columns (Gaussian, Gram–Schmidt),
 * so {@code A⁺ = Aᵀ}.
 * <p>
 * Simplification: Keskar et al. maximise with L-BFGS-B; here projected sign-gradient ascent from y = 0 with step
 * a quarter of each box half-width, clipped to the box, keeping the best value seen. It is a lower bound of the
 * true maximum, as theirs.
 *
 * @param epsilon relative box size, e.g. 1e-3 or 5e-4
 * @param subspace p, the random subspace dimension, or 0 for the full space
 * @param iterations ascent steps (gradient evaluations)
 * @param seed seed of A
 */
public record EpsilonSharpness(double epsilon, int subspace, int iterations, long seed) implements Sharpness {

    @Override
    public String name() {
        return "epsilon_sharpness";
    }

    @Override
    public double measure(CurvatureObjective f, double[] params) {
        int n = f.dimension();
        int p = subspace == 0 ? n : subspace;
        double[][] a = subspace == 0 ? null : orthonormalColumns(n, p, new SplittableRandom(seed));
        double[] bound = new double[p];
        for (int k = 0; k < p; k++) {
            double c = a == null ? params[k] : dot(a[k], params);
            bound[k] = epsilon * (Math.abs(c) + 1);
        }
        double f0 = f.value(params);
        double best = f0;
        double[] y = new double[p];
        double[] point = params.clone();
        double[] grad = new double[n];
        for (int it = 0; it < iterations; it++) {
            double value = f.valueAndGradient(point, grad);
            best = Math.max(best, value);
            for (int k = 0; k < p; k++) {
                double g = a == null ? grad[k] : dot(a[k], grad);
                y[k] = Math.max(-bound[k], Math.min(bound[k], y[k] + 0.25 * bound[k] * Math.signum(g)));
            }
            place(params, a, y, point);
        }
        best = Math.max(best, f.value(point));
        return 100 * (best - f0) / (1 + f0);
    }

    private static void place(double[] params, double[][] a, double[] y, double[] point) {
        if (a == null) {
            for (int i = 0; i < point.length; i++) {
                point[i] = params[i] + y[i];
            }
            return;
        }
        System.arraycopy(params, 0, point, 0, point.length);
        for (int k = 0; k < a.length; k++) {
            double c = y[k];
            double[] col = a[k];
            for (int i = 0; i < point.length; i++) {
                point[i] += c * col[i];
            }
        }
    }

    /** @return p orthonormal vectors of length n (the columns of A) */
    static double[][] orthonormalColumns(int n, int p, SplittableRandom rng) {
        if (p > n) {
            throw new IllegalArgumentException("subspace dimension " + p + " exceeds the dimension " + n);
        }
        double[][] cols = new double[p][];
        for (int k = 0; k < p; k++) {
            double[] v = Lanczos.gaussian(n, rng);
            for (int pass = 0; pass < 2; pass++) {
                for (int q = 0; q < k; q++) {
                    double d = dot(cols[q], v);
                    for (int i = 0; i < n; i++) {
                        v[i] -= d * cols[q][i];
                    }
                }
            }
            double norm = Math.sqrt(dot(v, v));
            for (int i = 0; i < n; i++) {
                v[i] /= norm;
            }
            cols[k] = v;
        }
        return cols;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
