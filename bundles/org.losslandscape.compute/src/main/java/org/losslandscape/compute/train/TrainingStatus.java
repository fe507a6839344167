package org.losslandscape.compute.train;

/** How a training run ended. */
public enum TrainingStatus {
    /** all steps taken */
    COMPLETED,
    /** early stopping ended it: the validation loss stopped improving */
    EARLY_STOPPED,
    /** the caller cancelled it */
    CANCELLED,
    /** the loss or the gradient became NaN or infinite; the parameters are those before the failing step */
    DIVERGED
}
