package org.losslandscape.compute.critical;

import org.losslandscape.compute.curvature.CriticalPointIndex;
import org.losslandscape.compute.curvature.DenseHessian;
import org.losslandscape.compute.curvature.SpectralDensity;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The index fraction α of a point: the share of the Hessian's eigenvalues that are negative (Dauphin et al. 2014;
 * Pennington and Bahri 2017). Exact from the dense Hessian for small models; beyond, the stochastic Lanczos
 * quadrature estimate {@code α ≈ (1/probes)·Σ_v Σ_k τₖ·[θₖ < −cut]}: the Gauss quadrature of the step function under
 * the spectral measure that {@link SpectralDensity} builds (Ubaru, Chen and Saad 2017), an unbiased estimate of the
 * share up to the quadrature's error at the step. Eigenvalues within {@link #ZERO} of the largest |λ| count as zero
 * (flat directions: symmetries and rounding), as in {@link CriticalPointIndex}.
 *
 * @param fraction the share of negative eigenvalues, in [0, 1]
 * @param dense whether it was counted from the dense Hessian (else estimated by SLQ)
 */
public record IndexFraction(double fraction, boolean dense) {

    /** Relative size below which an eigenvalue counts as zero. */
    public static final double ZERO = 1e-6;

    /**
     * @param f the loss
     * @param point the point, not modified
     * @param denseLimit the most parameters counted from the dense Hessian (at most
     *        {@link DenseHessian#MAX_DIMENSION}); above, SLQ
     * @param probes SLQ's probe vectors
     * @param steps SLQ's Lanczos steps per probe
     * @param seed SLQ's probes' seed
     */
    public static IndexFraction of(CurvatureObjective f, double[] point, int denseLimit, int probes, int steps,
            long seed) {
        if (f.dimension() <= Math.min(denseLimit, DenseHessian.MAX_DIMENSION)) {
            return new IndexFraction(CriticalPointIndex.of(f, point, ZERO).fraction(), true);
        }
        SpectralDensity.Density d = SpectralDensity.estimate(f, point, probes, steps, 1, 2, seed);
        double scale = 0;
        for (double[] nodes : d.nodes()) {
            for (double theta : nodes) {
                scale = Math.max(scale, Math.abs(theta));
            }
        }
        double cut = ZERO * scale;
        double share = 0;
        for (int p = 0; p < d.nodes().length; p++) {
            for (int k = 0; k < d.nodes()[p].length; k++) {
                if (d.nodes()[p][k] < -cut) {
                    share += d.weights()[p][k];
                }
            }
        }
        return new IndexFraction(share / d.nodes().length, false);
    }
}
