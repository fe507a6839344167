package org.losslandscape.ui.jobs;

import org.eclipse.core.runtime.SubMonitor;
import org.losslandscape.compute.train.ProgressMonitor;

/** The engine's progress and cancellation on an Eclipse monitor (1000 ticks for the whole, the message as subtask). */
final class EngineProgress implements ProgressMonitor {
    private final SubMonitor monitor;
    private int reported;

    EngineProgress(SubMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void progress(long done, long total, String message) {
        int now = total <= 0 ? reported : (int) Math.min(1000, 1000 * done / total);
        if (now > reported) {
            monitor.worked(now - reported);
            reported = now;
        }
        if (message != null) {
            monitor.subTask(message);
        }
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
