package org.losslandscape.compute.train;

import java.util.Map;

/**
 * Callbacks of a training run, called on the training thread. Arrays passed in are copies the listener may keep.
 * All methods do nothing by default.
 */
public interface TrainingListener {

    /** After every optimizer step: the mini-batch loss before the step. */
    default void step(long step, double batchLoss, double learningRate) {
    }

    /** After every evaluation. */
    default void evaluated(EvaluationRecord record) {
    }

    /**
     * Every {@code checkpointEvery} steps (and at step 0): parameters, buffers and optimizer state, e.g. to save a
     * checkpoint or record a trajectory.
     */
    default void checkpoint(long step, double[] params, double[] buffers, Map<String, double[]> optimizerState) {
    }

    /**
     * Called every step with the current parameters (not a copy: read, do not keep or modify), for analyses that
     * track the run, such as the sharpness at the edge of stability.
     */
    default void afterStep(long step, double[] params, double[] buffers) {
    }

    /**
     * After each measurement of a run that tracks its sharpness (the edge of stability), as soon as it is made: for
     * views that follow the run live.
     *
     * @param step optimizer steps completed when measured
     * @param sharpness λ_max of the (possibly preconditioned) training-loss Hessian
     * @param threshold the stability threshold there, NaN when there is none
     */
    default void sharpness(long step, double sharpness, double threshold) {
    }
}
