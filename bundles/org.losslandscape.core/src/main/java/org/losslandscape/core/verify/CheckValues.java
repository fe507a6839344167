package org.losslandscape.core.verify;

/**
 * What a check's expression reads from a template's runs. Every method throws {@link IllegalArgumentException}
 * with a one-line message when the value does not exist.
 */
public interface CheckValues {

    /**
     * @param variant the variant's name, or null for any run
     * @param metric the metric's name, e.g. {@code lambda_max.lambda_max}
     * @return the metric of the last completed run (of that variant) that has it
     */
    double metric(String variant, String metric);

    /**
     * @param function {@code max}, {@code min}, {@code argmax}, {@code argmin} (the variant's position from 0),
     *            {@code first} or {@code last} (the first and last variant's value)
     * @param metric the metric's name
     * @return the function over the variants in their order, each variant's value as by {@link #metric}
     */
    double acrossVariants(String function, String metric);

    /**
     * @param variant the variant's name, or null for any run
     * @param column a training-curve column: {@code train_loss}, {@code train_acc}, {@code val_loss},
     *            {@code val_acc}
     * @param above whether the first step with the value at or above the threshold is wanted, else at or below
     * @return the first recorded step at which the column crosses the threshold, or +∞ when it never does
     */
    double firstStep(String variant, String column, boolean above, double threshold);

    /**
     * @param variant the variant's name, or null for any run
     * @param column a training-curve column, as for {@link #firstStep}
     * @return the column's first measured value (at the start of training)
     */
    double start(String variant, String column);

    /** @return the number of completed runs */
    int runs();
}
