package org.losslandscape.compute.curvature;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The Hessian's eigenvalue density by stochastic Lanczos quadrature (Ubaru, Chen and Saad 2017, "Fast estimation of
 * tr(f(A)) via stochastic Lanczos quadrature"; Ghorbani, Krishnan and Xiao 2019, "An Investigation into Neural Net
 * Optimization via Hessian Eigenvalue Density"): for each of several Rademacher probes v (normalised), m Lanczos
 * steps with full re-orthogonalisation give a tridiagonal T whose eigenvalues θₖ (nodes) and squared first
 * eigenvector components τₖ (weights, summing to 1) form a Gauss quadrature of the spectral measure seen from v.
 * The density is {@code ρ(t) = (1/probes)·Σ_v Σ_k τₖ·g_σ(t − θₖ)}, g_σ a Gaussian of width σ; it integrates to 1
 * and its mean equals the mean of the Rayleigh quotients vᵀHv/vᵀv, an estimate of tr(H)/n.
 * <p>
 * Deterministic for a seed; sequential; the point is not modified.
 */
public final class SpectralDensity {

    private SpectralDensity() {
    }

    /**
     * The estimated density.
     *
     * @param grid evaluation points t, ascending and evenly spaced
     * @param density ρ(t) at the grid points
     * @param nodes per probe, the Ritz values θₖ
     * @param weights per probe, the quadrature weights τₖ
     */
    public record Density(double[] grid, double[] density, double[][] nodes, double[][] weights) {

        /** @return {@code ∫ tᵖ ρ(t) dt} by the trapezoidal rule on the grid */
        public double moment(int power) {
            double s = 0;
            for (int i = 1; i < grid.length; i++) {
                double a = Math.pow(grid[i - 1], power) * density[i - 1];
                double b = Math.pow(grid[i], power) * density[i];
                s += (a + b) / 2 * (grid[i] - grid[i - 1]);
            }
            return s;
        }

        /** @return the exact moment of the quadrature, {@code (1/probes)·Σ τₖθₖᵖ} (before broadening) */
        public double quadratureMoment(int power) {
            double s = 0;
            for (int p = 0; p < nodes.length; p++) {
                for (int k = 0; k < nodes[p].length; k++) {
                    s += weights[p][k] * Math.pow(nodes[p][k], power);
                }
            }
            return s / nodes.length;
        }
    }

    /**
     * @param probes number of probe vectors
     * @param steps Lanczos steps per probe (capped at the dimension)
     * @param sigma Gaussian broadening width, > 0
     * @param gridPoints number of grid points, covering [min θ − 6σ, max θ + 6σ]
     */
    public static Density estimate(CurvatureObjective f, double[] params, int probes, int steps, double sigma,
            int gridPoints, long seed) {
        if (probes < 1 || steps < 1 || !(sigma > 0) || gridPoints < 2) {
            throw new IllegalArgumentException("need probes ≥ 1, steps ≥ 1, sigma > 0 and gridPoints ≥ 2");
        }
        int n = f.dimension();
        int m = Math.min(steps, n);
        SplittableRandom root = new SplittableRandom(seed);
        double[][] nodes = new double[probes][];
        double[][] weights = new double[probes][];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < probes; p++) {
            double[] v = new double[n];
            Hutchinson.rademacher(root.split(), v);
            List<double[]> basis = new ArrayList<>();
            double[] alpha = new double[m];
            double[] beta = new double[m];
            Lanczos.Recurrence r = new Lanczos.Recurrence(f, params, v, basis, alpha, beta);
            int done = 0;
            while (done < m) {
                done++;
                if (!r.step()) {
                    break;
                }
            }
            Tridiagonal t = new Tridiagonal(alpha, beta, done);
            nodes[p] = t.values;
            weights[p] = new double[done];
            for (int k = 0; k < done; k++) {
                weights[p][k] = t.vectors[k][0] * t.vectors[k][0];
            }
            lo = Math.min(lo, t.values[0]);
            hi = Math.max(hi, t.values[done - 1]);
        }
        double from = lo - 6 * sigma;
        double to = hi + 6 * sigma;
        double[] grid = new double[gridPoints];
        double[] density = new double[gridPoints];
        double norm = 1 / (sigma * Math.sqrt(2 * Math.PI) * probes);
        for (int i = 0; i < gridPoints; i++) {
            double x = from + (to - from) * i / (gridPoints - 1);
            grid[i] = x;
            double s = 0;
            for (int p = 0; p < probes; p++) {
                for (int k = 0; k < nodes[p].length; k++) {
                    double d = (x - nodes[p][k]) / sigma;
                    s += weights[p][k] * Math.exp(-0.5 * d * d);
                }
            }
            density[i] = s * norm;
        }
        return new Density(grid, density, nodes, weights);
    }
}
