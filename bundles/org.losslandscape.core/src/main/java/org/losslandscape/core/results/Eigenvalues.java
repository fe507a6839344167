package org.losslandscape.core.results;

/**
 * A stored Hessian spectrum: the top eigenvalues, then the bottom ones (read by {@link DataProviders#SPECTRA}).
 *
 * @param values the eigenvalues in stored order: {@code top} top ones (descending, or by decreasing |λ| for power
 *        iteration), then {@code bottom} bottom ones ascending
 * @param top how many top eigenvalues come first
 * @param bottom how many bottom eigenvalues follow
 * @param method the HessianMethod literal that computed them, or "" when not known
 */
public record Eigenvalues(double[] values, int top, int bottom, String method) {
}
