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
import org.losslandscape.core.backend.RunTarget;
import org.losslandscape.core.run.InvalidExperimentException;
import org.losslandscape.core.run.RunListener;
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
    private final RunTarget target;
    private volatile List<RunReport> reports = List.of();

    /**
     * A job that runs {@code file} with {@code options} where the preferences say: on the preferred Spark master
     * (Window → Preferences → Loss Landscape), else on this machine.
     */
    public RunExperimentJob(IFile file, RunOptions options) {
        this(file, options, WorkbenchPreferences.sparkMaster() == null ? RunTarget.LOCAL : RunTarget.spark(
                WorkbenchPreferences.sparkMaster()));
    }

    /** A job that runs {@code file} with {@code options} on {@code target} (the run dialog's choice). */
    public RunExperimentJob(IFile file, RunOptions options, RunTarget target) {
        super("Run " + file.getName() + (target.equals(RunTarget.LOCAL) ? "" : " (" + target + ")"));
        this.file = file;
        this.options = options;
        this.target = target;
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

    /** @return where the runs compute */
    public RunTarget target() {
        return target;
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
            // views follow the run through the workbench's event broker (e.g. the Sharpness view, sample by sample)
            IEventBroker broker = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(
                    IEventBroker.class) : null;
            // on Spark, a sweep's whole runs or a run's blocks are tasks; they show in the Progress view as they finish
            reports = target.run(path, options, new EngineProgress(progress), progress::subTask, broker == null
                    ? RunListener.NONE : new RunEvents(broker));
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
        } catch (IllegalStateException | IllegalArgumentException e) {
            // a Spark driver that failed or cannot start (its log's end is in the message), an unknown backend
            return Status.error(file.getName() + ": " + e.getMessage(), e);
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
}
