package org.losslandscape.compute.split;

import java.io.Serializable;

/**
 * One task of a surface: a set of grid points (whole lines of the grid, or a run of points of a 1D grid).
 *
 * @param index the block's position in its {@link SurfacePlan} (the order tasks are handed out: coarse first)
 * @param stride the evaluator stage the block belongs to (8, 4, 2 or 1: every stride-th line)
 * @param points flat grid indices ({@link org.losslandscape.compute.landscape.Grid#index}), ascending, shared
 */
public record SurfaceBlock(int index, int stride, int[] points) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @return the number of points */
    public int size() {
        return points.length;
    }
}
