/**
 * Two-dimensional toy loss surfaces with exact gradients and Hessians (quadratic bowl, saddles, Rosenbrock,
 * Himmelblau, Rastrigin, Beale, six-hump camel and a deceptive two-well surface), optimizer trajectories on them,
 * and a Newton search for their critical points with classification by the Hessian's eigenvalues. They make the
 * behaviour of optimizers visible: ill-conditioning, saddle escape, momentum crossing barriers.
 * <p>
 * Pure Java; no OSGi or UI dependencies.
 */
package org.losslandscape.compute.toy;
