package org.losslandscape.compute.nn;

/**
 * Loss and accuracy of a network on a dataset.
 *
 * @param loss mean loss
 * @param accuracy fraction of rows predicted right, or NaN when undefined (regression)
 * @param rows number of rows evaluated
 */
public record Evaluation(double loss, double accuracy, int rows) {
}
