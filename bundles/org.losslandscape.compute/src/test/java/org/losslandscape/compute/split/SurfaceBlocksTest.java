package org.losslandscape.compute.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.SurfaceRequest;

class SurfaceBlocksTest {

    /** Blocks computed one by one, in shuffled order, on one thread, assemble to the bits of a whole run on two. */
    private static void assertBlocksGiveTheWholeRun(SurfaceRequest request, int linesPerBlock) {
        Surface whole;
        try (ComputeContext two = ComputeContext.withThreads(2); ComputeContext.Binding b = two.bind()) {
            whole = request.compute(Execution.on(two));
        }
        SurfacePlan plan = SurfacePlan.of(request.grid(), linesPerBlock);
        List<SurfaceBlock> order = new ArrayList<>(plan.blocks());
        Collections.shuffle(order, new java.util.Random(4));
        List<BlockValues> values = new ArrayList<>();
        try (ComputeContext one = ComputeContext.withThreads(1); ComputeContext.Binding b = one.bind()) {
            for (SurfaceBlock block : order) {
                values.add(SurfaceBlocks.compute(request, Execution.on(one), block));
            }
        }
        Surface assembled = plan.assemble(values);
        assertTrue(assembled.isComplete());
        assertArrayEquals(whole.losses(), assembled.losses());
        assertArrayEquals(whole.accuracies(), assembled.accuracies());
    }

    @Test
    void sweptLinesAreBitIdenticalToTheWholeRun() {
        assertBlocksGiveTheWholeRun(SplitFixtures.surface(SplitFixtures.MLP, Grid.square(-1, 1, 19), false), 2);
    }

    @Test
    void pointByPointBlocksAreBitIdenticalToTheWholeRun() {
        assertBlocksGiveTheWholeRun(SplitFixtures.surface(SplitFixtures.DEEP, new Grid(-1, 1, 11, -0.5, 0.5, 9),
                true), 1);
    }

    @Test
    void aLineInRunsOfPointsIsBitIdenticalToTheWholeRun() {
        assertBlocksGiveTheWholeRun(SplitFixtures.surface(SplitFixtures.MLP, Grid.line(-2, 2, 37), false), 1);
    }

    @Test
    void theStoreKeepsFinishedBlocksBitForBit(@TempDir Path dir) throws Exception {
        SurfaceRequest request = SplitFixtures.surface(SplitFixtures.MLP, Grid.square(-1, 1, 9), false);
        SurfacePlan plan = SurfacePlan.of(request.grid(), 1);
        BlockStore store = new BlockStore(dir.resolve("blocks"));
        assertTrue(store.read(plan).isEmpty());
        BlockValues first;
        try (ComputeContext one = ComputeContext.withThreads(1); ComputeContext.Binding b = one.bind()) {
            first = SurfaceBlocks.compute(request, Execution.on(one), plan.block(3));
        }
        store.write(first);
        Map<Integer, BlockValues> read = new BlockStore(dir.resolve("blocks")).read(plan);
        assertEquals(List.of(3), List.copyOf(read.keySet()));
        assertArrayEquals(first.loss(), read.get(3).loss());
        assertArrayEquals(first.accuracy(), read.get(3).accuracy());
        // a block file of the wrong size is refused, naming the file
        Files.write(dir.resolve("blocks/block-000001.npy"), Files.readAllBytes(dir.resolve("blocks/block-000003.npy")));
        assertThrows(FileFormatException.class, () -> store.read(SurfacePlan.of(request.grid(), 2)));
    }

    @Test
    void aCancelledBlockGivesNothing() {
        SurfaceRequest request = SplitFixtures.surface(SplitFixtures.DEEP, Grid.square(-1, 1, 9), false);
        try (ComputeContext one = ComputeContext.withThreads(1); ComputeContext.Binding b = one.bind()) {
            Execution cancelled = Execution.on(one).withMonitor(new org.losslandscape.compute.train.ProgressMonitor() {
                @Override
                public void progress(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            });
            assertEquals(null, SurfaceBlocks.compute(request, cancelled, SurfacePlan.of(request.grid(), 1).block(0)));
        }
    }

    @Test
    void requestKeysFollowTheContent() {
        SurfaceRequest a = SplitFixtures.surface(SplitFixtures.MLP, Grid.square(-1, 1, 9), false);
        SurfaceRequest same = SplitFixtures.surface(SplitFixtures.MLP, Grid.square(-1, 1, 9), false);
        SurfaceRequest other = SplitFixtures.surface(SplitFixtures.MLP, Grid.square(-1, 1, 11), false);
        assertEquals(RequestKey.of(a), RequestKey.of(same));
        assertEquals(64, RequestKey.of(a).length());
        assertNotEquals(RequestKey.of(a), RequestKey.of(other));
    }

    @Test
    void shardsPartitionTheWork() {
        Shard s = Shard.parse("2/3");
        assertEquals(new Shard(2, 3), s);
        int[] counts = new int[3];
        for (int i = 0; i < 30; i++) {
            for (int k = 0; k < 3; k++) {
                counts[k] += new Shard(k, 3).contains(i) ? 1 : 0;
            }
        }
        assertArrayEquals(new int[] {10, 10, 10}, counts);
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("x"));
    }
}
