package org.losslandscape.optim.contract;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The objective of the contract, {@code f(x) = ½ Σ aᵢ xᵢ²}, with its gradient {@code aᵢ xᵢ} and its exact
 * Hessian-vector product {@code aᵢ vᵢ}, so that curvature-aware optimizers run the contract as the others do.
 */
public final class ContractQuadratic implements CurvatureObjective {

    private final double[] a;

    /** @param a the diagonal of the Hessian */
    public ContractQuadratic(double... a) {
        this.a = a.clone();
    }

    /** @return the ill-conditioned quadratic with {@code a = 1, 2, …, n} (condition number n) */
    public static ContractQuadratic illConditioned(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i + 1;
        }
        return new ContractQuadratic(a);
    }

    @Override
    public int dimension() {
        return a.length;
    }

    @Override
    public double valueAndGradient(double[] params, double[] gradient) {
        double f = 0;
        for (int i = 0; i < a.length; i++) {
            gradient[i] = a[i] * params[i];
            f += 0.5 * a[i] * params[i] * params[i];
        }
        return f;
    }

    @Override
    public void hessianVectorProduct(double[] params, double[] v, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * v[i];
        }
    }
}
