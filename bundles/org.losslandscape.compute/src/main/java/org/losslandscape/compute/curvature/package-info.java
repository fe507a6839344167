/**
 * Curvature of an objective at a point, from exact Hessian-vector products: extreme eigenpairs by Lanczos with full
 * re-orthogonalisation and by power iteration with deflation, the trace by Hutchinson's estimator, the spectral
 * density by stochastic Lanczos quadrature, the dense Hessian with its eigendecomposition for small models, the
 * index of a critical point, and sharpness measures (λ_max, trace, ε-sharpness, Gaussian and adaptive sharpness).
 * Every method takes a {@link org.losslandscape.compute.objective.CurvatureObjective} and a parameter point, which
 * it never modifies.
 */
package org.losslandscape.compute.curvature;
