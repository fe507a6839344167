/**
 * Linear algebra on flat {@code double[]}: the register-tiled, vectorised matrix product every layer uses, its
 * sparse-input counterpart for one-hot and count data (the same bits), level-1 vector operations, and the worker
 * threads (results never depend on their number).
 */
package org.losslandscape.compute.linalg;
