package org.losslandscape.compute.critical;

import java.util.function.BiConsumer;

import org.losslandscape.compute.linalg.Vectors;

/**
 * MINRES for a symmetric, possibly indefinite or singular system {@code A·x = b} (Paige and Saunders 1975,
 * "Solution of sparse indefinite systems of linear equations"; the recurrences as in Choi, Paige and Saunders 2011,
 * "MINRES-QLP", Table 2.1): from {@code x₀ = 0}, {@code x_k} minimises {@code ‖b − A·x‖} over the Krylov space
 * {@code K_k(A, b)}, one product with A per iteration and no stored basis. On a singular, incompatible system the
 * residual stops falling but {@code ‖A·r_k‖} still goes to zero, so the iterate approaches a least-squares solution;
 * both norms are tracked without extra products.
 * <p>
 * Sequential and deterministic; {@code b} is not modified.
 */
public final class Minres {

    /** Why the iteration stopped. */
    public enum Stop {
        /** {@code ‖r‖ ≤ tolerance·‖b‖}: the system is solved */
        SOLVED,
        /** {@code ‖A·r‖ ≤ tolerance·‖A·b‖}: a least-squares solution of a singular, incompatible system */
        LEAST_SQUARES,
        /** the Krylov space is invariant (β = 0): exact in exact arithmetic */
        INVARIANT,
        /** the iteration limit */
        ITERATIONS
    }

    /**
     * The answer.
     *
     * @param x the iterate
     * @param residual the estimate of {@code ‖b − A·x‖}
     * @param normalResidual the estimate of {@code ‖A·(b − A·x)‖} (at the previous iterate unless the stop is
     *        {@link Stop#LEAST_SQUARES}, where x is that iterate)
     * @param iterations products with A taken
     * @param stop why it stopped
     */
    public record Solution(double[] x, double residual, double normalResidual, int iterations, Stop stop) {
    }

    private Minres() {
    }

    /**
     * @param a writes {@code A·v} into its second argument; A must be symmetric
     * @param b the right-hand side, not modified
     * @param tolerance relative tolerance of both stopping tests, > 0
     * @param maxIterations the most products with A, ≥ 1
     */
    public static Solution solve(BiConsumer<double[], double[]> a, double[] b, double tolerance, int maxIterations) {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("MINRES needs a tolerance > 0 and at least one iteration, got "
                    + tolerance + " and " + maxIterations);
        }
        int n = b.length;
        double[] x = new double[n];
        double beta1 = Vectors.norm(b);
        if (beta1 == 0) {
            return new Solution(x, 0, 0, 0, Stop.SOLVED);
        }
        double[] r1 = b.clone();
        double[] r2 = b.clone();
        double[] y = new double[n];
        double[] v = new double[n];
        double[] w = new double[n];
        double[] w1 = new double[n];
        double[] w2 = new double[n];
        double oldBeta = 0;
        double beta = beta1;
        double dBar = 0;
        double epsilon = 0;
        double phiBar = beta1;
        double cs = -1;
        double sn = 0;
        double normAb = Double.NaN;
        double arNorm = Double.NaN;
        for (int k = 1; k <= maxIterations; k++) {
            for (int i = 0; i < n; i++) {
                v[i] = r2[i] / beta;
            }
            a.accept(v, y);
            if (k == 1) {
                normAb = beta1 * Vectors.norm(y);
            } else {
                Vectors.axpy(-beta / oldBeta, r1, y);
            }
            double alpha = Vectors.dot(v, y);
            Vectors.axpy(-alpha / beta, r2, y);
            double[] t = r1;
            r1 = r2;
            r2 = t;
            System.arraycopy(y, 0, r2, 0, n);
            oldBeta = beta;
            beta = Vectors.norm(r2);
            // the previous rotation, then a new one that annihilates β
            double oldEpsilon = epsilon;
            double delta = cs * dBar + sn * alpha;
            double gBar = sn * dBar - cs * alpha;
            epsilon = sn * beta;
            dBar = -cs * beta;
            arNorm = phiBar * Math.hypot(gBar, dBar);
            if (k > 1 && arNorm <= tolerance * normAb) {
                // x (not yet updated) is a least-squares solution; on an incompatible system the next update
                // divides by a vanishing γ and would carry x away (Choi, Paige and Saunders 2011, section 1)
                return new Solution(x, phiBar, arNorm, k, Stop.LEAST_SQUARES);
            }
            double gamma = Math.max(Math.hypot(gBar, beta), Double.MIN_NORMAL);
            cs = gBar / gamma;
            sn = beta / gamma;
            double phi = cs * phiBar;
            phiBar = sn * phiBar;
            double[] s = w1;
            w1 = w2;
            w2 = w;
            w = s;
            for (int i = 0; i < n; i++) {
                w[i] = (v[i] - oldEpsilon * w1[i] - delta * w2[i]) / gamma;
                x[i] += phi * w[i];
            }
            if (phiBar <= tolerance * beta1) {
                return new Solution(x, phiBar, arNorm, k, Stop.SOLVED);
            }
            if (beta == 0) {
                return new Solution(x, phiBar, arNorm, k, Stop.INVARIANT);
            }
        }
        return new Solution(x, phiBar, arNorm, maxIterations, Stop.ITERATIONS);
    }
}
