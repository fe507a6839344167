package org.losslandscape.core.run;

import java.nio.file.Path;

import org.losslandscape.model.RunStatus;

/**
 * Hears the runs of an {@link ExperimentRunner} while they happen, for views that follow a run live instead of
 * polling its files. Called on the run's thread, in order; an implementation returns quickly (hands the event to
 * another thread, e.g. a workbench's event broker) and does not throw. All methods do nothing by default.
 */
public interface RunListener {

    /** Hears nothing. */
    RunListener NONE = new RunListener() {
    };

    /** The least time between two {@link #progress} calls of one run. */
    long PROGRESS_INTERVAL_MILLIS = 200;

    /** A run was added to the file (RUNNING) and starts training. */
    default void started(Path experimentFile, String runId) {
    }

    /**
     * Training progressed: called at most every {@link #PROGRESS_INTERVAL_MILLIS} ms of training (not after every
     * step), for views that show how far a run is without waiting for its files.
     *
     * @param step optimizer steps completed
     * @param steps the steps the run plans in all (epochs counted in steps)
     */
    default void progress(Path experimentFile, String runId, long step, long steps) {
    }

    /**
     * The run measured its sharpness (an edge-of-stability analysis tracks λ_max during training), as soon as it did.
     *
     * @param step optimizer steps completed
     * @param sharpness λ_max of the (possibly preconditioned) training-loss Hessian
     * @param threshold the optimizer's stability threshold there, NaN when it declares none
     */
    default void sharpness(Path experimentFile, String runId, long step, double sharpness, double threshold) {
    }

    /**
     * A loss surface of the run's analyses completed a coarse-to-fine stage (of a resumed surface, the stages left
     * to do, with the resumed points), as soon as it did: for views that draw the surface as it fills.
     *
     * @param stage the surface so far; its arrays are the receiver's to keep
     */
    default void surfaceStage(Path experimentFile, String runId, SurfaceStage stage) {
    }

    /** The run ended and its final state is saved in the file. */
    default void finished(Path experimentFile, String runId, RunStatus status) {
    }
}
