package org.losslandscape.compute.connectivity;

/**
 * A trained quadratic Bezier curve and its profile.
 *
 * @param control the trained control point {@code θ_c}
 * @param profile loss and accuracy along {@code φ(t)} at evenly spaced {@code t}, with the barrier of
 *        {@link PathProfile}
 * @param trainingLoss the sampled loss {@code L(φ(t_k))} at each training step, in order
 */
public record BezierResult(double[] control, PathProfile profile, double[] trainingLoss) {
}
