package org.losslandscape.compute.curvature;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The index of a critical point: the number of negative Hessian eigenvalues (0 at a minimum, n at a maximum, in
 * between at a saddle; e.g. Dauphin et al. 2014, "Identifying and attacking the saddle point problem"). Eigenvalues
 * with {@code |λ| ≤ tolerance·max|λ|} count as zero (flat directions), so rounding does not flip the count.
 *
 * @param negative eigenvalues below −tolerance·max|λ|
 * @param zero eigenvalues within the tolerance
 * @param positive eigenvalues above it
 */
public record CriticalPointIndex(int negative, int zero, int positive) {

    /** @return the index as a fraction of the dimension */
    public double fraction() {
        return (double) negative / (negative + zero + positive);
    }

    /** @return the index of a spectrum, with the relative tolerance */
    public static CriticalPointIndex of(double[] eigenvalues, double tolerance) {
        double scale = 0;
        for (double v : eigenvalues) {
            scale = Math.max(scale, Math.abs(v));
        }
        double cut = tolerance * scale;
        int neg = 0;
        int zero = 0;
        for (double v : eigenvalues) {
            if (v < -cut) {
                neg++;
            } else if (v <= cut) {
                zero++;
            }
        }
        return new CriticalPointIndex(neg, zero, eigenvalues.length - neg - zero);
    }

    /** @return the index from the dense Hessian (up to {@link DenseHessian#MAX_DIMENSION} parameters) */
    public static CriticalPointIndex of(CurvatureObjective f, double[] params, double tolerance) {
        return of(DenseHessian.spectrum(f, params).values(), tolerance);
    }
}
