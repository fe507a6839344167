package org.losslandscape.compute.nn;

import org.losslandscape.compute.loss.BinaryCrossEntropy;
import org.losslandscape.compute.loss.Loss;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;

/** The losses a {@link NetworkDescription} can name (the experiment model's loss literals are these names). */
public enum LossType {
    /** softmax cross-entropy on logits, optionally with label smoothing ({@link SoftmaxCrossEntropy}) */
    CROSS_ENTROPY,
    /** mean squared error ({@link MeanSquaredError}) */
    MSE,
    /** binary cross-entropy on logits ({@link BinaryCrossEntropy}) */
    BCE;

    /**
     * @param labelSmoothing ε in [0, 1) for cross-entropy; must be 0 for the others
     * @return a new loss
     */
    public Loss create(double labelSmoothing) {
        if (this != CROSS_ENTROPY && labelSmoothing != 0) {
            throw new IllegalArgumentException("label smoothing applies to cross-entropy only, not " + this);
        }
        return switch (this) {
            case CROSS_ENTROPY -> new SoftmaxCrossEntropy(labelSmoothing);
            case MSE -> new MeanSquaredError();
            case BCE -> new BinaryCrossEntropy();
        };
    }
}
