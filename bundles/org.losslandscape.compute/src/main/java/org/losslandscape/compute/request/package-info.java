/**
 * Compute requests: serialisable descriptions of what the engine is asked to do — the model (network description,
 * parameters, buffers), a {@link org.losslandscape.compute.request.DataReference data reference} and the task
 * (train, a loss surface, Hessian eigenpairs, trace, spectral density, sharpness, a connectivity path, the PCA of a
 * trajectory). A request holds no Java callbacks: the local pool, a cluster or a shard of a job array can execute
 * the same description and give the same bits. {@link org.losslandscape.compute.request.RequestFiles} writes a
 * request to a folder (JSON + {@code .npy}) and reads it back; {@link
 * org.losslandscape.compute.request.ComputeRequest#compute} is how the local Java engine executes it, in an
 * {@link org.losslandscape.compute.request.Execution} (threads, progress, cancellation, data).
 * <p>
 * Requests are immutable; the arrays they hold are shared, not copied (large parameter vectors and datasets are
 * handed over as they are) and must not be modified while a request is alive.
 */
package org.losslandscape.compute.request;
