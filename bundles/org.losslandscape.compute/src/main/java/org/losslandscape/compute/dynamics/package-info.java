/**
 * Training dynamics at the edge of stability (Cohen, Kaur, Li, Kolter and Talwalkar, "Gradient Descent on Neural
 * Networks Typically Occurs at the Edge of Stability", ICLR 2021): the stability thresholds of GD, heavy-ball and
 * Nesterov momentum and (preconditioned) Adam on a quadratic, a warm-started Lanczos for the top Hessian
 * eigenvalue, and a {@link org.losslandscape.compute.train.TrainingListener} that tracks the sharpness λ_max
 * during a run against the threshold.
 * <p>
 * Pure Java; no OSGi or UI dependencies.
 */
package org.losslandscape.compute.dynamics;
