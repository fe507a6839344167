package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.compute.train.TrainingListener;

/**
 * Where and how a request is executed: the run's threads ({@link ComputeContext}), progress and cancellation, how
 * data references are resolved, the optimizers a training request may name, the layer kinds networks are built
 * with, who hears training events, and who hears the partial results of surfaces. Nothing
 * here is process-wide: two executions with different contexts run side by side.
 *
 * @param threads the run's worker pool; a backend binds it while it computes
 * @param monitor progress and cancellation, never null
 * @param data resolves the requests' data references, never null
 * @param optimizers the optimizers a {@link TrainRequest} names, never null
 * @param events hears a training request's evaluations, checkpoints and steps, never null
 * @param layers the layer kinds the requests' networks are built with (a third party's too), never null
 * @param surfaces hears a surface request's stages and points as they are computed, never null
 */
public record Execution(ComputeContext threads, ProgressMonitor monitor, DataResolver data,
        OptimizerRegistry optimizers, TrainingListener events, LayerKinds layers, SurfaceSink surfaces) {

    /** Checks that nothing is missing. */
    public Execution {
        Objects.requireNonNull(threads, "threads");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(optimizers, "optimizers");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(layers, "layers");
        Objects.requireNonNull(surfaces, "surfaces");
    }

    /** An execution whose surfaces are heard by nobody. */
    public Execution(ComputeContext threads, ProgressMonitor monitor, DataResolver data, OptimizerRegistry optimizers,
            TrainingListener events, LayerKinds layers) {
        this(threads, monitor, data, optimizers, events, layers, SurfaceSink.NONE);
    }

    /** An execution with the engine's own layer kinds. */
    public Execution(ComputeContext threads, ProgressMonitor monitor, DataResolver data, OptimizerRegistry optimizers,
            TrainingListener events) {
        this(threads, monitor, data, optimizers, events, LayerKinds.standard());
    }

    /**
     * @return an execution on {@code threads} without progress, resolving inline data only, with the optimizers the
     *         {@link java.util.ServiceLoader} finds and no listener
     */
    public static Execution on(ComputeContext threads) {
        return new Execution(threads, ProgressMonitor.NONE, DataResolver.INLINE_ONLY,
                OptimizerRegistry.fromServiceLoader(), new TrainingListener() { });
    }

    /** @return this execution with another progress monitor */
    public Execution withMonitor(ProgressMonitor m) {
        return new Execution(threads, m == null ? ProgressMonitor.NONE : m, data, optimizers, events, layers,
                surfaces);
    }

    /** @return this execution with another data resolver */
    public Execution withData(DataResolver resolver) {
        return new Execution(threads, monitor, resolver, optimizers, events, layers, surfaces);
    }

    /** @return this execution with another optimizer registry */
    public Execution withOptimizers(OptimizerRegistry registry) {
        return new Execution(threads, monitor, data, registry, events, layers, surfaces);
    }

    /** @return this execution with another listener of training events */
    public Execution withEvents(TrainingListener listener) {
        return new Execution(threads, monitor, data, optimizers, listener, layers, surfaces);
    }

    /** @return this execution building networks with {@code kinds} */
    public Execution withLayers(LayerKinds kinds) {
        return new Execution(threads, monitor, data, optimizers, events, kinds, surfaces);
    }

    /** @return this execution telling {@code sink} about the surfaces it computes */
    public Execution withSurfaces(SurfaceSink sink) {
        return new Execution(threads, monitor, data, optimizers, events, layers, Objects.requireNonNull(sink, "sink"));
    }
}
