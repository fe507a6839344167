/**
 * The noise of stochastic gradients as a service: the analysis kind that measures its tail index by batch size and
 * along training, and the figures of its result (tail index, histogram, Gaussian Q-Q plot). Not API.
 */
package org.losslandscape.analysis.dynamics.noise;
