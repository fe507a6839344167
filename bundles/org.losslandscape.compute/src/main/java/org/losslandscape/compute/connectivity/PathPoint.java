package org.losslandscape.compute.connectivity;

/**
 * One evaluated point of a path in parameter space.
 *
 * @param t the path parameter in {@code [0, 1]}
 * @param loss the mean loss at {@code θ(t)}
 * @param accuracy the accuracy at {@code θ(t)} ({@code NaN} for regression)
 */
public record PathPoint(double t, double loss, double accuracy) {
}
