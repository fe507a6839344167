package org.losslandscape.spark;

import java.io.Serializable;

import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.TraceRequest;
import org.losslandscape.compute.split.ProbeGroup;

import scala.Tuple2;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/** The executor's side of a Hutchinson trace: the samples of the one probe group of its partition. */
final class TraceTask extends AbstractFunction2<TaskContext, Iterator<ProbeGroup>, Tuple2<Integer, double[]>>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Broadcast<RequestPayload> request;

    TraceTask(Broadcast<RequestPayload> request) {
        this.request = request;
    }

    @Override
    public Tuple2<Integer, double[]> apply(TaskContext task, Iterator<ProbeGroup> groups) {
        TraceRequest trace = (TraceRequest) request.value().request();
        ProbeGroup group = groups.next();
        try (ComputeContext threads = ComputeContext.withThreads(Math.max(1, task.cpus()));
                ComputeContext.Binding bound = threads.bind()) {
            return new Tuple2<>(group.index(), trace.samples(Execution.on(threads), group.from(), group.to()));
        }
    }
}
