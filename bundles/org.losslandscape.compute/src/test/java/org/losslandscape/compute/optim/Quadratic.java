package org.losslandscape.compute.optim;

import org.losslandscape.compute.objective.Objective;

/** Test objective {@code f(x) = 0.5 * sum_i a_i x_i^2}, gradient {@code a_i x_i}. */
final class Quadratic implements Objective {

    private final double[] a;
    private int evaluations;

    Quadratic(double... a) {
        this.a = a.clone();
    }

    /** @return the ill-conditioned quadratic with {@code a = 1, 2, ..., n} */
    static Quadratic illConditioned(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i + 1;
        }
        return new Quadratic(a);
    }

    int evaluations() {
        return evaluations;
    }

    @Override
    public int dimension() {
        return a.length;
    }

    @Override
    public double valueAndGradient(double[] params, double[] gradient) {
        evaluations++;
        double f = 0;
        for (int i = 0; i < a.length; i++) {
            gradient[i] = a[i] * params[i];
            f += 0.5 * a[i] * params[i] * params[i];
        }
        return f;
    }

    /** Runs {@code steps} full-batch steps of {@code instance} on {@code f} from {@code x} (mutated and returned). */
    static double[] descend(OptimizerInstance instance, Objective f, double[] x, double lr, int steps) {
        double[] g = new double[x.length];
        StepContext context = new StepContext(lr, f);
        for (int s = 0; s < steps; s++) {
            f.valueAndGradient(x, g);
            instance.step(x, g, context);
        }
        return x;
    }
}
