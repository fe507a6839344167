/**
 * The noise of stochastic gradients: per-example gradients, the mini-batch noise around the full gradient projected
 * on random and top-Hessian directions, and its tail index (Şimşekli et al. 2019), with symmetric α-stable samples
 * as the estimator's test oracle.
 */
package org.losslandscape.compute.dynamics.noise;
