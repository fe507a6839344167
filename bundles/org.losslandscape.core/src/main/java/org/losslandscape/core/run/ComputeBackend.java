package org.losslandscape.core.run;

import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.Execution;

/**
 * Where the numbers are computed (API). Every training and every analysis of a run reaches the engine through its
 * backend as a {@link ComputeRequest} — a serialisable description (network, parameters and buffers, a data
 * reference, the task) — executed in the run's {@link Execution} (its threads, progress, cancellation). A backend
 * may compute a request in this JVM ({@link JavaComputeBackend}, id {@value JavaComputeBackend#ID}), or ship it
 * ({@link org.losslandscape.compute.request.RequestFiles} writes it as JSON + {@code .npy}) to a cluster or a job
 * array; whatever it does, it returns the same bits as the pure-Java engine.
 * <p>
 * A bundle contributes a backend as an OSGi service of this interface (Declarative Services); outside OSGi the
 * {@link java.util.ServiceLoader} finds it through {@code META-INF/services}. A run chooses its backend by id
 * ({@link RunOptions#backend()}) and records it ({@code Run.backend}).
 * <p>
 * Implementations are thread-safe and stateless between calls; requests are never modified; engine errors surface
 * as {@link RuntimeException}s, which the runner records as a FAILED run.
 */
public interface ComputeBackend {

    /** @return a stable id, e.g. {@code "java"}: unique among the registered backends */
    String id();

    /** @return where and how this backend computes, in one line */
    String description();

    /**
     * Computes the request's answer.
     *
     * @param execution the run's threads, progress, cancellation, data resolver, optimizers and training events;
     *            a backend that computes in this JVM binds {@link Execution#threads()} while it computes
     * @return the answer, bit for bit what {@link ComputeRequest#compute} gives in this JVM
     */
    <R> R execute(ComputeRequest<R> request, Execution execution);
}
