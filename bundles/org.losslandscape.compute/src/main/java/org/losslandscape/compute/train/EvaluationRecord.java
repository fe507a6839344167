package org.losslandscape.compute.train;

/**
 * One point of the training curves.
 *
 * @param step optimizer steps taken before this evaluation
 * @param trainLoss mean loss on the whole training set (evaluation mode)
 * @param trainAccuracy accuracy on the training set, NaN for regression
 * @param validationLoss mean loss on the validation set, NaN without one
 * @param validationAccuracy accuracy on the validation set, NaN without one or for regression
 * @param learningRate the rate of the next step
 * @param seconds wall time since the start of training
 */
public record EvaluationRecord(long step, double trainLoss, double trainAccuracy, double validationLoss,
        double validationAccuracy, double learningRate, double seconds) {
}
