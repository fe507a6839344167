package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.curvature.Lanczos;
import org.losslandscape.compute.landscape.CurvatureMap;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * λ_max and λ_min of the full Hessian at every point of a grid over a slice (Li et al. 2018, section 6): at each point
 * one Lanczos run with exact Hessian-vector products gives both ends of the spectrum ({@link Lanczos#extremes}). The
 * loss is the model's on all of {@code data} in one batch, evaluation mode (BatchNorm's running statistics kept), as
 * a surface with {@code KEEP} evaluates it, so a random slice with the surface's seed is the surface's plane.
 *
 * @param model the network, its parameters (the origin of a random slice) and its buffers
 * @param slice the plane (a 2D slice; a line gives a one-row map)
 * @param data the rows of the loss
 * @param grid the points, usually coarser than the surface's
 * @param lanczosSteps Hessian-vector products per point at most, ≥ 2
 * @param seed the Lanczos start vector's seed (the same at every point)
 */
public record CurvatureMapRequest(ModelState model, Slice slice, DataReference data, Grid grid, int lanczosSteps,
        long seed) implements ComputeRequest<CurvatureMap> {

    /** The task id. */
    public static final String TASK = "curvature-map";

    /** Stop a point's Lanczos run early when both ends' residuals are below this share of max|θ|. */
    private static final double TOLERANCE = 1e-6;

    /** Checks the parts are there and the number of steps. */
    public CurvatureMapRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(grid, "grid");
        if (lanczosSteps < 2) {
            throw new IllegalArgumentException("a curvature map needs at least 2 Lanczos steps per point, got "
                    + lanczosSteps);
        }
    }

    @Override
    public String task() {
        return TASK;
    }

    /** @return the map; points after a cancellation stay NaN ({@link CurvatureMap#isComplete()} false) */
    @Override
    public CurvatureMap compute(Execution execution) {
        Network network = model.network(execution.layers());
        Plane plane = slice.plane(network, model.parameters());
        NetworkObjective f = Objectives.evaluationLoss(model, data, execution);
        CurvatureMap map = new CurvatureMap(grid);
        ProgressMonitor monitor = execution.monitor();
        Lanczos.Options options = new Lanczos.Options(lanczosSteps, TOLERANCE, seed);
        double[] point = new double[plane.dimension()];
        int total = grid.size();
        int done = 0;
        for (int ix = 0; ix < grid.nx(); ix++) {
            for (int iy = 0; iy < grid.ny(); iy++) {
                if (monitor.isCancelled()) {
                    return map;
                }
                plane.point(grid.x(ix), grid.y(iy), point);
                Lanczos.Extremes e = Lanczos.extremes(f, point, options);
                map.set(grid.index(ix, iy), e.max(), e.min());
                done++;
                monitor.progress(done, total, "curvature at " + done + " of " + total + " points");
            }
        }
        return map;
    }
}
