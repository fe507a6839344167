package org.losslandscape.compute.train;

/**
 * Progress and cancellation for long computations, without any UI or OSGi dependency: the workbench adapts an
 * Eclipse {@code SubMonitor} to it, the command line prints to stderr.
 */
public interface ProgressMonitor {

    /** A monitor that ignores progress and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress.
     *
     * @param done units done so far
     * @param total units in all
     * @param message what is being done, may be null
     */
    void progress(long done, long total, String message);

    /** @return true when the caller wants the work to stop as soon as possible */
    boolean isCancelled();
}
