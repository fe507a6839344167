package org.losslandscape.core.run;

import org.losslandscape.compute.landscape.Grid;

/**
 * A loss surface as a run has computed it so far: what {@link RunListener#surfaceStage} hears after each
 * coarse-to-fine stage (every 8th point of each axis, then every 4th, 2nd, all). The arrays are copies made once per
 * stage for the receiver, which may keep them; nobody writes them afterwards.
 *
 * @param analysis the analysis's result name (its file name without {@code .npy}, before a data split's suffix)
 * @param grid the surface's grid
 * @param losses the losses, flat ({@link Grid#index}); NaN where not computed yet
 * @param computed which points are computed, flat
 * @param stride every stride-th point of each axis is computed; 1 when the surface is complete
 */
public record SurfaceStage(String analysis, Grid grid, double[] losses, boolean[] computed, int stride) {

    /** Checks the arrays fit the grid. */
    public SurfaceStage {
        if (losses.length != grid.size() || computed.length != grid.size()) {
            throw new IllegalArgumentException("a surface stage needs one loss and one flag per grid point ("
                    + grid.size() + ")");
        }
    }

    /** @return how many points are computed */
    public int computedCount() {
        int n = 0;
        for (boolean c : computed) {
            n += c ? 1 : 0;
        }
        return n;
    }

    /** @return whether every point is computed */
    public boolean complete() {
        return computedCount() == computed.length;
    }
}
