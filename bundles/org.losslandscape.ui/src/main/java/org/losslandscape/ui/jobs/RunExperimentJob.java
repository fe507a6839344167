package org.losslandscape.ui.jobs;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.ui.PlatformUI;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.backend.BlockFolders;
import org.losslandscape.core.backend.SparkComputeBackend;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.ui.preferences.WorkbenchPreferences;

/**
 * Runs an experiment file as an Eclipse {@link Job}: progress in the Progress view, cancellation between training
 * steps (the runner polls the monitor every step), the workspace refreshed afterwards. While it runs, the run's
 * events ({@link RunEvents}) are posted on the workbench's event broker. Jobs on the same file run
 * one after the other (the file is the scheduling rule); the UI thread never waits on one.
 */
public final class RunExperimentJob extends Job {

    /** The job family of every experiment run, e.g. for {@code Job.getJobManager().find(FAMILY)}. */
    public static final Object FAMILY = RunExperimentJob.class;

    private final IFile file;
    private final RunOptions options;
    private volatile List<RunReport> reports = List.of();

    /** A job that runs {@code file} with {@code options}. */
    public RunExperimentJob(IFile file, RunOptions options) {
        super("Run " + file.getName());
        this.file = file;
        this.options = options;
        setUser(true);
        setRule(file);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** @return the experiment file this job runs */
    public IFile file() {
        return file;
    }

    /** @return the reports of the runs this job finished (empty before it ends) */
    public List<RunReport> reports() {
        return reports;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 1000);
        Path path = file.getLocation().toFile().toPath();
        try {
            String master = WorkbenchPreferences.sparkMaster();
            // with a Spark master, surfaces and traces go to Spark (tasks show in the Progress view as they finish)
            ExperimentRunner runner = master == null ? new ExperimentRunner()
                    : new ExperimentRunner(new ExperimentCompiler(), new SparkComputeBackend(master,
                            BlockFolders.of(path), 0, line -> progress.subTask(line)));
            // views follow the run through the workbench's event broker (e.g. the Sharpness view, sample by sample)
            IEventBroker broker = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(
                    IEventBroker.class) : null;
            if (broker != null) {
                runner = runner.withListener(new RunEvents(broker));
            }
            reports = runner.run(path, options, new Bridge(progress));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            for (RunReport r : reports) {
                if (r.status() != org.losslandscape.model.RunStatus.COMPLETED) {
                    // shown in the Progress view and the error log: a failed or diverged run is not silent
                    return Status.warning(file.getName() + ": " + r.runId() + " " + r.status().getLiteral()
                            .toLowerCase(java.util.Locale.ROOT) + (r.message().isBlank() ? "" : " — "
                                    + r.message()));
                }
            }
            return Status.OK_STATUS;
        } catch (ExperimentLoadException | InvalidExperimentException e) {
            return Status.error(e.getMessage(), e);
        } catch (java.io.IOException e) {
            return Status.error(file.getName() + ": cannot save the results: " + e.getMessage(), e);
        } finally {
            // the results folder and the file changed on disk; refreshing needs a wider rule than this job's
            IResource parent = file.getParent();
            Job refresh = Job.create("Refresh " + parent.getName(), (ICoreRunnable) m -> parent.refreshLocal(
                    IResource.DEPTH_INFINITE, m));
            refresh.setSystem(true);
            refresh.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(parent));
            refresh.schedule();
        }
    }

    /** The engine's progress and cancellation on an Eclipse monitor. */
    private static final class Bridge implements ProgressMonitor {
        private final SubMonitor monitor;
        private int reported;

        Bridge(SubMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void progress(long done, long total, String message) {
            int now = total <= 0 ? reported : (int) Math.min(1000, 1000 * done / total);
            if (now > reported) {
                monitor.worked(now - reported);
                reported = now;
            }
            monitor.subTask(message);
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }
}
