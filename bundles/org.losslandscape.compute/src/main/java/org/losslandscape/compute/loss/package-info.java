/**
 * Losses on a network's output with exact first and second derivatives, and accuracy. The loss's Hessian with
 * respect to the output is the last piece of the R-operator that makes the whole network's Hessian-vector
 * products exact.
 */
package org.losslandscape.compute.loss;
