package org.losslandscape.compute.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.objective.CurvatureObjective;
import org.losslandscape.compute.train.TrainingListener;

/**
 * Tracks the sharpness λ_max of the training loss along a run, as in the edge-of-stability experiments of Cohen et
 * al. (ICLR 2021): every {@code every} steps, {@link #afterStep} computes the top Hessian eigenvalue at the current
 * parameters by {@link WarmStartLanczos}, started from the previous top eigenvector, and records it with the
 * stability threshold (see {@link StabilityThresholds}).
 * <p>
 * Plugging into a run: pass the tracker as (or inside) the {@link TrainingListener} of
 * {@code Trainer.run(...)}. The objective comes from a function of the current buffers, so that networks with
 * running statistics are probed with the run's buffers; {@link #forNetwork} builds it for full-batch training.
 * For Adam, {@link #withPreconditioner} tracks the preconditioned sharpness {@code λ_max(P⁻¹H)} instead, with a
 * supplier such as {@code () -> StabilityThresholds.adamPreconditioner(instance.state(), beta2, eps)}.
 * <p>
 * Called on the training thread; {@link #samples()} may be read from any thread.
 */
public final class SharpnessTracker implements TrainingListener {

    private final Function<double[], ? extends CurvatureObjective> objectiveForBuffers;
    private final int every;
    private final double threshold;
    private final int maxSteps;
    private final double tolerance;
    private final Supplier<double[]> preconditioner;
    /** The threshold at a step, from the gradient norm there; null: {@link #threshold} at every step. */
    private final Threshold thresholdAt;
    private final List<SharpnessSample> samples = new ArrayList<>();
    private double[] previous;

    /**
     * @param objectiveForBuffers the training objective for the run's current buffers (called at each measurement)
     * @param every measure when the step count is a multiple of this, ≥ 1
     * @param threshold the stability threshold to record with each sample, e.g. {@code 2/η}
     */
    public SharpnessTracker(Function<double[], ? extends CurvatureObjective> objectiveForBuffers, int every,
            double threshold) {
        this(objectiveForBuffers, every, threshold, 100, 1e-6, null, null);
    }

    /**
     * The stability threshold at a step, for a threshold that follows the learning-rate schedule or depends on the
     * state (SAM's, on the gradient norm).
     */
    @FunctionalInterface
    public interface Threshold {

        /**
         * @param step the optimizer step of the measurement
         * @param gradientNorm ‖∇L‖ of the full-batch training loss there
         * @return the threshold at that step, NaN when there is none
         */
        double at(long step, double gradientNorm);
    }

    private SharpnessTracker(Function<double[], ? extends CurvatureObjective> objectiveForBuffers, int every,
            double threshold, int maxSteps, double tolerance, Supplier<double[]> preconditioner,
            Threshold thresholdAt) {
        if (every < 1 || maxSteps < 1 || !(tolerance >= 0)) {
            throw new IllegalArgumentException("need every ≥ 1, maxSteps ≥ 1, tolerance ≥ 0");
        }
        this.objectiveForBuffers = Objects.requireNonNull(objectiveForBuffers, "objectiveForBuffers");
        this.every = every;
        this.threshold = threshold;
        this.maxSteps = maxSteps;
        this.tolerance = tolerance;
        this.preconditioner = preconditioner;
        this.thresholdAt = thresholdAt;
    }

    /**
     * A tracker of the full-batch training loss of {@code network} on {@code train}, in training mode with frozen
     * buffers (batch statistics as the training step sees them; dropout masks of seed 0).
     */
    public static SharpnessTracker forNetwork(Network network, Dataset train, int every, double threshold) {
        Batch batch = Batch.of(train);
        return new SharpnessTracker(buffers -> new NetworkObjective(network, batch, buffers,
                PassMode.trainFrozen(0)), every, threshold);
    }

    /** @return a copy with other Lanczos settings (most steps per measurement, relative residual tolerance) */
    public SharpnessTracker withLanczos(int steps, double relativeTolerance) {
        return new SharpnessTracker(objectiveForBuffers, every, threshold, steps, relativeTolerance, preconditioner,
                thresholdAt);
    }

    /**
     * @param diagonal supplies the current positive diagonal preconditioner P at each measurement
     * @return a copy that tracks {@code λ_max(P⁻¹H)} (compare with {@link StabilityThresholds#adam})
     */
    public SharpnessTracker withPreconditioner(Supplier<double[]> diagonal) {
        return new SharpnessTracker(objectiveForBuffers, every, threshold, maxSteps, tolerance,
                Objects.requireNonNull(diagonal), thresholdAt);
    }

    /**
     * @param at the threshold at each measurement's step and gradient norm (e.g. {@code 2/η(step)} under a
     *        schedule, or SAM's, which depends on ‖∇L‖)
     * @return a copy that records that threshold with each sample instead of a constant one
     */
    public SharpnessTracker withThreshold(Threshold at) {
        return new SharpnessTracker(objectiveForBuffers, every, threshold, maxSteps, tolerance, preconditioner,
                Objects.requireNonNull(at));
    }

    /** @return whether this tracker measures the preconditioned sharpness (see {@link #withPreconditioner}) */
    public boolean preconditioned() {
        return preconditioner != null;
    }

    @Override
    public void afterStep(long step, double[] params, double[] buffers) {
        if (step % every == 0) {
            measure(step, params, buffers);
        }
    }

    /**
     * Measures now (e.g. at step 0, before training) and records the sample.
     *
     * @param params parameters, not modified or kept
     * @param buffers buffers, handed to the objective function
     * @return the sample
     */
    public SharpnessSample measure(long step, double[] params, double[] buffers) {
        CurvatureObjective plain = objectiveForBuffers.apply(buffers);
        double recorded = threshold;
        if (thresholdAt != null) {
            double[] g = new double[params.length];
            plain.valueAndGradient(params, g);
            recorded = thresholdAt.at(step, Vectors.norm(g));
        }
        CurvatureObjective f = preconditioner == null ? plain
                : StabilityThresholds.preconditioned(plain, preconditioner.get());
        TopEigenpair top = WarmStartLanczos.top(f, params, previous, maxSteps, tolerance, step);
        previous = top.vector();
        SharpnessSample sample = new SharpnessSample(step, top.value(), recorded, top.residual(), top.products());
        synchronized (samples) {
            samples.add(sample);
        }
        return sample;
    }

    /** @return the recorded samples in order (a snapshot) */
    public List<SharpnessSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** @return the steps of the samples */
    public long[] steps() {
        return samples().stream().mapToLong(SharpnessSample::step).toArray();
    }

    /** @return the sharpness series */
    public double[] sharpness() {
        return samples().stream().mapToDouble(SharpnessSample::sharpness).toArray();
    }

    /** @return the constant threshold recorded with every sample when no {@link #withThreshold} function is set */
    public double threshold() {
        return threshold;
    }

    /** @return the measurement interval in steps */
    public int every() {
        return every;
    }
}
