package org.losslandscape.compute.optim;

import org.losslandscape.compute.objective.Objective;

/**
 * What an {@link OptimizerInstance} needs besides parameters and gradient for one step. Part of the optimizer SPI.
 *
 * @param learningRate the rate for this step, already taken from the {@link LearningRateSchedule}; finite, &ge; 0
 * @param objective the objective of the current (mini-)batch, for optimizers that evaluate extra gradients
 *        (SAM); may be null for optimizers that do not need it
 */
public record StepContext(double learningRate, Objective objective) {

    /** @throws IllegalArgumentException if the learning rate is negative or not finite */
    public StepContext {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got " + learningRate);
        }
    }

    /** @return a context without objective */
    public static StepContext of(double learningRate) {
        return new StepContext(learningRate, null);
    }
}
