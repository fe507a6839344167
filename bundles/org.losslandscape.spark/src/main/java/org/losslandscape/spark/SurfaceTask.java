package org.losslandscape.spark;

import java.io.Serializable;

import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.split.BlockValues;
import org.losslandscape.compute.split.SurfaceBlock;
import org.losslandscape.compute.split.SurfaceBlocks;
import org.losslandscape.compute.train.ProgressMonitor;

import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * The executor's side of a surface: computes the one block of its partition with the pure-Java engine, on as many
 * threads as the task has cores ({@code spark.task.cpus}), from the broadcast request. A killed task (a cancelled
 * job, a speculative copy) stops between groups of points.
 */
final class SurfaceTask extends AbstractFunction2<TaskContext, Iterator<SurfaceBlock>, BlockValues>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Broadcast<RequestPayload> request;

    SurfaceTask(Broadcast<RequestPayload> request) {
        this.request = request;
    }

    @Override
    public BlockValues apply(TaskContext task, Iterator<SurfaceBlock> blocks) {
        SurfaceRequest surface = (SurfaceRequest) request.value().request();
        SurfaceBlock block = blocks.next();
        try (ComputeContext threads = ComputeContext.withThreads(Math.max(1, task.cpus()));
                ComputeContext.Binding bound = threads.bind()) {
            BlockValues values = SurfaceBlocks.compute(surface, Execution.on(threads).withMonitor(killedBy(task)),
                    block);
            if (values == null) {
                throw new IllegalStateException("block " + block.index() + " was cancelled");
            }
            return values;
        }
    }

    /** @return a monitor cancelled when the task is killed (a cancelled job, a speculative copy); progress is dropped */
    static ProgressMonitor killedBy(TaskContext task) {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                // the driver reports whole blocks
            }

            @Override
            public boolean isCancelled() {
                return task.isInterrupted();
            }
        };
    }
}
