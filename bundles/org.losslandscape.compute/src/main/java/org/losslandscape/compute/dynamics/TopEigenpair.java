package org.losslandscape.compute.dynamics;

/**
 * The largest Hessian eigenvalue with its eigenvector.
 *
 * @param value the top (algebraically largest) Ritz value
 * @param vector its unit Ritz vector (owned by the caller)
 * @param residual the bound {@code ‖Hy − θy‖} from the Lanczos recurrence
 * @param products Hessian-vector products used
 */
public record TopEigenpair(double value, double[] vector, double residual, int products) {
}
