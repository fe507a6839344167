package org.losslandscape.compute.curvature;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * Adaptive sharpness of Kwon et al. 2021, "ASAM: Adaptive Sharpness-Aware Minimization for Scale-Invariant
 * Learning of Deep Neural Networks": {@code max_{‖T⁻¹δ‖₂ ≤ ρ} f(θ + δ) − f(θ)} with {@code T = diag(|θ| + η)}.
 * Writing {@code δ = T·u}, the maximisation runs in u: projected gradient ascent on the ball ‖u‖ ≤ ρ, with the
 * gradient {@code T·∇f(θ + Tu)}, first step ρ along it (ASAM's one-step perturbation), then steps of ρ/2 projected
 * back onto the ball, keeping the best value.
 * <p>
 * With η = 0, a rescaling θ' = Dθ by a positive diagonal D that leaves the function unchanged (as the layer
 * rescaling of ReLU networks, Dinh et al. 2017) gives exactly the same u-iterates and values, so the measure is
 * invariant; λ_max, the trace and ε-sharpness are not.
 *
 * @param rho radius in the scaled coordinates
 * @param iterations ascent steps (gradient evaluations), at least 1
 * @param eta offset of T (ASAM uses 0.01 to perturb zero weights; it breaks exact invariance)
 */
public record AdaptiveSharpness(double rho, int iterations, double eta) implements Sharpness {

    @Override
    public String name() {
        return "adaptive_sharpness";
    }

    @Override
    public double measure(CurvatureObjective f, double[] params) {
        int n = params.length;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = Math.abs(params[i]) + eta;
        }
        double f0 = f.value(params);
        double best = f0;
        double[] u = new double[n];
        double[] point = params.clone();
        double[] grad = new double[n];
        for (int it = 0; it < iterations; it++) {
            double value = f.valueAndGradient(point, grad);
            best = Math.max(best, value);
            double gn = 0;
            for (int i = 0; i < n; i++) {
                grad[i] *= t[i];
                gn += grad[i] * grad[i];
            }
            gn = Math.sqrt(gn);
            if (gn == 0) {
                break;
            }
            double step = (it == 0 ? rho : rho / 2) / gn;
            double un = 0;
            for (int i = 0; i < n; i++) {
                u[i] += step * grad[i];
                un += u[i] * u[i];
            }
            un = Math.sqrt(un);
            double shrink = un > rho ? rho / un : 1;
            for (int i = 0; i < n; i++) {
                u[i] *= shrink;
                point[i] = params[i] + t[i] * u[i];
            }
        }
        best = Math.max(best, f.value(point));
        return best - f0;
    }
}
