package org.losslandscape.compute.curvature;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * Extreme eigenpairs of the Hessian by the Lanczos method with full re-orthogonalisation (Lanczos 1950; Golub and
 * Van Loan, "Matrix Computations", 4th ed., section 10.1): the Krylov basis is kept and every new vector is
 * orthogonalised against all previous ones twice (classical Gram–Schmidt, repeated), which prevents the ghost
 * eigenvalues of the plain three-term recurrence. Ritz values of the tridiagonal matrix T approximate the extreme
 * eigenvalues; Ritz vectors {@code Q·s} the eigenvectors, with residual {@code ‖Hy − θy‖ = β_m·|s_m|}.
 * <p>
 * Memory: the basis, up to {@code maxSteps} vectors of the parameter dimension. The start vector is Gaussian from
 * the seed, so results are deterministic. The objective is called sequentially; the point is not modified.
 */
public final class Lanczos {

    /** Which end of the spectrum. */
    public enum End {
        /** the largest (algebraic) eigenvalues, returned in descending order */
        TOP,
        /** the smallest (algebraic) eigenvalues, returned in ascending order */
        BOTTOM
    }

    /**
     * Settings.
     *
     * @param maxSteps most Lanczos steps (Hessian-vector products); capped at the dimension
     * @param tolerance convergence when every wanted residual is ≤ tolerance·max|θ| (Ritz values)
     * @param seed seed of the start vector
     */
    public record Options(int maxSteps, double tolerance, long seed) {

        /** Checks the settings. */
        public Options {
            if (maxSteps < 1 || !(tolerance >= 0)) {
                throw new IllegalArgumentException("Lanczos needs maxSteps ≥ 1 and tolerance ≥ 0");
            }
        }

        /** @return 300 steps, tolerance 1e-10, seed 0 */
        public static Options defaults() {
            return new Options(300, 1e-10, 0);
        }
    }

    private static final int CHECK_EVERY = 4;

    private Lanczos() {
    }

    /** @return the k largest eigenpairs, descending, with default options */
    public static EigenPairs top(CurvatureObjective f, double[] params, int k) {
        return extreme(f, params, k, End.TOP, Options.defaults());
    }

    /** @return the k smallest eigenpairs, ascending, with default options */
    public static EigenPairs bottom(CurvatureObjective f, double[] params, int k) {
        return extreme(f, params, k, End.BOTTOM, Options.defaults());
    }

    /**
     * The k eigenpairs at one end of the spectrum.
     *
     * @param params the point, not modified
     * @return Ritz pairs ordered from the end inwards; residuals are the computed bounds {@code β_m·|s_m|}
     */
    public static EigenPairs extreme(CurvatureObjective f, double[] params, int k, End end, Options options) {
        int n = f.dimension();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in 1.." + n + ", got " + k);
        }
        int maxSteps = Math.min(n, Math.max(options.maxSteps(), k));
        double[] start = gaussian(n, new SplittableRandom(options.seed()));
        List<double[]> basis = new ArrayList<>();
        double[] alpha = new double[maxSteps];
        double[] beta = new double[maxSteps];
        Recurrence r = new Recurrence(f, params, start, basis, alpha, beta);
        Tridiagonal t = null;
        int m = 0;
        while (m < maxSteps) {
            boolean invariant = !r.step();
            m++;
            if (invariant || m == maxSteps || (m >= k && m % CHECK_EVERY == 0)) {
                t = new Tridiagonal(alpha, beta, m);
                if (invariant || m == maxSteps || converged(t, beta[m - 1], k, end, options.tolerance())) {
                    break;
                }
            }
        }
        int found = Math.min(k, m);
        double[] values = new double[found];
        double[][] vectors = new double[found][];
        double[] residuals = new double[found];
        for (int i = 0; i < found; i++) {
            int idx = end == End.TOP ? m - 1 - i : i;
            double[] s = t.vectors[idx];
            values[i] = t.values[idx];
            double[] y = new double[n];
            for (int j = 0; j < m; j++) {
                Vectors.axpy(s[j], basis.get(j), y);
            }
            Vectors.scale(1 / Vectors.norm(y), y);
            vectors[i] = y;
            residuals[i] = Math.abs(beta[m - 1] * s[m - 1]);
        }
        return new EigenPairs(values, vectors, residuals, m);
    }

    /**
     * Both ends of the spectrum from one Krylov space: the smallest and the largest Ritz value, as Li et al. 2018
     * (section 6) need them at every point of a map. The extreme Ritz values lie inside the spectrum
     * ({@code λ_min ≤ θ_min ≤ θ_max ≤ λ_max}) and converge first; the residual bounds say how far each may be off.
     *
     * @param params the point, not modified
     * @param options at most {@code maxSteps} products; stops earlier when both residuals are ≤ tolerance·max|θ|
     * @return the two ends with their residual bounds
     */
    public static Extremes extremes(CurvatureObjective f, double[] params, Options options) {
        int n = f.dimension();
        int maxSteps = Math.min(n, options.maxSteps());
        double[] start = gaussian(n, new SplittableRandom(options.seed()));
        double[] alpha = new double[maxSteps];
        double[] beta = new double[maxSteps];
        Recurrence r = new Recurrence(f, params, start, new ArrayList<>(), alpha, beta);
        Tridiagonal t = null;
        int m = 0;
        while (m < maxSteps) {
            boolean invariant = !r.step();
            m++;
            if (invariant || m == maxSteps || m % CHECK_EVERY == 0) {
                t = new Tridiagonal(alpha, beta, m);
                if (invariant || m == maxSteps || converged(t, beta[m - 1], 1, End.TOP, options.tolerance())
                        && converged(t, beta[m - 1], 1, End.BOTTOM, options.tolerance())) {
                    break;
                }
            }
        }
        return new Extremes(t.values[0], t.values[m - 1], Math.abs(beta[m - 1] * t.vectors[0][m - 1]),
                Math.abs(beta[m - 1] * t.vectors[m - 1][m - 1]), m);
    }

    /**
     * The two ends of a spectrum.
     *
     * @param min the smallest Ritz value (≥ λ_min)
     * @param max the largest Ritz value (≤ λ_max)
     * @param minResidual {@code ‖Hy − θ_min·y‖} of its Ritz vector
     * @param maxResidual {@code ‖Hy − θ_max·y‖} of its Ritz vector
     * @param products Hessian-vector products used
     */
    public record Extremes(double min, double max, double minResidual, double maxResidual, int products) {
    }

    private static boolean converged(Tridiagonal t, double lastBeta, int k, End end, double tol) {
        int m = t.values.length;
        double scale = Math.max(Math.abs(t.values[0]), Math.abs(t.values[m - 1]));
        for (int i = 0; i < k; i++) {
            int idx = end == End.TOP ? m - 1 - i : i;
            if (Math.abs(lastBeta * t.vectors[idx][m - 1]) > tol * scale) {
                return false;
            }
        }
        return true;
    }

    static double[] gaussian(int n, SplittableRandom rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    /**
     * The Lanczos recurrence with full re-orthogonalisation, one step at a time: step j appends {@code q_j} to the
     * basis and writes {@code alpha[j]}, {@code beta[j]} (the coupling to the next vector).
     */
    static final class Recurrence {
        private final CurvatureObjective f;
        private final double[] params;
        private final List<double[]> basis;
        private final double[] alpha;
        private final double[] beta;
        private double[] next;
        private final double[] w;
        private int j;

        Recurrence(CurvatureObjective f, double[] params, double[] start, List<double[]> basis, double[] alpha,
                double[] beta) {
            this.f = f;
            this.params = params;
            this.basis = basis;
            this.alpha = alpha;
            this.beta = beta;
            this.next = start.clone();
            double norm = Vectors.norm(next);
            if (norm == 0) {
                throw new IllegalArgumentException("the start vector is zero");
            }
            Vectors.scale(1 / norm, next);
            this.w = new double[start.length];
        }

        /** @return false when an invariant subspace was found (β = 0): T's eigenvalues are then exact */
        boolean step() {
            double[] q = next;
            basis.add(q);
            f.hessianVectorProduct(params, q, w);
            alpha[j] = Vectors.dot(q, w);
            if (j > 0) {
                Vectors.axpy(-beta[j - 1], basis.get(j - 1), w);
            }
            Vectors.axpy(-alpha[j], q, w);
            double hNorm = Math.abs(alpha[j]) + (j > 0 ? beta[j - 1] : 0);
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    Vectors.axpy(-Vectors.dot(b, w), b, w);
                }
            }
            double b = Vectors.norm(w);
            beta[j] = b;
            j++;
            if (j >= w.length) {
                return false; // the basis spans the whole space
            }
            if (b <= 1e-13 * Math.max(hNorm, Double.MIN_NORMAL)) {
                beta[j - 1] = 0;
                return false;
            }
            next = w.clone();
            Vectors.scale(1 / b, next);
            return true;
        }
    }
}
