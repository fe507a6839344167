package org.losslandscape.compute.curvature;

import java.util.SplittableRandom;

import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * Dominant eigenpairs (largest |λ|) of the Hessian by power iteration with deflation, as PyHessian does (Yao et al.
 * 2020, "PyHessian: Neural Networks Through the Lens of the Hessian"): {@code v ← Hv/‖Hv‖}, λ the Rayleigh quotient
 * {@code vᵀHv}; after each pair is found, later iterations use {@code H − Σ λᵢuᵢuᵢᵀ}. Converges at the rate
 * |λ₂/λ₁| per step — fine for a quick λ_max, use {@link Lanczos} for accuracy or several pairs.
 * <p>
 * Each pair starts from a Gaussian vector drawn from one generator seeded by the seed, so results are deterministic.
 * The objective is called sequentially; the point is not modified.
 */
public final class PowerIteration {

    private PowerIteration() {
    }

    /**
     * @param k number of pairs
     * @param maxIterations Hessian-vector products per pair at most
     * @param tolerance stop a pair when {@code |λ − λ_previous| ≤ tolerance·|λ|}; 0 runs every iteration
     * @return pairs in the order found (decreasing |λ| when converged); residuals {@code ‖Hv − λv‖} of the deflated
     *         operator at the last iterate, which equal the true residuals once the earlier pairs are accurate
     */
    public static EigenPairs dominant(CurvatureObjective f, double[] params, int k, int maxIterations,
            double tolerance, long seed) {
        int n = f.dimension();
        if (k < 1 || k > n || maxIterations < 1) {
            throw new IllegalArgumentException("need 1 ≤ k ≤ " + n + " and maxIterations ≥ 1");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] values = new double[k];
        double[][] vectors = new double[k][];
        double[] residuals = new double[k];
        double[] hv = new double[n];
        int products = 0;
        for (int p = 0; p < k; p++) {
            double[] v = Lanczos.gaussian(n, rng);
            double lambda = Double.NaN;
            double[] u = new double[n];
            for (int it = 0; it < maxIterations; it++) {
                double norm = Vectors.norm(v);
                if (norm == 0) {
                    break; // the deflated operator is zero on the start vector
                }
                System.arraycopy(v, 0, u, 0, n);
                Vectors.scale(1 / norm, u);
                f.hessianVectorProduct(params, u, hv);
                products++;
                for (int q = 0; q < p; q++) {
                    Vectors.axpy(-values[q] * Vectors.dot(vectors[q], u), vectors[q], hv);
                }
                double previous = lambda;
                lambda = Vectors.dot(hv, u);
                System.arraycopy(hv, 0, v, 0, n);
                if (tolerance > 0 && Math.abs(lambda - previous) <= tolerance * Math.abs(lambda)) {
                    break;
                }
            }
            double[] r = Vectors.plusScaled(hv, -lambda, u);
            values[p] = lambda;
            vectors[p] = u.clone();
            residuals[p] = Vectors.norm(r);
        }
        return new EigenPairs(values, vectors, residuals, products);
    }
}
