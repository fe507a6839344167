package org.losslandscape.core.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.TrajectoryPca;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;

/**
 * What an {@link AnalysisKind} gets for one run: the trained point, the engine, and where its results go. The runner
 * provides it; a kind writes only through it, so results land in the run's folder, atomically, and are referenced
 * from the run. A kind asks the engine for its numbers with {@link #compute} — a {@link ComputeRequest} built from
 * {@link #model()} and {@link #trainingData()} — so that they are computed by the run's backend on the run's threads.
 */
public interface AnalysisContext {

    /** @return the run's backend (the one {@link #compute} executes on) */
    ComputeBackend backend();

    /**
     * Executes a request on the run's backend, in the run's execution (its threads, progress and cancellation). A
     * loss surface's stages are heard live by the run's listener; one computed in this JVM resumes from the points an
     * interrupted run left for the same request, and keeps its own on disk until it is complete.
     *
     * @return the answer
     */
    <R> R compute(ComputeRequest<R> request);

    /** @return the trained point: the network's description, the final parameters and buffers (shared) */
    ModelState model();

    /** @return the run's training rows, as a reference for requests */
    DataReference trainingData();

    /** @return the run's validation rows, or null when it has none */
    DataReference validationData();

    /** @return the compiler (for kinds that compile parts of their spec, e.g. toy surfaces) */
    ExperimentCompiler compiler();

    /** @return the trained experiment (network, data), or null for a run without a network (toy analyses only) */
    CompiledExperiment compiled();

    /** @return the run's final parameters (do not modify); empty without a network */
    double[] parameters();

    /** @return the run's final buffers (do not modify); empty without a network or buffers */
    double[] buffers();

    /** @return the parameters at the run's checkpoints, in order (do not modify) */
    List<double[]> checkpoints();

    /** @return the run's seed; kinds seed their random directions and probes from it */
    long seed();

    /** @return the last training step (the step that metrics are recorded at) */
    long step();

    /** @return the run the results belong to */
    Run run();

    /** @return the experiment file (its results folder is beside it) */
    Path experimentFile();

    /** @return progress and cancellation of the run */
    ProgressMonitor monitor();

    /**
     * @return the training loss of the network at the run's buffers, full training batch, evaluation mode, computed
     *         in this JVM: for small local work; what the engine computes is asked for with {@link #compute}
     */
    NetworkObjective objective();

    /**
     * @return the checkpoints and the final parameters (once), the path of the run for trajectory analyses
     */
    List<double[]> trajectoryPoints();

    /** @return the PCA of {@link #trajectoryPoints()}, computed once per run and shared by the kinds that use it */
    TrajectoryPca.Result trajectoryPca();

    /**
     * Another solution of the same task, for analyses between two solutions: the named run, or the latest other
     * completed run; a run with this run's seed and configuration, or with equal final parameters, is never used.
     *
     * @param wanted a run id, or null or blank for any
     */
    OtherSolution otherSolution(String wanted) throws IOException;

    /** Adds a note to the run's message (why an analysis did less than asked). */
    void note(String text);

    /** Records a metric of the run at its last step. */
    void metric(String name, double value);

    /**
     * Writes a result array into the run's folder (atomically) and references it from the run.
     *
     * @param fileName a file name in the run's folder, ending in {@code .npy}
     * @param description what the array holds, for people (never parsed)
     * @param metadata what a reader needs to know about the array (its columns, ranges, method, ...), typed: the
     *        keys of {@link org.losslandscape.core.results.ResultKeys} or a kind's own
     */
    void write(ResultKind kind, String fileName, NpyArray array, String description, ResultMetadata metadata)
            throws IOException;
}
