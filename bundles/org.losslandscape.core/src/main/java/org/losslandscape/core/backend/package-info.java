/**
 * Compute backends that cut work into independent, deterministic tasks
 * ({@link org.losslandscape.compute.split}): {@link org.losslandscape.core.backend.SparkComputeBackend} hands a
 * surface's blocks to an Apache Spark cluster through a driver JVM of the Spark job jar;
 * {@link org.losslandscape.core.backend.ShardComputeBackend} computes one slice of them for a job array (SLURM,
 * Kubernetes indexed jobs) and assembles the surface once every slice is in. Both keep finished blocks in the
 * experiment's {@link org.losslandscape.core.backend.BlockFolders block folder}, so a killed run resumes, and both
 * give the bits of the pure-Java backend. Requests they do not cut run on the pure-Java engine in this JVM.
 */
package org.losslandscape.core.backend;
