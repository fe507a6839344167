package org.losslandscape.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.losslandscape.core.backend.RunBatch;
import org.losslandscape.core.backend.WholeRuns;
import org.losslandscape.core.run.RunPackage;
import org.losslandscape.core.run.RunUnit;

import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * The executor's side of a sweep: the one whole run of its partition, computed from the broadcast {@link RunBatch}
 * (the experiment and its files; referenced files are checked by SHA-256 here) on as many threads as the task has
 * cores, returned as a {@link RunPackage}. A killed task (a cancelled job) ends its run as cancelled.
 */
final class RunTask extends AbstractFunction2<TaskContext, Iterator<RunUnit>, RunPackage> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Broadcast<RunBatch> batch;

    RunTask(Broadcast<RunBatch> batch) {
        this.batch = batch;
    }

    @Override
    public RunPackage apply(TaskContext task, Iterator<RunUnit> units) {
        RunUnit unit = units.next();
        try {
            return WholeRuns.execute(batch.value(), unit, Math.max(1, task.cpus()), SurfaceTask.killedBy(task));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
