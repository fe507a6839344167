/**
 * Running experiments headless. {@link org.losslandscape.core.run.ExperimentRunner} loads a file, records a run,
 * trains, analyses and stores the results beside the file.
 *
 * <h2>API: the compute backend</h2>
 * {@link org.losslandscape.core.run.ComputeBackend} is the API through which the runner reaches the engine: training
 * and every analysis are {@link org.losslandscape.compute.request.ComputeRequest compute requests} (serialisable
 * descriptions: network, parameters and buffers, a data reference, the task), executed in the run's
 * {@link org.losslandscape.compute.request.Execution} (its own threads, progress, cancellation). The default,
 * {@link org.losslandscape.core.run.JavaComputeBackend} (id {@code "java"}), is the pure-Java engine; another backend
 * (e.g. one that ships requests to a cluster) implements the interface and is registered as a service
 * ({@link org.losslandscape.core.run.ComputeBackends}). A run chooses its backend by id
 * ({@link org.losslandscape.core.run.RunOptions#backend()}) and records it in the run. Backends must give the same
 * bits as the Java engine for the same request.
 */
package org.losslandscape.core.run;
