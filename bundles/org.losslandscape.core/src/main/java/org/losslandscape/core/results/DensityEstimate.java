package org.losslandscape.core.results;

/**
 * A stored estimate of the Hessian's eigenvalue density (read by {@link DataProviders#DENSITIES}).
 *
 * @param eigenvalue the grid of eigenvalues
 * @param density the estimated density at each
 */
public record DensityEstimate(double[] eigenvalue, double[] density) {
}
