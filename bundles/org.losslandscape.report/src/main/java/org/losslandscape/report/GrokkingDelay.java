package org.losslandscape.report;

import java.util.Locale;

import org.losslandscape.core.results.CurveTable;

/**
 * A run's grokking delay (Power et al. 2022): the first evaluation at which the training accuracy reaches
 * {@value #FITTED} and the first at which the validation accuracy reaches {@value #GENERALISED} (the thresholds of the
 * grokking templates' checks), when the second comes at least twice as late (a delay no shorter than the time to
 * fit: an ordinary run, whose validation accuracy follows its training accuracy, has none).
 *
 * @param fitted the step the training set is fitted
 * @param generalised the step the validation accuracy reaches its threshold
 */
record GrokkingDelay(double fitted, double generalised) {

    /** The training accuracy that counts as fitted. */
    static final double FITTED = 0.99;
    /** The validation accuracy that counts as generalised. */
    static final double GENERALISED = 0.9;

    /**
     * @return the delay of the curves, or null when either threshold is never reached or the validation accuracy
     *         reaches its threshold before twice the step the training set is fitted
     */
    static GrokkingDelay of(CurveTable c) {
        double fitted = first(c.step(), c.trainAccuracy(), FITTED);
        double generalised = first(c.step(), c.valAccuracy(), GENERALISED);
        if (Double.isNaN(fitted) || Double.isNaN(generalised) || generalised < 2 * fitted
                || generalised <= fitted) {
            return null;
        }
        return new GrokkingDelay(fitted, generalised);
    }

    private static double first(double[] step, double[] values, double threshold) {
        for (int i = 0; i < step.length; i++) {
            if (values[i] >= threshold) {
                return step[i];
            }
        }
        return Double.NaN;
    }

    /** @return the delay in steps */
    long steps() {
        return (long) (generalised - fitted);
    }

    /** @return a sentence for people: the two steps, the delay and how many times the time to fit it is */
    String describe() {
        String factor = fitted > 0 ? String.format(Locale.ROOT, ", %.3g times the time to fit", steps() / fitted) : "";
        return String.format(Locale.ROOT, "training accuracy ≥ %.2f at step %d, validation accuracy ≥ %.2f at step %d: "
                + "a grokking delay of %d steps%s", FITTED, (long) fitted, GENERALISED, (long) generalised, steps(),
                factor);
    }
}
