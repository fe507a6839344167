package org.losslandscape.core.results;

/**
 * A run's checkpoints projected on the first two principal directions of its trajectory (read by
 * {@link DataProviders#TRAJECTORIES}).
 *
 * @param a the coordinate along the first direction of each checkpoint
 * @param b the coordinate along the second
 */
public record ProjectedPath(double[] a, double[] b) {
}
