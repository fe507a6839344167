package org.losslandscape.compute.critical;

import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * Levenberg–Marquardt on the equations ∇L(θ) = 0, whose Jacobian is the Hessian H: Gauss–Newton on ½‖∇L‖², drawn to
 * critical points of every index — minima, saddles and maxima alike — as the critical-point maps of Dauphin et al.
 * (2014, "Identifying and attacking the saddle point problem in high-dimensional non-convex optimization", Fig. 1)
 * and Pennington and Bahri (2017, "Geometry of neural network loss surfaces via random matrix theory") need. Each
 * iteration solves {@code (H² + μI)·p = −H·g} by {@link Minres}, every product with {@code H² + μI} two exact
 * Hessian-vector products, and takes the step when it lowers ‖g‖² (then μ /= 3), else retries with μ ×4. As μ → 0
 * the step is the minimum-residual Newton step {@code −H⁺g} of Newton-MR (Roosta, Liu, Xu and Mahoney 2022,
 * "Newton-MR: Inexact Newton Method with minimum residual sub-problem solver", EURO J. Comput. Optim. 10), which
 * converges fast near a critical point, also a degenerate one; for large μ it is the gradient step {@code −H·g/μ} on
 * ½‖g‖², which makes progress far from one, where the plain Newton step is unreliable.
 * <p>
 * It stops when {@code ‖g‖ ≤ tolerance} (converged); when {@value #REJECTIONS} larger dampings in a row fail to
 * lower ‖g‖² (stalled: typically a "gradient-flat" point, where {@code H·g ≈ 0} but {@code g ≠ 0}, which minimising
 * ‖g‖² is known to find; Frye, Simon, Wadia, Ligeralde, DeWeese and Bouchard 2021, "Critical Point-Finding Methods
 * Reveal Gradient-Flat Regions of Deep Network Losses", Neural Computation 33); or after the iteration limit.
 * Sequential and deterministic.
 */
public final class LevenbergMarquardt {

    /** The first damping μ, relative to the curvature scale ‖H·g‖²/‖g‖². */
    static final double DAMPING = 1e-3;
    /** The least damping, relative to the same scale. */
    static final double MIN_DAMPING = 1e-12;
    /** Rejected steps in a row (μ ×4 each) before the search gives up. */
    static final int REJECTIONS = 30;

    /**
     * Settings.
     *
     * @param tolerance converged when ‖∇L‖ ≤ tolerance, > 0
     * @param maxIterations the most iterations (accepted steps), ≥ 1
     * @param innerTolerance MINRES's relative tolerance on the damped system, in (0, 1)
     * @param innerIterations the most MINRES iterations (two Hessian-vector products each) per solve, ≥ 1
     */
    public record Settings(double tolerance, int maxIterations, double innerTolerance, int innerIterations) {

        /** Checks the settings. */
        public Settings {
            if (!(tolerance > 0) || maxIterations < 1 || !(innerTolerance > 0 && innerTolerance < 1)
                    || innerIterations < 1) {
                throw new IllegalArgumentException("Levenberg–Marquardt needs a gradient tolerance > 0, iterations "
                        + "≥ 1, an inner tolerance in (0, 1) and inner iterations ≥ 1, got " + tolerance + ", "
                        + maxIterations + ", " + innerTolerance + ", " + innerIterations);
            }
        }

        /** @return the given gradient tolerance, 100 iterations, MINRES to 10⁻⁶ in at most 200 iterations */
        public static Settings of(double tolerance) {
            return new Settings(tolerance, 100, 1e-6, 200);
        }
    }

    /** How a search ended. */
    public enum Status {
        /** ‖∇L‖ ≤ tolerance */
        CONVERGED,
        /** no damping lowered ‖∇L‖² (a gradient-flat point, or rounding) */
        STALLED,
        /** the iteration limit */
        ITERATIONS,
        /** the loss or its gradient stopped being finite */
        DIVERGED
    }

    /**
     * Where a search ended.
     *
     * @param point the last iterate (a new array)
     * @param loss the loss there
     * @param gradientNorm ‖∇L‖ there
     * @param iterations steps taken
     * @param products Hessian-vector products used
     * @param status why it stopped
     */
    public record Result(double[] point, double loss, double gradientNorm, int iterations, long products,
            Status status) {

        /** @return whether ‖∇L‖ ≤ tolerance was reached */
        public boolean converged() {
            return status == Status.CONVERGED;
        }
    }

    private final CurvatureObjective f;
    private final Settings settings;

    /**
     * @param f the loss, with exact Hessian-vector products
     * @param settings the tolerances and limits
     */
    public LevenbergMarquardt(CurvatureObjective f, Settings settings) {
        this.f = f;
        this.settings = settings;
    }

    /**
     * @param start the first iterate, not modified
     * @return where the search ended
     */
    public Result search(double[] start) {
        int n = f.dimension();
        if (start.length != n) {
            throw new IllegalArgumentException("the start has " + start.length + " entries, the loss " + n
                    + " parameters");
        }
        double[] x = start.clone();
        double[] g = new double[n];
        double loss = f.valueAndGradient(x, g);
        double[] hg = new double[n];
        double[] hv = new double[n];
        long[] products = {0};
        double mu = Double.NaN;
        int iteration = 0;
        while (true) {
            double gg = Vectors.dot(g, g);
            if (!Double.isFinite(loss) || !Double.isFinite(gg)) {
                return new Result(x, loss, Math.sqrt(gg), iteration, products[0], Status.DIVERGED);
            }
            if (Math.sqrt(gg) <= settings.tolerance()) {
                return new Result(x, loss, Math.sqrt(gg), iteration, products[0], Status.CONVERGED);
            }
            if (iteration == settings.maxIterations()) {
                return new Result(x, loss, Math.sqrt(gg), iteration, products[0], Status.ITERATIONS);
            }
            iteration++;
            double[] here = x;
            f.hessianVectorProduct(x, g, hg);
            products[0]++;
            double[] rhs = hg.clone();
            Vectors.scale(-1, rhs);
            if (Double.isNaN(mu)) {
                mu = DAMPING * Vectors.dot(hg, hg) / gg;
            }
            Step step = null;
            for (int attempt = 0; attempt < REJECTIONS && step == null; attempt++) {
                double damping = mu;
                Minres.Solution s = Minres.solve((v, out) -> {
                    f.hessianVectorProduct(here, v, hv);
                    f.hessianVectorProduct(here, hv, out);
                    Vectors.axpy(damping, v, out);
                    products[0] += 2;
                }, rhs, settings.innerTolerance(), settings.innerIterations());
                double[] y = Vectors.plusScaled(x, 1, s.x());
                double[] gy = new double[n];
                double ly = f.valueAndGradient(y, gy);
                double next = Vectors.dot(gy, gy);
                if (Double.isFinite(ly) && next < gg) {
                    step = new Step(y, gy, ly);
                    mu = Math.max(mu / 3, MIN_DAMPING * Vectors.dot(hg, hg) / gg);
                } else {
                    mu *= 4;
                }
            }
            if (step == null) {
                return new Result(x, loss, Math.sqrt(gg), iteration, products[0], Status.STALLED);
            }
            x = step.point;
            g = step.gradient;
            loss = step.loss;
        }
    }

    private record Step(double[] point, double[] gradient, double loss) {
    }
}
