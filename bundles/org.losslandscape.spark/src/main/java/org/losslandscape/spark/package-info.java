/**
 * The Apache Spark job: a driver ({@link org.losslandscape.spark.SparkDriver}, started by the command line or by
 * {@code spark-submit}) that cuts a compute request into independent, deterministic tasks — blocks of grid points of
 * a surface ({@link org.losslandscape.compute.split.SurfacePlan}, coarse lines first) — and executors that compute
 * each task with the pure-Java engine from the request, which reaches them once per executor as a broadcast
 * ({@link org.losslandscape.spark.RequestPayload}). Task answers come back with their block index and are placed by
 * it, so the surface is bit-identical to a local run whatever order they arrive in; each finished block is written
 * to the {@link org.losslandscape.compute.split.BlockStore} at once, so a killed driver resumes with the missing
 * blocks. Plain Java: no OSGi, no SWT; Spark is provided by the cluster.
 */
package org.losslandscape.spark;
