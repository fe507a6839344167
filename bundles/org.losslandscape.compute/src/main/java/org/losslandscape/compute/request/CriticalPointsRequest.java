package org.losslandscape.compute.request;

import java.util.List;
import java.util.Objects;

import org.losslandscape.compute.critical.CriticalPointSearch;
import org.losslandscape.compute.critical.LevenbergMarquardt;
import org.losslandscape.compute.nn.NetworkObjective;

/**
 * Critical points of the model's loss on the full data, searched from each start ({@link CriticalPointSearch}:
 * Levenberg–Marquardt on ∇L = 0 with exact Hessian-vector products), with the index fraction of each new one (dense
 * Hessian up to {@code denseLimit} parameters, else stochastic Lanczos quadrature). The model gives the network,
 * its buffers and the loss; its parameters are not a start unless listed.
 *
 * @param model the network (its description and buffers)
 * @param data the rows of the loss
 * @param starts the starts, each of the network's parameter count, at least one
 * @param tolerance a critical point has ‖∇L‖ ≤ tolerance, > 0
 * @param maxIterations the most steps per start, ≥ 1
 * @param denseLimit the most parameters for which the index is counted from the dense Hessian
 * @param probes SLQ's probes (above the dense limit)
 * @param steps SLQ's Lanczos steps per probe
 * @param seed SLQ's seed
 */
public record CriticalPointsRequest(ModelState model, DataReference data, List<double[]> starts, double tolerance,
        int maxIterations, int denseLimit, int probes, int steps, long seed)
        implements ComputeRequest<List<CriticalPointSearch.Found>> {

    /** The task id. */
    public static final String TASK = "critical-points";
    /** The most starts one request takes. */
    public static final int MAX_STARTS = 10_000;

    /** Checks the request. */
    public CriticalPointsRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        starts = List.copyOf(starts);
        if (starts.isEmpty() || starts.size() > MAX_STARTS) {
            throw new IllegalArgumentException("critical points: give 1 … " + MAX_STARTS + " starts, got "
                    + starts.size());
        }
        for (double[] s : starts) {
            if (s.length != model.parameters().length) {
                throw new IllegalArgumentException("critical points: a start has " + s.length + " entries, the model "
                        + model.parameters().length + " parameters");
            }
        }
        settings(tolerance, maxIterations);
        new CriticalPointSearch.IndexSettings(denseLimit, probes, steps, seed);
    }

    /** @return the search's settings: the tolerance and limit given, MINRES as {@link LevenbergMarquardt.Settings#of} */
    static LevenbergMarquardt.Settings settings(double tolerance, int maxIterations) {
        LevenbergMarquardt.Settings d = LevenbergMarquardt.Settings.of(tolerance);
        return new LevenbergMarquardt.Settings(tolerance, maxIterations, d.innerTolerance(), d.innerIterations());
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public List<CriticalPointSearch.Found> compute(Execution execution) {
        NetworkObjective loss = Objectives.evaluationLoss(model, data, execution);
        return new CriticalPointSearch(loss, settings(tolerance, maxIterations), new CriticalPointSearch.IndexSettings(
                denseLimit, probes, steps, seed)).run(starts, execution.monitor());
    }
}
