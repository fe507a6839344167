package org.losslandscape.compute.split;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;

/**
 * A surface's grid cut into {@link SurfaceBlock blocks}. A 2D grid is cut into whole lines along y (the lines the
 * evaluator sweeps), a 1D grid into runs of points; either way in the evaluator's stages — every 8th line, then the
 * 4th, 2nd and all others — so that a backend that hands blocks out in order fills the surface coarse first, like a
 * local run. Every point belongs to exactly one block.
 *
 * @param grid the grid
 * @param blocks the blocks, in order ({@code blocks.get(i).index() == i})
 */
public record SurfacePlan(Grid grid, List<SurfaceBlock> blocks) {

    private static final int[] STRIDES = {8, 4, 2, 1};

    /** Copies the blocks. */
    public SurfacePlan {
        blocks = List.copyOf(blocks);
    }

    /**
     * @param linesPerBlock how many grid lines (points of a 1D grid: {@code 8 ×} this) a block holds at most, ≥ 1
     * @return the plan of {@code grid}
     */
    public static SurfacePlan of(Grid grid, int linesPerBlock) {
        if (linesPerBlock < 1) {
            throw new IllegalArgumentException("a block needs at least one line, got " + linesPerBlock);
        }
        boolean lines = grid.ny() > 1;
        int count = grid.nx(); // lines along y, or the points of a one-row grid
        int perBlock = lines ? linesPerBlock : 8 * linesPerBlock;
        List<SurfaceBlock> blocks = new ArrayList<>();
        for (int s = 0; s < STRIDES.length; s++) {
            int stride = STRIDES[s];
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < count; i += stride) {
                // new at this stage: not on the coarser stage's spacing
                if (s == 0 || i % STRIDES[s - 1] != 0) {
                    members.add(i);
                }
            }
            for (int from = 0; from < members.size(); from += perBlock) {
                List<Integer> part = members.subList(from, Math.min(members.size(), from + perBlock));
                int[] points = lines ? linePoints(grid, part) : part.stream().mapToInt(Integer::intValue).toArray();
                blocks.add(new SurfaceBlock(blocks.size(), stride, points));
            }
        }
        return new SurfacePlan(grid, blocks);
    }

    private static int[] linePoints(Grid grid, List<Integer> xs) {
        int[] points = new int[xs.size() * grid.ny()];
        int k = 0;
        for (int ix : xs) {
            for (int iy = 0; iy < grid.ny(); iy++) {
                points[k++] = grid.index(ix, iy);
            }
        }
        return points;
    }

    /** @return the number of blocks */
    public int size() {
        return blocks.size();
    }

    /** @return the block of that index */
    public SurfaceBlock block(int index) {
        return blocks.get(index);
    }

    /**
     * @param values answers of blocks of this plan (any subset, any order)
     * @return the surface with the points of those blocks computed (a partial surface when some are missing)
     * @throws IllegalArgumentException when an answer does not fit its block
     */
    public Surface assemble(Collection<BlockValues> values) {
        double[] loss = new double[grid.size()];
        double[] accuracy = new double[grid.size()];
        boolean[] computed = new boolean[grid.size()];
        for (BlockValues v : values) {
            SurfaceBlock b = blocks.get(v.index());
            if (v.loss().length != b.size()) {
                throw new IllegalArgumentException("block " + v.index() + " has " + b.size() + " points, its answer "
                        + v.loss().length);
            }
            for (int k = 0; k < b.size(); k++) {
                loss[b.points()[k]] = v.loss()[k];
                accuracy[b.points()[k]] = v.accuracy()[k];
                computed[b.points()[k]] = true;
            }
        }
        return Surface.restore(grid, loss, accuracy, computed);
    }
}
