/**
 * Running experiments headless. {@link org.losslandscape.core.run.ExperimentRunner} loads a file, records a run,
 * trains, analyses and stores the results beside the file.
 *
 * <h2>API: the compute backend</h2>
 * {@link org.losslandscape.core.run.ComputeBackend} is the API through which the runner reaches the engine: training
 * and the analysis entry points (surfaces, Hessian eigenpairs, trace, spectral density). The default,
 * {@link org.losslandscape.core.run.JavaComputeBackend}, is the pure-Java engine; another backend (e.g. one that
 * delegates to a cluster) implements the interface and is passed to the runner, or is found by
 * {@link java.util.ServiceLoader} through {@link org.losslandscape.core.run.ComputeBackend#defaultBackend()}.
 * Backends must give the same results as the Java engine for the same inputs (to rounding).
 */
package org.losslandscape.core.run;
