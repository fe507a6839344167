package org.losslandscape.ui.jobs;

import java.nio.file.Path;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.losslandscape.core.run.RunListener;
import org.losslandscape.core.run.SurfaceStage;
import org.losslandscape.model.RunStatus;

/**
 * What a run does while it runs, posted on the workbench's {@link IEventBroker} (asynchronously: the run's thread
 * never waits on a view). Views subscribe to the topics and filter by file and run; each event's
 * {@link IEventBroker#DATA} is one of the records below, its file absolute and normalised.
 */
public final class RunEvents implements RunListener {

    /** A run was added to its file and starts: {@link Started}. */
    public static final String STARTED = "org/losslandscape/run/started";
    /** A run's training progressed (at most five times a second): {@link Progress}. */
    public static final String PROGRESS = "org/losslandscape/run/progress";
    /** A run measured λ_max during training: {@link Sharpness}. */
    public static final String SHARPNESS = "org/losslandscape/run/sharpness";
    /** A loss surface of a run's analyses completed a coarse-to-fine stage: {@link SurfaceProgress}. */
    public static final String SURFACE = "org/losslandscape/run/surface";
    /** A run ended, its final state saved: {@link Finished}. */
    public static final String FINISHED = "org/losslandscape/run/finished";

    /** The data of {@link #STARTED}. */
    public record Started(Path file, String runId) {
    }

    /** The data of {@link #PROGRESS}: {@code step} of {@code steps} optimizer steps done. */
    public record Progress(Path file, String runId, long step, long steps) {
    }

    /** The data of {@link #SHARPNESS}: one sample, as the run's edge-of-stability result will keep it. */
    public record Sharpness(Path file, String runId, long step, double sharpness, double threshold) {
    }

    /** The data of {@link #SURFACE}: the surface so far (its arrays are the receiver's, never written again). */
    public record SurfaceProgress(Path file, String runId, SurfaceStage stage) {
    }

    /** The data of {@link #FINISHED}. */
    public record Finished(Path file, String runId, RunStatus status) {
    }

    private final IEventBroker broker;

    /** Posts a run's events on {@code broker}. */
    public RunEvents(IEventBroker broker) {
        this.broker = broker;
    }

    @Override
    public void started(Path experimentFile, String runId) {
        broker.post(STARTED, new Started(experimentFile, runId));
    }

    @Override
    public void progress(Path experimentFile, String runId, long step, long steps) {
        broker.post(PROGRESS, new Progress(experimentFile, runId, step, steps));
    }

    @Override
    public void sharpness(Path experimentFile, String runId, long step, double sharpness, double threshold) {
        broker.post(SHARPNESS, new Sharpness(experimentFile, runId, step, sharpness, threshold));
    }

    @Override
    public void surfaceStage(Path experimentFile, String runId, SurfaceStage stage) {
        broker.post(SURFACE, new SurfaceProgress(experimentFile, runId, stage));
    }

    @Override
    public void finished(Path experimentFile, String runId, RunStatus status) {
        broker.post(FINISHED, new Finished(experimentFile, runId, status));
    }
}
