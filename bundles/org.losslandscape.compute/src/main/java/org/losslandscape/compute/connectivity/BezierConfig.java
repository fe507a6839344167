package org.losslandscape.compute.connectivity;

/**
 * Settings of {@link BezierCurve#train}.
 *
 * @param steps Adam steps on the control point, at least 0
 * @param learningRate Adam's learning rate, finite and {@code > 0}
 * @param batchSize rows per step; 0 (or at least the dataset size) for full batch
 * @param points evenly spaced points at which the trained curve is evaluated, at least 2
 * @param seed fixes the sampled {@code t} and mini-batches
 */
public record BezierConfig(int steps, double learningRate, int batchSize, int points, long seed) {

    /** @throws IllegalArgumentException for out-of-range values */
    public BezierConfig {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0, got " + learningRate);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batchSize must be >= 0, got " + batchSize);
        }
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
    }
}
