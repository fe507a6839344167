package org.losslandscape.compute.optim.builtin;

import org.losslandscape.compute.optim.AbstractOptimizerInstance;

/**
 * The Adam update shared by {@link AdamOptimizer} (coupled L2) and {@link AdamWOptimizer} (decoupled decay), in
 * PyTorch's arithmetic: {@code m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
 * theta -= (lr / (1 - b1^t)) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)}. State: {@code "m"}, {@code "v"}.
 */
final class AdamInstance extends AbstractOptimizerInstance {

    static final String M = "m";
    static final String V = "v";

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;

    AdamInstance(int dimension, double beta1, double beta2, double eps, double weightDecay, boolean decoupled) {
        super(dimension, M, V);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
    }

    @Override
    protected void update(double[] params, double[] gradient, double lr, long t) {
        if (decoupled) {
            applyDecoupledDecay(params, lr, weightDecay);
        } else {
            addCoupledDecay(gradient, params, weightDecay);
        }
        double[] m = vector(M);
        double[] v = vector(V);
        double stepSize = lr / (1 - Math.pow(beta1, t));
        double correction2Sqrt = Math.sqrt(1 - Math.pow(beta2, t));
        for (int i = 0; i < params.length; i++) {
            double g = gradient[i];
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            double denom = Math.sqrt(v[i]) / correction2Sqrt + eps;
            params[i] -= stepSize * (m[i] / denom);
        }
    }
}
