/**
 * PAC-Bayes bounds on the test error of a trained network (McAllester 1999, "Some PAC-Bayesian theorems"; Langford
 * and Seeger 2001, "Bounds for averaging classifiers"; Dziugaite and Roy 2017, "Computing nonvacuous generalization
 * bounds for deep (stochastic) neural networks with many more parameters than training data"): the binary kl and its
 * inverse, the KL divergence of diagonal Gaussians, Gaussian posteriors around the solution (isotropic or scaled per
 * parameter tensor) against a prior at the initial point, and the bound with its width chosen over a grid.
 * <p>
 * Pure Java; no OSGi or UI dependencies.
 */
package org.losslandscape.compute.pacbayes;
