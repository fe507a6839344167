package org.losslandscape.compute.dynamics;

import org.losslandscape.compute.objective.CurvatureObjective;

/** {@code ½ Σ λᵢ xᵢ²}: a diagonal quadratic with known spectrum, for tests. */
final class Quadratic implements CurvatureObjective {

    private final double[] lambda;

    Quadratic(double... lambda) {
        this.lambda = lambda.clone();
    }

    @Override
    public int dimension() {
        return lambda.length;
    }

    @Override
    public double valueAndGradient(double[] params, double[] gradient) {
        double f = 0;
        for (int i = 0; i < lambda.length; i++) {
            gradient[i] = lambda[i] * params[i];
            f += 0.5 * lambda[i] * params[i] * params[i];
        }
        return f;
    }

    @Override
    public void hessianVectorProduct(double[] params, double[] v, double[] out) {
        for (int i = 0; i < lambda.length; i++) {
            out[i] = lambda[i] * v[i];
        }
    }
}
