package org.losslandscape.compute.request;

import java.util.List;

import org.losslandscape.compute.landscape.TrajectoryPca;

/**
 * The principal directions of a path through parameter space and the path's coordinates in them.
 *
 * @param points the path's points, in order, each of one length (shared, not copied)
 */
public record TrajectoryPcaRequest(List<double[]> points) implements ComputeRequest<TrajectoryPca.Result> {

    /** The task id. */
    public static final String TASK = "trajectory-pca";

    /** Keeps the list unmodifiable (the arrays are shared). */
    public TrajectoryPcaRequest {
        points = List.copyOf(points);
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public TrajectoryPca.Result compute(Execution execution) {
        return TrajectoryPca.compute(points);
    }
}
