/**
 * Critical points of a loss, found rather than assumed: Levenberg–Marquardt on the equations ∇L = 0 (MINRES on
 * exact Hessian-vector products; Newton-MR's step as the damping vanishes) from many starts, the index of each point
 * (dense Hessian for small models, stochastic Lanczos quadrature beyond), and the fit of Pennington and Bahri's law
 * of the index against the loss. Every method takes a {@link org.losslandscape.compute.objective.CurvatureObjective};
 * the points given are never modified.
 */
package org.losslandscape.compute.critical;
