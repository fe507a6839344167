package org.losslandscape.ui.jobs;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.losslandscape.core.compare.SharedPlaneComputation;
import org.losslandscape.core.compare.SharedPlaneResult;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.LoadedExperiment;

/**
 * Computes a shared plane of several runs ({@link SharedPlaneComputation}) as an Eclipse {@link Job}: the loss
 * surface's points as progress in the Progress view, cancellable between points; the result (stored under the
 * experiment's results) goes to a consumer, which is called on the job's thread.
 */
public final class SharedPlaneJob extends Job {

    /** The job family, e.g. for {@code Job.getJobManager().find(FAMILY)} or {@code join}. */
    public static final Object FAMILY = SharedPlaneJob.class;

    private final Path file;
    private final SharedPlaneComputation.Request request;
    private final Consumer<SharedPlaneResult> done;

    /**
     * @param file the experiment file
     * @param request the runs, the plane and the resolution
     * @param done receives the stored result (not on the UI thread); not called when the job fails or is cancelled
     */
    public SharedPlaneJob(Path file, SharedPlaneComputation.Request request, Consumer<SharedPlaneResult> done) {
        super("Shared plane of " + String.join(", ", request.runIds()));
        this.file = file;
        this.request = request;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 1000);
        try {
            LoadedExperiment loaded = ExperimentStore.load(file);
            SharedPlaneResult r = SharedPlaneComputation.compute(loaded.file(), loaded.experiment(), request,
                    CoreServices.backend(), 0, new EngineProgress(progress));
            if (r == null || monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            done.accept(r);
            return Status.OK_STATUS;
        } catch (ExperimentLoadException e) {
            return Status.error(e.getMessage(), e);
        } catch (java.io.IOException | IllegalArgumentException e) {
            // the runs cannot share a plane (another network, too few points) or their files cannot be read
            return Status.error(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
