package org.losslandscape.compute.optim;

/**
 * Optional interface of an {@link Optimizer} that states where its update stops being stable on a quadratic, so that
 * the edge-of-stability analysis (Cohen et al., ICLR 2021; for adaptive methods Cohen et al. 2022,
 * arXiv:2207.14484) can draw the sharpness it tends to hover at. Optimizers without this interface declare no
 * threshold, and the analysis records the sharpness alone and says so. Part of the optimizer SPI.
 * <p>
 * For an update that is (locally) a preconditioned method, {@code theta -= lr * P^-1 g} with momentum or not, the
 * threshold applies to the <em>preconditioned sharpness</em> λ_max(P⁻¹H): {@link #preconditioner} then gives the
 * diagonal of P from a live instance's state.
 */
public interface StabilityAware {

    /**
     * @param learningRate the step's learning rate, &gt; 0
     * @param values the run's hyper-parameters, resolved against this optimizer
     * @return the largest (preconditioned) sharpness on which the update is stable, or NaN when these values have
     *         none (e.g. a setting outside the derivation)
     */
    double stabilityThreshold(double learningRate, HyperParameterValues values);

    /**
     * The threshold in a given state, for updates whose linearisation depends on it (SAM's perturbation ρ∇L/‖∇L‖
     * adds ρλ²/‖∇L‖ to the curvature a step sees). The default ignores the state.
     *
     * @param learningRate the step's learning rate (the schedule's at that step), &gt; 0
     * @param values the run's hyper-parameters
     * @param gradientNorm ‖∇L‖ of the full-batch loss at the point
     * @return as {@link #stabilityThreshold(double, HyperParameterValues)}
     */
    default double stabilityThreshold(double learningRate, HyperParameterValues values, double gradientNorm) {
        return stabilityThreshold(learningRate, values);
    }

    /**
     * @return whether the threshold applies to the preconditioned sharpness λ_max(P⁻¹H), P from
     *         {@link #preconditioner}; false (the default) for the plain sharpness λ_max(H)
     */
    default boolean preconditioned() {
        return false;
    }

    /**
     * @param instance a live instance of this optimizer, created with {@code values}
     * @return the positive diagonal of the preconditioner P in the instance's current state; called only when
     *         {@link #preconditioned()}
     * @throws IllegalArgumentException when the state has no preconditioner yet (e.g. before the first step)
     */
    default double[] preconditioner(OptimizerInstance instance, HyperParameterValues values) {
        throw new UnsupportedOperationException(getClass().getName() + " declares no preconditioner");
    }

    /** @return how the threshold reads, for charts and notes, e.g. {@code "2/η"} */
    String thresholdFormula();
}
