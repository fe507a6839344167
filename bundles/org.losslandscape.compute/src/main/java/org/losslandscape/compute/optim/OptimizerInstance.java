package org.losslandscape.compute.optim;

import java.util.Map;

/**
 * The state of one optimisation run of an {@link Optimizer}, created by {@link Optimizer#create}. Part of the
 * optimizer SPI.
 *
 * <p>Not thread-safe: one run, one thread at a time. Guarantee expected of every implementation: the update is
 * a deterministic function of (state, params, gradient, context) — two instances fed the same inputs produce
 * bit-identical parameters, and {@link #restore} of a {@link #state()} snapshot continues bit-identically.
 */
public interface OptimizerInstance {

    /** @return the length of the parameter vectors this instance accepts */
    int dimension();

    /**
     * Performs one update.
     *
     * @param params parameters, length {@link #dimension()}; updated in place
     * @param gradient gradient of the current (mini-batch) objective at {@code params}, length
     *        {@link #dimension()}, not the same array as {@code params}; the implementation MAY overwrite it
     *        (e.g. with the weight-decayed gradient or, for SAM, the gradient at the perturbed point)
     * @param context learning rate for this step and, for optimizers that need it, the objective
     * @throws IllegalArgumentException for wrong lengths or aliased arrays
     */
    void step(double[] params, double[] gradient, StepContext context);

    /** @return the number of completed {@link #step} calls since creation or {@link #reset()} */
    long steps();

    /**
     * @return a snapshot of the whole state: copies of all state vectors by name (e.g. {@code "m"}, {@code "v"})
     *         plus the one-element vector {@code "step"} holding {@link #steps()}; the map is unmodifiable, the
     *         arrays belong to the caller
     */
    Map<String, double[]> state();

    /**
     * Replaces the state by a snapshot from {@link #state()} of an instance created with the same hyper-parameters
     * and dimension. Arrays are copied. Either all of the state is replaced or, on error, none of it.
     *
     * @throws IllegalArgumentException naming the offending entry when a key is missing or unknown, a length is
     *         wrong or the step count is not a non-negative integer
     */
    void restore(Map<String, double[]> state);

    /** Returns to the freshly created state: all state vectors zero, {@link #steps()} 0. */
    void reset();
}
