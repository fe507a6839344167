/**
 * Turns an experiment model into engine objects: {@link org.losslandscape.core.compile.ExperimentCompiler} reads an
 * {@link org.losslandscape.model.Experiment} and yields a
 * {@link org.losslandscape.core.compile.CompiledExperiment} (datasets, network, initial parameters, optimizer,
 * schedule, training configuration) or a list of {@link org.losslandscape.core.compile.ExperimentProblem}s, each
 * naming the element and the fix. Nothing a user can write into a file makes the compiler throw.
 */
package org.losslandscape.core.compile;
