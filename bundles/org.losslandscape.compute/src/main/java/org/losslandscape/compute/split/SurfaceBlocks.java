package org.losslandscape.compute.split;

import java.util.Arrays;

import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.request.SurfaceSink;
import org.losslandscape.compute.train.ProgressMonitor;

/** Computes one {@link SurfaceBlock} of a {@link SurfaceRequest}. */
public final class SurfaceBlocks {

    private SurfaceBlocks() {
    }

    /**
     * Computes the block's points with the request's own evaluator, on a surface where every other point counts as
     * done: each point gets the bits it gets in a whole local run (the evaluator's values do not depend on which
     * other points are computed, as its resume guarantees).
     *
     * @param execution threads (bound by the caller), data and layer kinds; its monitor is polled for cancellation
     * @return the block's values, or null when the execution was cancelled before the block was complete
     */
    public static BlockValues compute(SurfaceRequest request, Execution execution, SurfaceBlock block) {
        Grid grid = request.grid();
        double[] none = new double[grid.size()];
        Arrays.fill(none, Double.NaN);
        boolean[] others = new boolean[grid.size()];
        Arrays.fill(others, true);
        for (int p : block.points()) {
            others[p] = false;
        }
        Surface surface = Surface.restore(grid, none, none, others);
        // a block's surface marks the other points done without values: nobody hears it as the run's surface
        if (!request.fill(surface, execution.withMonitor(cancelledBy(execution.monitor()))
                .withSurfaces(SurfaceSink.NONE))) {
            return null;
        }
        double[] losses = surface.losses();
        double[] accuracies = surface.accuracies();
        double[] loss = new double[block.size()];
        double[] accuracy = new double[block.size()];
        for (int k = 0; k < block.size(); k++) {
            loss[k] = losses[block.points()[k]];
            accuracy[k] = accuracies[block.points()[k]];
        }
        return new BlockValues(block.index(), loss, accuracy);
    }

    /** @return a monitor that only passes cancellation on (a block's own progress is not the run's) */
    private static ProgressMonitor cancelledBy(ProgressMonitor monitor) {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                // the backend reports whole blocks
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
