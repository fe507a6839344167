package org.losslandscape.core.results;

import java.util.List;

/**
 * Nanda et al.'s restricted and excluded training loss during a run on modular addition (read by
 * {@link DataProviders#FOURIER_ABLATION} from a progress table that has them).
 *
 * @param step the training step of each sample
 * @param restrictedLoss the training loss of the logits restricted to the key frequencies
 * @param excludedLoss the training loss of the logits without the key frequencies
 * @param keyFrequencies the key frequencies, those of the largest energy in the final logits
 */
public record FourierAblationTrace(double[] step, double[] restrictedLoss, double[] excludedLoss,
        List<Long> keyFrequencies) {

    /** The column that marks a progress table with these measures. */
    public static final String COLUMN = "restricted_loss";
}
