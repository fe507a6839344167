package org.losslandscape.compute.curvature;

import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The curvature matrices of a network's loss that the Krylov methods ({@link Lanczos}, {@link Hutchinson},
 * {@link SpectralDensity}) can probe: each is given by its exact matrix-vector product.
 */
public enum CurvatureOperator {

    /** The Hessian ∇²L (Pearlmutter's R-operator). */
    HESSIAN("Hessian"),

    /** The generalised Gauss-Newton matrix Jᵀ·∇²_z L·J: positive semi-definite for a convex loss. */
    GAUSS_NEWTON("Gauss-Newton"),

    /** The empirical Fisher (1/n)·Σ gᵢgᵢᵀ of the per-example gradients. */
    EMPIRICAL_FISHER("empirical Fisher");

    private final String label;

    CurvatureOperator(String label) {
        this.label = label;
    }

    /** @return the name shown in tables and figures */
    public String label() {
        return label;
    }

    /**
     * @return an objective with the network's value and gradient whose {@code hessianVectorProduct} is this
     *         operator's product, so every curvature method runs on it unchanged
     */
    public CurvatureObjective of(NetworkObjective f) {
        if (this == HESSIAN) {
            return f;
        }
        return new CurvatureObjective() {
            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public double valueAndGradient(double[] params, double[] gradient) {
                return f.valueAndGradient(params, gradient);
            }

            @Override
            public double value(double[] params) {
                return f.value(params);
            }

            @Override
            public void hessianVectorProduct(double[] params, double[] v, double[] out) {
                if (CurvatureOperator.this == GAUSS_NEWTON) {
                    f.gaussNewtonVectorProduct(params, v, out);
                } else {
                    f.empiricalFisherVectorProduct(params, v, out);
                }
            }
        };
    }
}
