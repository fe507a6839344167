package org.losslandscape.core.results;

/**
 * Sharpness during training, beside the optimizer's stability threshold (read by
 * {@link DataProviders#EDGE_OF_STABILITY}).
 *
 * @param step the training step of each sample
 * @param sharpness λ_max of the full-batch training loss at that step
 * @param threshold the optimizer's stability threshold at that step (2/η for gradient descent)
 */
public record StabilityTrace(double[] step, double[] sharpness, double[] threshold) {
}
