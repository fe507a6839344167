package org.losslandscape.compute.request;

import java.util.Arrays;
import java.util.Objects;

import org.losslandscape.compute.dynamics.GradientFlow;
import org.losslandscape.compute.nn.NetworkObjective;

/**
 * Gradient flow against gradient descent at several steps, from the model's point on the full data: for each η,
 * GD's iterates and the flow at the same times {@code k·η}, their losses and the distance between them, up to
 * {@code horizon} (in units of time, i.e. of η·steps).
 *
 * @param model the start
 * @param data the rows of the loss
 * @param learningRates the steps η of gradient descent, each > 0
 * @param horizon the time the comparison covers, > 0
 * @param samples how many points of each path are kept (evenly spaced in steps), ≥ 1
 * @param tolerance the integrator's absolute and relative tolerance
 */
public record GradientFlowRequest(ModelState model, DataReference data, double[] learningRates, double horizon,
        int samples, double tolerance) implements ComputeRequest<GradientFlowRequest.Comparison> {

    /** The task id. */
    public static final String TASK = "gradient-flow";
    /** The most GD steps one learning rate may take (horizon / η). */
    public static final int MAX_STEPS = 1_000_000;

    /**
     * The comparison, one row per learning rate.
     *
     * @param learningRates the steps η
     * @param times per η, the times of the kept samples (k·η)
     * @param gdLoss per η, GD's loss at those times
     * @param flowLoss per η, the flow's loss at those times
     * @param distance per η, ‖θ_GD(k) − θ_flow(k·η)‖
     * @param evaluations the gradients the integrator evaluated in all
     */
    public record Comparison(double[] learningRates, double[][] times, double[][] gdLoss, double[][] flowLoss,
            double[][] distance, int evaluations) {
    }

    /** Checks the request. */
    public GradientFlowRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        learningRates = learningRates.clone();
        if (learningRates.length == 0) {
            throw new IllegalArgumentException("gradient flow: name at least one learning rate to compare with");
        }
        for (double eta : learningRates) {
            if (!(eta > 0) || !(horizon / eta <= MAX_STEPS)) {
                throw new IllegalArgumentException("gradient flow: learning rate " + eta + " must be > 0 and take at "
                        + "most " + MAX_STEPS + " steps to reach time " + horizon);
            }
        }
        if (!(horizon > 0) || samples < 1) {
            throw new IllegalArgumentException("gradient flow: the horizon must be > 0 and the samples ≥ 1, got "
                    + horizon + " and " + samples);
        }
        new GradientFlow.Settings(tolerance, tolerance, 1); // checks the tolerance
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public double[] learningRates() {
        return learningRates.clone();
    }

    @Override
    public Comparison compute(Execution execution) {
        NetworkObjective loss = Objectives.evaluationLoss(model, data, execution);
        GradientFlow flow = new GradientFlow(loss, new GradientFlow.Settings(tolerance, tolerance, 10_000_000));
        int n = learningRates.length;
        double[][] times = new double[n][];
        double[][] gdLoss = new double[n][];
        double[][] flowLoss = new double[n][];
        double[][] distance = new double[n][];
        int evaluations = 0;
        for (int j = 0; j < n; j++) {
            double eta = learningRates[j];
            int steps = Math.max(1, (int) Math.round(horizon / eta));
            int kept = Math.min(samples, steps);
            GradientFlow.Path gd = flow.gradientDescent(model.parameters(), eta, steps);
            int[] at = new int[kept + 1];
            double[] t = new double[kept + 1];
            for (int i = 0; i <= kept; i++) {
                at[i] = (int) Math.round((double) i * steps / kept);
                t[i] = at[i] * eta;
            }
            GradientFlow.Path exact = flow.integrate(model.parameters(), t, execution.monitor());
            GradientFlow.Path sampled = sample(gd, at, exact.times().length);
            times[j] = exact.times();
            gdLoss[j] = sampled.losses();
            flowLoss[j] = exact.losses();
            distance[j] = GradientFlow.distances(sampled, exact);
            evaluations += exact.evaluations();
            if (exact.times().length < t.length) {
                return truncated(j + 1, times, gdLoss, flowLoss, distance, evaluations); // cancelled
            }
        }
        return new Comparison(learningRates.clone(), times, gdLoss, flowLoss, distance, evaluations);
    }

    private Comparison truncated(int rows, double[][] times, double[][] gdLoss, double[][] flowLoss,
            double[][] distance, int evaluations) {
        return new Comparison(Arrays.copyOf(learningRates, rows), Arrays.copyOf(times, rows), Arrays.copyOf(gdLoss,
                rows), Arrays.copyOf(flowLoss, rows), Arrays.copyOf(distance, rows), evaluations);
    }

    /** @return GD's iterates {@code at[0..count)} as a path */
    private static GradientFlow.Path sample(GradientFlow.Path gd, int[] at, int count) {
        double[] t = new double[count];
        double[][] p = new double[count][];
        double[] l = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = gd.times()[at[i]];
            p[i] = gd.points()[at[i]];
            l[i] = gd.losses()[at[i]];
        }
        return new GradientFlow.Path(t, p, l, gd.evaluations());
    }
}
