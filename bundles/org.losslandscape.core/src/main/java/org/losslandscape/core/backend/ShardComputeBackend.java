package org.losslandscape.core.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.split.BlockStore;
import org.losslandscape.compute.split.BlockValues;
import org.losslandscape.compute.split.Shard;
import org.losslandscape.compute.split.SurfaceBlock;
import org.losslandscape.compute.split.SurfaceBlocks;
import org.losslandscape.compute.split.SurfacePlan;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.JavaComputeBackend;

/**
 * One slice of a job array ({@code run --shard I/N}): of each surface it computes, on the run's threads, the blocks
 * of its {@link Shard} that the block folder does not hold yet, writing each as it finishes; the answer is the
 * surface of every block found — complete once all slices have run, partial before. The slice that finds every
 * block (or {@code --merge}, the slice {@code 0/1}, which computes whatever is still missing) assembles the whole
 * surface, bit-identical to a local run. The merge removes the request's block folder once the surface is whole; a
 * slice keeps it (other slices and the merge read it). Other requests run on the pure-Java engine.
 */
public final class ShardComputeBackend implements ComputeBackend {

    /** This backend's id. */
    public static final String ID = "shard";
    /** Lines per block of every shard: slices must cut a surface the same way to meet in one folder. */
    public static final int LINES_PER_BLOCK = 1;

    private final Shard shard;
    private final BlockFolders folders;
    private final JavaComputeBackend local = new JavaComputeBackend();

    /** A backend computing {@code shard} of each surface into {@code folders}. */
    public ShardComputeBackend(Shard shard, BlockFolders folders) {
        this.shard = shard;
        this.folders = folders;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "slice " + shard + " of a job array: blocks of surfaces into " + folders.root();
    }

    @Override
    public <R> R execute(ComputeRequest<R> request, Execution execution) {
        if (!(request instanceof SurfaceRequest surface)) {
            return local.execute(request, execution);
        }
        try (ComputeContext.Binding bound = execution.threads().bind()) {
            @SuppressWarnings("unchecked")
            R answer = (R) slice(surface, execution);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FileFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Surface slice(SurfaceRequest request, Execution execution) throws IOException, FileFormatException {
        SurfacePlan plan = SurfacePlan.of(request.grid(), LINES_PER_BLOCK);
        Path folder = folders.prepare(request);
        BlockStore store = new BlockStore(folder.resolve("lines-" + LINES_PER_BLOCK));
        Map<Integer, BlockValues> found = store.read(plan);
        long total = plan.blocks().stream().filter(b -> shard.contains(b.index())).count();
        long done = plan.blocks().stream().filter(b -> shard.contains(b.index()) && found.containsKey(b.index()))
                .count();
        for (SurfaceBlock block : plan.blocks()) {
            if (!shard.contains(block.index()) || found.containsKey(block.index())) {
                continue;
            }
            BlockValues values = SurfaceBlocks.compute(request, execution, block);
            if (values == null) {
                break; // cancelled: the finished blocks are stored
            }
            store.write(values);
            found.put(block.index(), values);
            execution.monitor().progress(++done, total, "loss surface, slice " + shard + ": block " + block.index());
        }
        // other slices may have finished meanwhile
        Surface surface = plan.assemble(store.read(plan).values());
        if (shard.equals(Shard.ALL) && surface.computedCount() == request.grid().size()
                && !execution.monitor().isCancelled()) {
            folders.remove(folder); // merged: no slice needs the blocks any more
        }
        return surface;
    }
}
