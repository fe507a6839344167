package org.losslandscape.spark;

import java.io.PrintStream;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * Reports every task of the driver's jobs as a progress line: where it started, and how it ended (a lost executor's
 * task shows as failed and then starts again elsewhere).
 */
final class TaskReporter extends SparkListener {

    private final PrintStream out;

    TaskReporter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
        out.println(SparkDriver.PREFIX + " task-start " + start.taskInfo().index() + " attempt "
                + start.taskInfo().attemptNumber() + " executor " + start.taskInfo().executorId() + " host "
                + start.taskInfo().host());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        out.println(SparkDriver.PREFIX + " task-end " + end.taskInfo().index() + " attempt "
                + end.taskInfo().attemptNumber() + " executor " + end.taskInfo().executorId() + " "
                + (end.taskInfo().successful() ? "ok" : "failed: " + end.reason().toString().replace('\n', ' '))
                + " " + end.taskInfo().duration() + " ms");
    }
}
