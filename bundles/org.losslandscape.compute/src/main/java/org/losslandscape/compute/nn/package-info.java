/**
 * Neural networks on one flat parameter vector: layers with their forward, backward and R-operator code side by
 * side, networks that give the loss, its exact gradient and exact Hessian-vector products, initialisers, and the
 * description from which networks are built and validated.
 */
package org.losslandscape.compute.nn;
