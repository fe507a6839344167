package org.losslandscape.core.results;

/**
 * The progress measures of a modular-arithmetic run (read by {@link DataProviders#PROGRESS}).
 *
 * @param step the training step of each sample
 * @param weightNorm the parameters' L2 norm
 * @param fourierShare the share of the first layer's input-weight energy in its strongest Fourier frequencies
 * @param topFrequencies how many strongest frequencies the share counts (0 when not recorded)
 */
public record GrokkingProgress(double[] step, double[] weightNorm, double[] fourierShare, int topFrequencies) {
}
