package org.losslandscape.compute.dynamics;

import java.util.Map;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The largest sharpness (top Hessian eigenvalue) on which an optimizer's update is stable on a quadratic
 * {@code ½ λ x²}: beyond it the iterates grow. Cohen et al. (ICLR 2021, "Gradient Descent on Neural Networks
 * Typically Occurs at the Edge of Stability", section 2 and appendix) observe that full-batch training drives the
 * sharpness up to this value and then hovers there.
 * <ul>
 * <li>Gradient descent, {@code x ← x − ηλx}: stable iff {@code |1 − ηλ| < 1}, i.e. {@code λ < 2/η}.</li>
 * <li>Heavy-ball momentum β (PyTorch form {@code v ← βv + g, x ← x − ηv}, equivalently
 * {@code x' = x − ηλx + β(x − x₋)}): characteristic polynomial {@code z² − (1 + β − ηλ)z + β}; both roots lie in
 * the unit disc iff {@code 0 < ηλ < 2 + 2β}, so the threshold is {@code (2 + 2β)/η}.</li>
 * <li>Nesterov momentum β (PyTorch form {@code v ← βv + g, x ← x − η(g + βv)}): polynomial
 * {@code z² − (1 + β − ηλ(1 + β))z + β(1 − ηλ)}; the root {@code z = −1} is reached at
 * {@code ηλ = (2 + 2β)/(1 + 2β)}, so the threshold is {@code (2 + 2β)/(η(1 + 2β))}.</li>
 * <li>Adam: the update is approximately preconditioned heavy-ball momentum with preconditioner
 * {@code P = diag(√v̂ + ε)} and EMA-form momentum β₁; Cohen et al. (2022, "Adaptive Gradient Methods at the Edge of
 * Stability", arXiv:2207.14484) compare the <em>preconditioned sharpness</em> {@code λ_max(P⁻¹H)} with
 * {@code (2 + 2β₁)/(η(1 − β₁))} (the EMA form scales the gradient by {@code 1 − β₁}). Here {@code v̂ = v/(1 − β₂ᵗ)}
 * is taken from the optimizer state {@code "v"} and its step count {@code "step"}, as {@code AdamInstance} defines
 * them; bias correction of the first moment is ignored (it tends to 1). {@link #preconditioned} gives the symmetric
 * operator {@code P^{-1/2} H P^{-1/2}}, which has the eigenvalues of {@code P⁻¹H}.</li>
 * </ul>
 */
public final class StabilityThresholds {

    private StabilityThresholds() {
    }

    /** @return {@code 2/η}, the gradient-descent threshold */
    public static double gradientDescent(double lr) {
        checkLr(lr);
        return 2 / lr;
    }

    /** @return {@code (2 + 2β)/η}, the heavy-ball threshold */
    public static double heavyBall(double lr, double beta) {
        checkLr(lr);
        checkBeta(beta);
        return (2 + 2 * beta) / lr;
    }

    /** @return {@code (2 + 2β)/(η(1 + 2β))}, the Nesterov threshold */
    public static double nesterov(double lr, double beta) {
        checkLr(lr);
        checkBeta(beta);
        return (2 + 2 * beta) / (lr * (1 + 2 * beta));
    }

    /** @return {@code (2 + 2β₁)/(η(1 − β₁))}, the threshold on the preconditioned sharpness of Adam */
    public static double adam(double lr, double beta1) {
        checkLr(lr);
        checkBeta(beta1);
        return (2 + 2 * beta1) / (lr * (1 - beta1));
    }

    /**
     * The diagonal of Adam's preconditioner {@code P = √v̂ + ε} from an optimizer state snapshot.
     *
     * @param state snapshot with {@code "v"} and {@code "step"} (from {@code OptimizerInstance.state()})
     * @throws IllegalArgumentException if the state has no {@code "v"}/{@code "step"} or no step was taken
     */
    public static double[] adamPreconditioner(Map<String, double[]> state, double beta2, double eps) {
        double[] step = state.get("step");
        if (step == null || step.length != 1) {
            throw new IllegalArgumentException("an Adam state needs entries 'v' and 'step'");
        }
        if (step[0] < 1) {
            throw new IllegalArgumentException("the preconditioner is undefined before the first step");
        }
        return rootPreconditioner(state, "v", 1 - Math.pow(beta2, step[0]), eps);
    }

    /**
     * The diagonal preconditioner {@code P = √(s / correction) + ε} of an adaptive method whose state holds the
     * (running) second moment {@code s} under {@code key}: RMSprop ({@code "square_avg"}), Adagrad ({@code "sum"}),
     * Adam ({@code "v"}, with its bias correction).
     *
     * @param state an {@code OptimizerInstance.state()} snapshot
     * @param correction the bias correction that divides {@code s}, in (0, 1]; 1 for none
     * @throws IllegalArgumentException if the state has no entry {@code key}
     */
    public static double[] rootPreconditioner(Map<String, double[]> state, String key, double correction,
            double eps) {
        double[] v = state.get(key);
        if (v == null) {
            throw new IllegalArgumentException("the optimizer state has no entry '" + key + "'");
        }
        double[] p = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            p[i] = Math.sqrt(v[i] / correction) + eps;
        }
        return p;
    }

    /**
     * @param f the objective
     * @param diagonal positive diagonal of P
     * @return the objective whose Hessian-vector products are {@code P^{-1/2} H P^{-1/2} v} (value and gradient
     *         are those of f); its eigenvalues are those of {@code P⁻¹H}
     */
    public static CurvatureObjective preconditioned(CurvatureObjective f, double[] diagonal) {
        if (diagonal.length != f.dimension()) {
            throw new IllegalArgumentException("preconditioner length " + diagonal.length + " != dimension "
                    + f.dimension());
        }
        double[] s = new double[diagonal.length];
        for (int i = 0; i < s.length; i++) {
            if (!(diagonal[i] > 0)) {
                throw new IllegalArgumentException("the preconditioner must be positive, entry " + i);
            }
            s[i] = 1 / Math.sqrt(diagonal[i]);
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
                double[] w = new double[v.length];
                for (int i = 0; i < w.length; i++) {
                    w[i] = s[i] * v[i];
                }
                f.hessianVectorProduct(params, w, out);
                for (int i = 0; i < out.length; i++) {
                    out[i] *= s[i];
                }
            }
        };
    }

    private static void checkLr(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0, got " + lr);
        }
    }

    private static void checkBeta(double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + beta);
        }
    }
}
