/**
 * Scalar functions of a flat parameter vector: value, gradient and exact Hessian-vector products.
 * Networks with a loss on a batch, toy 2D surfaces and test quadratics all implement these, so that
 * optimizers and curvature analyses work on any of them.
 */
package org.losslandscape.compute.objective;
