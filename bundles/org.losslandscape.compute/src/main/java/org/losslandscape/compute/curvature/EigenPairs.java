package org.losslandscape.compute.curvature;

/**
 * Approximate eigenpairs of a Hessian.
 *
 * @param values eigenvalues, in the order the method documents
 * @param vectors unit eigenvectors, {@code vectors[i]} belongs to {@code values[i]}
 * @param residuals {@code ‖H·vᵢ − λᵢ·vᵢ‖} (as the method computes or bounds it)
 * @param products Hessian-vector products used
 */
public record EigenPairs(double[] values, double[][] vectors, double[] residuals, int products) {
}
