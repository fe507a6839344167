package org.losslandscape.compute.dynamics;

import java.util.Arrays;
import java.util.Objects;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.losslandscape.compute.objective.Objective;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * Gradient flow, the continuous limit of gradient descent: {@code dθ/dt = −∇L(θ)}, integrated by the adaptive
 * Dormand–Prince 5(4) method of Commons Math with a stated tolerance. Gradient descent with step η is the explicit
 * Euler method on this equation, so its step k approximates the flow at time {@code t = k·η} — closely while η is
 * well below 2/λ_max, and not at all past it, where GD oscillates or diverges while the flow keeps descending (the
 * edge of stability; Cohen et al. 2021, section 2). From zero, on an under-determined least-squares problem, both
 * stay in the row space of the data and reach the minimum-norm solution (the implicit bias of gradient methods).
 */
public final class GradientFlow {

    /**
     * How the flow is integrated.
     *
     * @param absoluteTolerance the integrator's absolute error tolerance per component (e.g. 1e-10)
     * @param relativeTolerance its relative error tolerance (e.g. 1e-10)
     * @param maxEvaluations the most gradient evaluations allowed before the integration stops with an error
     */
    public record Settings(double absoluteTolerance, double relativeTolerance, int maxEvaluations) {

        /** Tolerances 1e-10 and at most a million gradients. */
        public static final Settings DEFAULT = new Settings(1e-10, 1e-10, 1_000_000);

        /** Checks the settings. */
        public Settings {
            if (!(absoluteTolerance > 0) || !(relativeTolerance > 0)) {
                throw new IllegalArgumentException("the flow's tolerances must be positive, got " + absoluteTolerance
                        + " and " + relativeTolerance);
            }
            if (maxEvaluations < 1) {
                throw new IllegalArgumentException("the flow needs at least one gradient evaluation");
            }
        }
    }

    /**
     * The flow sampled at given times.
     *
     * @param times the times, ascending, the first the start's
     * @param points the parameters at each time
     * @param losses the loss at each time
     * @param evaluations the gradient evaluations the integrator made
     */
    public record Path(double[] times, double[][] points, double[] losses, int evaluations) {
    }

    private final Objective objective;
    private final Settings settings;

    /**
     * @param objective the loss whose flow this is (full batch: the flow of a fixed function)
     * @param settings tolerances and the evaluation budget
     */
    public GradientFlow(Objective objective, Settings settings) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Integrates the flow from {@code start} through every time asked for.
     *
     * @param start θ at time {@code times[0]}; not modified
     * @param times ascending times at which θ is recorded, {@code times[0]} the start's
     * @param monitor progress (one unit per time) and cancellation, may be null
     * @return θ and the loss at each time; when cancelled, at the times reached
     * @throws IllegalArgumentException when the times are not ascending or the integration cannot meet its
     *         tolerance within the evaluation budget (the message says which and at what time)
     */
    public Path integrate(double[] start, double[] times, ProgressMonitor monitor) {
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        int d = objective.dimension();
        if (start.length != d) {
            throw new IllegalArgumentException("the start has " + start.length + " parameters, the loss " + d);
        }
        for (int k = 1; k < times.length; k++) {
            if (!(times[k] > times[k - 1])) {
                throw new IllegalArgumentException("the flow's times must ascend: " + times[k - 1] + " then "
                        + times[k]);
            }
        }
        double[][] points = new double[times.length][];
        double[] losses = new double[times.length];
        double[] y = start.clone();
        points[0] = y.clone();
        losses[0] = objective.value(y);
        FirstOrderIntegrator integrator = new DormandPrince54Integrator(0, Double.POSITIVE_INFINITY,
                settings.absoluteTolerance(), settings.relativeTolerance());
        integrator.setMaxEvaluations(settings.maxEvaluations());
        FirstOrderDifferentialEquations flow = new Equations(objective, d);
        int evaluations = 0;
        for (int k = 1; k < times.length; k++) {
            if (m.isCancelled()) {
                return new Path(Arrays.copyOf(times, k), Arrays.copyOf(points, k), Arrays.copyOf(losses, k),
                        evaluations);
            }
            try {
                integrator.integrate(flow, times[k - 1], y, times[k], y);
            } catch (MaxCountExceededException e) {
                throw new IllegalArgumentException("the gradient flow needed more than " + settings.maxEvaluations()
                        + " gradients to reach t = " + times[k] + " at tolerance " + settings.absoluteTolerance()
                        + "; loosen the tolerance or shorten the time", e);
            } catch (NumberIsTooSmallException e) {
                throw new IllegalArgumentException("the gradient flow's step became too small before t = " + times[k]
                        + " (a very stiff or diverging loss): " + e.getMessage(), e);
            }
            evaluations += integrator.getEvaluations();
            points[k] = y.clone();
            losses[k] = objective.value(y);
            m.progress(k, times.length - 1, "gradient flow at t = " + times[k]);
        }
        return new Path(times.clone(), points, losses, evaluations);
    }

    /**
     * @param start θ₀; not modified
     * @param eta the step
     * @param steps how many steps
     * @return gradient descent's iterates θ₀ … θ_steps with their losses, sampled like a {@link Path} at t = k·η
     */
    public Path gradientDescent(double[] start, double eta, int steps) {
        int d = objective.dimension();
        double[] theta = start.clone();
        double[] g = new double[d];
        double[] times = new double[steps + 1];
        double[][] points = new double[steps + 1][];
        double[] losses = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            times[k] = k * eta;
            points[k] = theta.clone();
            losses[k] = objective.valueAndGradient(theta, g);
            if (k < steps) {
                for (int i = 0; i < d; i++) {
                    theta[i] -= eta * g[i];
                }
            }
        }
        return new Path(times, points, losses, steps + 1);
    }

    /**
     * @return the Euclidean distance between two paths' points at each sample (the same times)
     * @throws IllegalArgumentException when they have different numbers of samples
     */
    public static double[] distances(Path a, Path b) {
        if (a.points().length != b.points().length) {
            throw new IllegalArgumentException("paths of " + a.points().length + " and " + b.points().length
                    + " samples");
        }
        double[] out = new double[a.points().length];
        for (int k = 0; k < out.length; k++) {
            double s = 0;
            for (int i = 0; i < a.points()[k].length; i++) {
                double diff = a.points()[k][i] - b.points()[k][i];
                s += diff * diff;
            }
            out[k] = Math.sqrt(s);
        }
        return out;
    }

    /** dθ/dt = −∇L(θ). */
    private static final class Equations implements FirstOrderDifferentialEquations {

        private final Objective objective;
        private final int dimension;

        Equations(Objective objective, int dimension) {
            this.objective = objective;
            this.dimension = dimension;
        }

        @Override
        public int getDimension() {
            return dimension;
        }

        @Override
        public void computeDerivatives(double t, double[] y, double[] yDot) {
            objective.valueAndGradient(y, yDot);
            for (int i = 0; i < yDot.length; i++) {
                yDot[i] = -yDot[i];
            }
        }
    }
}
