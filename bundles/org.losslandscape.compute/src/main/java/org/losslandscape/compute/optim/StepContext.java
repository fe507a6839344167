package org.losslandscape.compute.optim;

import org.losslandscape.compute.objective.CurvatureObjective;
import org.losslandscape.compute.objective.Objective;

/**
 * What an {@link OptimizerInstance} needs besides parameters and gradient for one step. Part of the optimizer SPI.
 *
 * @param learningRate the rate for this step, already taken from the {@link LearningRateSchedule}; finite, &ge; 0
 * @param objective the objective of the current (mini-)batch, for optimizers that evaluate extra gradients
 *        (SAM) or, when it is a {@link CurvatureObjective}, exact Hessian-vector products (curvature-aware
 *        optimizers, see {@link #curvature()}); may be null for optimizers that need neither
 */
public record StepContext(double learningRate, Objective objective) {

    /** @throws IllegalArgumentException if the learning rate is negative or not finite */
    public StepContext {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got " + learningRate);
        }
    }

    /**
     * @return the objective as a {@link CurvatureObjective} when it gives exact Hessian-vector products of the
     *         current (mini-)batch loss (the trainer's objective does), else null
     */
    public CurvatureObjective curvature() {
        return objective instanceof CurvatureObjective c ? c : null;
    }

    /**
     * @return {@link #curvature()}, never null
     * @throws IllegalStateException naming {@code optimizerId} when this step has no Hessian-vector products
     */
    public CurvatureObjective requireCurvature(String optimizerId) {
        CurvatureObjective c = curvature();
        if (c == null) {
            throw new IllegalStateException("optimizer '" + optimizerId + "' needs Hessian-vector products of the "
                    + "objective, but this step's context has " + (objective == null ? "no objective"
                            : "an objective without them (" + objective.getClass().getSimpleName() + ")"));
        }
        return c;
    }

    /** @return a context without objective */
    public static StepContext of(double learningRate) {
        return new StepContext(learningRate, null);
    }
}
