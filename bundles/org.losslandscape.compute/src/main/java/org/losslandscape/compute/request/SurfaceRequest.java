package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.landscape.SurfaceEvaluator;
import org.losslandscape.compute.nn.Network;

/**
 * The loss over a 1D or 2D slice of parameter space, evaluated on a grid.
 *
 * @param model the network, its parameters (the origin of a random slice) and its buffers
 * @param slice the line or plane
 * @param data the rows the loss is averaged over
 * @param recomputeOn training rows to recompute BatchNorm statistics at each point, or null to keep the model's
 * @param grid the coordinates
 */
public record SurfaceRequest(ModelState model, Slice slice, DataReference data, DataReference recomputeOn,
        Grid grid) implements ComputeRequest<Surface> {

    /** The task id. */
    public static final String TASK = "surface";

    /** Checks the parts are there ({@code recomputeOn} may be null). */
    public SurfaceRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(slice, "slice");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(grid, "grid");
    }

    @Override
    public String task() {
        return TASK;
    }

    /** @return the surface; incomplete when the execution was cancelled */
    @Override
    public Surface compute(Execution execution) {
        Surface surface = new Surface(grid);
        fill(surface, execution);
        return surface;
    }

    /**
     * Fills the missing points of a partial surface over this request's grid (a resumed run, or one block of the
     * grid whose other points are marked done); each point gets the bits of a whole run. The execution's
     * {@link Execution#surfaces() sink} hears the stages and points as they are computed.
     *
     * @param surface written: its missing points are computed
     * @return true when the surface is complete, false when the execution was cancelled
     */
    public boolean fill(Surface surface, Execution execution) {
        if (!surface.grid().equals(grid)) {
            throw new IllegalArgumentException("the surface's grid " + surface.grid() + " is not the request's "
                    + grid);
        }
        Network network = model.network(execution.layers());
        Plane plane = plane(network);
        Dataset rows = execution.data().resolve(data);
        SurfaceEvaluator evaluator = new SurfaceEvaluator(network, plane, model.buffers(), rows);
        if (recomputeOn != null) {
            evaluator = evaluator.recomputingBatchNorm(execution.data().resolve(recomputeOn));
        }
        SurfaceSink sink = execution.surfaces();
        if (sink == SurfaceSink.NONE) {
            return evaluator.compute(surface, execution.monitor(), null);
        }
        return evaluator.compute(surface, execution.monitor(), new SurfaceEvaluator.StageListener() {
            @Override
            public void stageCompleted(Surface s, int stride) {
                sink.stage(SurfaceRequest.this, s, stride);
            }

            @Override
            public void pointsCompleted(Surface s) {
                sink.points(SurfaceRequest.this, s);
            }
        });
    }

    /** @return the slice as a plane through the model's parameters (random directions drawn here) */
    public Plane plane(Network network) {
        return slice.plane(network, model.parameters());
    }
}
