package org.losslandscape.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.losslandscape.core.store.ResultFiles;

/**
 * Polls an experiment file and its results folder in a system job and calls back when either changed (a run
 * saved the file, or rewrote its curves during training). The callback runs in the job, never on the UI thread.
 */
final class ExperimentWatcher extends Job {

    private static final long PERIOD_MILLIS = 1000;
    private final Runnable onChange;
    private volatile Path file;
    private long lastStamp = Long.MIN_VALUE;

    ExperimentWatcher(Runnable onChange) {
        super("Watch experiment results");
        this.onChange = onChange;
        setSystem(true);
    }

    /** Watches {@code experimentFile} (null: nothing) and reports it once as changed. */
    void watch(Path experimentFile) {
        file = experimentFile;
        lastStamp = Long.MIN_VALUE;
        cancel();
        schedule();
    }

    /** Looks at the watched file now rather than at the next poll (a run started or ended). */
    void checkNow() {
        if (file != null) {
            cancel();
            schedule();
        }
    }

    void stop() {
        file = null;
        cancel();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path watched = file;
        if (watched == null || monitor.isCanceled()) {
            return Status.OK_STATUS;
        }
        try {
            long stamp = stamp(watched);
            if (stamp != lastStamp) {
                lastStamp = stamp;
                onChange.run();
            }
        } catch (RuntimeException e) {
            lastStamp = Long.MIN_VALUE; // try again at the next poll
        } finally {
            if (file != null) {
                schedule(PERIOD_MILLIS);
            }
        }
        return Status.OK_STATUS;
    }

    /**
     * @return a fingerprint of the file and of everything in its results folder (path, modification time and size
     *         of each, summed so that the order of the walk does not matter): any write changes it
     */
    static long stamp(Path experimentFile) {
        long sum = fingerprint(experimentFile);
        Path results = ResultFiles.resultsFolder(experimentFile);
        if (Files.isDirectory(results)) {
            try (Stream<Path> files = Files.walk(results, 2)) {
                sum += files.mapToLong(ExperimentWatcher::fingerprint).sum();
            } catch (IOException | java.io.UncheckedIOException e) {
                // a run is replacing files right now: the next poll sees them
            }
        }
        return sum;
    }

    private static long fingerprint(Path p) {
        try {
            long h = p.toString().hashCode();
            h = 1_000_003L * h + Files.getLastModifiedTime(p).toMillis();
            return 1_000_003L * h + Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
