package org.losslandscape.compute.train;

import java.util.List;

/**
 * What a training run produced.
 *
 * @param status how it ended
 * @param steps optimizer steps taken
 * @param params final parameters (the best ones when early stopping restored them)
 * @param buffers final buffers (running statistics)
 * @param curve the evaluations, in step order
 * @param batchLosses the mini-batch loss of every step taken
 * @param bestStep step of the lowest validation loss (training loss without validation data), or -1
 * @param seconds wall time of the run
 * @param message a human-readable note for a diverged or stopped run, else empty
 */
public record TrainingResult(TrainingStatus status, long steps, double[] params, double[] buffers,
        List<EvaluationRecord> curve, double[] batchLosses, long bestStep, double seconds, String message) {

    /** @return the last evaluation */
    public EvaluationRecord last() {
        return curve.get(curve.size() - 1);
    }
}
