package org.losslandscape.compute.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;

class SurfacePlanTest {

    @Test
    void everyPointBelongsToExactlyOneBlockAndCoarseLinesComeFirst() {
        Grid grid = Grid.square(-1, 1, 51);
        SurfacePlan plan = SurfacePlan.of(grid, 2);
        int[] owner = new int[grid.size()];
        java.util.Arrays.fill(owner, -1);
        int lastStride = 8;
        for (int i = 0; i < plan.size(); i++) {
            SurfaceBlock b = plan.block(i);
            assertEquals(i, b.index());
            assertTrue(b.stride() <= lastStride, "strides never grow again");
            lastStride = b.stride();
            assertTrue(b.size() <= 2 * grid.ny() && b.size() % grid.ny() == 0, "whole lines, at most two");
            for (int p : b.points()) {
                assertEquals(-1, owner[p], "point " + p + " in two blocks");
                owner[p] = i;
                int ix = p / grid.ny();
                assertEquals(0, ix % b.stride());
                assertTrue(b.stride() == 8 || ix % (2 * b.stride()) != 0, "line " + ix + " in its first stage");
            }
        }
        for (int p = 0; p < grid.size(); p++) {
            assertTrue(owner[p] >= 0, "point " + p + " in no block");
        }
        // 7 lines every 8th, then 6, 13 and 25 new lines: 4 + 3 + 7 + 13 blocks of two lines or fewer
        assertEquals(27, plan.size());
    }

    @Test
    void aLineIsCutIntoRunsOfPoints() {
        SurfacePlan plan = SurfacePlan.of(Grid.line(-1, 1, 41), 1);
        List<Integer> all = new ArrayList<>();
        for (SurfaceBlock b : plan.blocks()) {
            assertTrue(b.size() <= 8);
            for (int p : b.points()) {
                all.add(p);
            }
        }
        assertEquals(41, all.size());
        assertEquals(41, all.stream().distinct().count());
        assertArrayEquals(new int[] {0, 8, 16, 24, 32, 40}, plan.block(0).points());
    }

    @Test
    void assemblesAnyOrderAndLeavesMissingBlocksOpen() {
        Grid grid = new Grid(0, 1, 5, 0, 1, 3);
        SurfacePlan plan = SurfacePlan.of(grid, 1);
        List<BlockValues> values = new ArrayList<>();
        for (int i = plan.size() - 1; i >= 1; i--) { // reversed, and block 0 missing
            SurfaceBlock b = plan.block(i);
            double[] loss = new double[b.size()];
            double[] acc = new double[b.size()];
            for (int k = 0; k < b.size(); k++) {
                loss[k] = b.points()[k];
                acc[k] = -b.points()[k];
            }
            values.add(new BlockValues(i, loss, acc));
        }
        Surface s = plan.assemble(values);
        assertFalse(s.isComplete());
        for (int p : plan.block(0).points()) {
            assertFalse(s.isComputed(p));
        }
        double[] loss = s.losses();
        for (int p = 0; p < grid.size(); p++) {
            if (s.isComputed(p)) {
                assertEquals(p, loss[p]);
            }
        }
        assertEquals(grid.size() - plan.block(0).size(), s.computedCount());
        assertThrows(IllegalArgumentException.class, () -> plan.assemble(List.of(new BlockValues(0, new double[1],
                new double[1]))));
    }
}
