package org.losslandscape.compute.optim;

/**
 * The learning rate as a function of the 0-based step: the driver passes {@code rate(step)} to
 * {@link OptimizerInstance#step} via {@link StepContext#learningRate()}. Implementations are immutable and
 * return a finite rate &ge; 0 for every step &ge; 0; the factories' schedules throw
 * {@link IllegalArgumentException} for a negative step.
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /** @return the learning rate for {@code step} = 0, 1, 2, ... */
    double rate(long step);

    /** @return {@code base} at every step */
    static LearningRateSchedule constant(double base) {
        return new Schedules.Constant(base);
    }

    /**
     * Step decay (PyTorch {@code StepLR}): {@code base * gamma^floor(step / every)}.
     *
     * @param gamma factor &gt; 0 (usually &lt; 1)
     * @param every steps between decays, &ge; 1
     */
    static LearningRateSchedule stepDecay(double base, double gamma, long every) {
        return new Schedules.StepDecay(base, gamma, every);
    }

    /**
     * Cosine annealing (SGDR of Loshchilov &amp; Hutter, ICLR 2017, without restarts): for {@code step < steps}
     * {@code min + (base - min) * (1 + cos(pi * step / steps)) / 2}, then {@code min} forever.
     *
     * @param min final rate, {@code 0 <= min <= base}
     * @param steps length of the annealing, &ge; 1
     */
    static LearningRateSchedule cosine(double base, double min, long steps) {
        return new Schedules.Cosine(base, min, steps);
    }

    /**
     * Linear warm-up in front of (multiplying) another schedule on the same step clock:
     * {@code after.rate(step) * (step + 1) / warmupSteps} for {@code step < warmupSteps}, then
     * {@code after.rate(step)}. Step 0 thus already gets {@code 1 / warmupSteps} of the rate, and step
     * {@code warmupSteps - 1} the full rate. {@code after} is not shifted: a cosine of length T still ends at step T.
     *
     * @param warmupSteps &ge; 1
     */
    static LearningRateSchedule linearWarmup(long warmupSteps, LearningRateSchedule after) {
        return new Schedules.LinearWarmup(warmupSteps, after);
    }

    /** @return {@link #linearWarmup(long, LearningRateSchedule) linearWarmup(warmupSteps, this)} */
    default LearningRateSchedule withLinearWarmup(long warmupSteps) {
        return linearWarmup(warmupSteps, this);
    }
}
