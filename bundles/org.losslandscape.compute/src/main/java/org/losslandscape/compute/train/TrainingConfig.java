package org.losslandscape.compute.train;

import org.losslandscape.compute.optim.LearningRateSchedule;

/**
 * How long and how to train. Counts are optimizer steps; {@link #ofEpochs} converts epochs to steps.
 *
 * @param steps optimizer steps to take (≥ 0; 0 trains nothing: the result is the start, evaluated once, for
 *        analysing a model trained elsewhere)
 * @param batchSize rows per step; 0 or ≥ the training size means full batch
 * @param evaluateEvery evaluate training and validation loss/accuracy every this many steps (and at step 0 and
 *        at the end); 0 = only at the start and the end
 * @param checkpointEvery hand parameters and optimizer state to the listener every this many steps; 0 = never
 * @param schedule learning rate per step
 * @param clipNorm clip the gradient to this global L2 norm; 0 = no clipping
 * @param patience early stopping: stop after this many evaluations without a validation loss improvement of at
 *        least {@code minDelta}; 0 = off
 * @param minDelta smallest improvement that counts
 * @param restoreBest on early stopping, return the parameters of the best evaluation
 * @param seed fixes mini-batch order and dropout masks
 */
public record TrainingConfig(long steps, int batchSize, int evaluateEvery, int checkpointEvery,
        LearningRateSchedule schedule, double clipNorm, int patience, double minDelta, boolean restoreBest,
        long seed) {

    /** Validates the settings; messages say what to change. */
    public TrainingConfig {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0 (0 = analyse the start only), got " + steps);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be ≥ 0 (0 = full batch), got " + batchSize);
        }
        if (evaluateEvery < 0 || checkpointEvery < 0 || patience < 0) {
            throw new IllegalArgumentException("evaluation interval, checkpoint interval and patience must be ≥ 0");
        }
        if (!(clipNorm >= 0) || !Double.isFinite(clipNorm)) {
            throw new IllegalArgumentException("gradient clip norm must be ≥ 0 (0 = off), got " + clipNorm);
        }
        if (schedule == null) {
            throw new IllegalArgumentException("a learning-rate schedule is required");
        }
    }

    /** @return a full-batch configuration: {@code steps} steps, evaluation every {@code evaluateEvery} */
    public static TrainingConfig fullBatch(long steps, int evaluateEvery, LearningRateSchedule schedule, long seed) {
        return new TrainingConfig(steps, 0, evaluateEvery, 0, schedule, 0, 0, 0, false, seed);
    }

    /**
     * @return the number of steps in {@code epochs} passes over {@code trainingRows} rows with this batch size
     */
    public static long ofEpochs(long epochs, int trainingRows, int batchSize) {
        int b = batchSize <= 0 || batchSize >= trainingRows ? trainingRows : batchSize;
        return epochs * ((trainingRows + b - 1) / b);
    }

    /** @return a copy with another batch size */
    public TrainingConfig withBatchSize(int size) {
        return new TrainingConfig(steps, size, evaluateEvery, checkpointEvery, schedule, clipNorm, patience, minDelta,
                restoreBest, seed);
    }

    /** @return a copy with early stopping */
    public TrainingConfig withEarlyStopping(int evaluations, double delta, boolean restore) {
        return new TrainingConfig(steps, batchSize, evaluateEvery, checkpointEvery, schedule, clipNorm, evaluations,
                delta, restore, seed);
    }

    /** @return a copy with checkpoints every {@code every} steps */
    public TrainingConfig withCheckpointEvery(int every) {
        return new TrainingConfig(steps, batchSize, evaluateEvery, every, schedule,
                clipNorm, patience, minDelta, restoreBest, seed);
    }

    /** @return a copy with gradient clipping */
    public TrainingConfig withClipNorm(double norm) {
        return new TrainingConfig(steps, batchSize, evaluateEvery, checkpointEvery, schedule, norm, patience, minDelta,
                restoreBest, seed);
    }
}
