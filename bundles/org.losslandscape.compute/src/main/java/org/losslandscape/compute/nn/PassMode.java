package org.losslandscape.compute.nn;

/**
 * How a pass treats the layers that behave differently in training: dropout and BatchNorm.
 *
 * @param training dropout active and BatchNorm on batch statistics
 * @param updateBuffers BatchNorm updates its running statistics (only a real training step should)
 * @param dropoutSeed fixes the dropout masks, so passes with the same seed see the same masks
 */
public record PassMode(boolean training, boolean updateBuffers, long dropoutSeed) {

    /** Evaluation: no dropout, BatchNorm on running statistics, nothing updated. */
    public static final PassMode EVAL = new PassMode(false, false, 0);

    /** @return a training pass that updates running statistics (a real optimizer step) */
    public static PassMode trainStep(long dropoutSeed) {
        return new PassMode(true, true, dropoutSeed);
    }

    /** @return a training-mode pass that leaves the running statistics alone (analyses, SAM's second pass) */
    public static PassMode trainFrozen(long dropoutSeed) {
        return new PassMode(true, false, dropoutSeed);
    }
}
