package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.connectivity.BezierConfig;
import org.losslandscape.compute.connectivity.BezierCurve;
import org.losslandscape.compute.connectivity.LinearPath;
import org.losslandscape.compute.connectivity.PathProfile;
import org.losslandscape.compute.connectivity.WeightMatching;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.Network;

/**
 * Mode connectivity from another solution ({@code start}, t = 0) to the model's parameters (t = 1): the loss along
 * the straight line, optionally after permutation alignment of the model's hidden units to the start (weight
 * matching), and optionally along a trained quadratic Bezier curve (to the aligned end when aligned).
 *
 * @param model the end point, its network and buffers (used at every point)
 * @param start the other solution, same length as the model's parameters (shared)
 * @param data the rows of the loss (and of the curve's training)
 * @param points evenly spaced points per path, ends included, ≥ 2
 * @param align whether to align permutations ({@value #ALIGNMENT_SWEEPS} sweeps at most, seeded by {@code seed})
 * @param bezier the curve's training, or null for no curve
 * @param seed the alignment's seed
 */
public record ConnectivityRequest(ModelState model, double[] start, DataReference data, int points, boolean align,
        BezierConfig bezier, long seed) implements ComputeRequest<ConnectivityRequest.Paths> {

    /** The task id. */
    public static final String TASK = "connectivity";
    /** Weight matching's sweeps at most. */
    public static final int ALIGNMENT_SWEEPS = 50;

    /**
     * The profiles.
     *
     * @param line along the straight line
     * @param aligned along the line to the aligned end, or null when not asked for or not possible
     * @param notAligned why alignment was not possible, or null
     * @param bezier along the Bezier curve, or null when not asked for
     */
    public record Paths(PathProfile line, PathProfile aligned, String notAligned, PathProfile bezier) {
    }

    /** Checks the parts are there. */
    public ConnectivityRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public Paths compute(Execution execution) {
        Network network = model.network(execution.layers());
        Dataset rows = execution.data().resolve(data);
        double[] params = model.parameters();
        double[] buffers = model.buffers();
        PathProfile line = LinearPath.evaluate(network, start, params, buffers, rows, points);
        PathProfile aligned = null;
        String notAligned = null;
        double[] end = params;
        if (align) {
            try {
                end = WeightMatching.align(network, start, params, ALIGNMENT_SWEEPS, seed).aligned();
                aligned = LinearPath.evaluate(network, start, end, buffers, rows, points);
            } catch (IllegalArgumentException e) {
                notAligned = e.getMessage();
            }
        }
        PathProfile curve = bezier == null ? null
                : BezierCurve.train(network, start, end, buffers, rows, bezier).profile();
        return new Paths(line, aligned, notAligned, curve);
    }
}
