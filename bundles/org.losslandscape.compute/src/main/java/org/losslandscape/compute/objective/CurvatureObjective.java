package org.losslandscape.compute.objective;

/**
 * An objective that also gives exact Hessian-vector products (Pearlmutter's R-operator, forward over
 * reverse). Finite differences are never the method here, only a test oracle.
 */
public interface CurvatureObjective extends Objective {

    /**
     * Computes {@code H(params)·v} exactly.
     *
     * @param params parameters, not modified
     * @param v direction, length {@link #dimension()}, not modified
     * @param out output, length {@link #dimension()}; overwritten with the product
     */
    void hessianVectorProduct(double[] params, double[] v, double[] out);
}
