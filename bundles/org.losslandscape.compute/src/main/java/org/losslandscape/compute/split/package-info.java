/**
 * Work cut into independent, deterministic tasks for backends that compute elsewhere (a Spark cluster, a shard of
 * a job array). A surface is cut into {@link org.losslandscape.compute.split.SurfaceBlock blocks} of whole grid
 * lines in the evaluator's stage order (coarse lines first, as a local run fills them); each block is computed from
 * the same {@link org.losslandscape.compute.request.SurfaceRequest} by {@link
 * org.losslandscape.compute.split.SurfaceBlocks#compute} and gives, point for point, the bits of a local run.
 * Finished blocks are kept in a {@link org.losslandscape.compute.split.BlockStore} (one atomic file per block), so
 * an interrupted computation resumes with the missing blocks only, and the shards of a job array meet there. A
 * {@link org.losslandscape.compute.split.RequestKey} names the store of a request by the SHA-256 of its files. A
 * Hutchinson trace is cut into {@link org.losslandscape.compute.split.ProbeGroup groups of probes} whose samples,
 * joined in probe order, give the estimate's bits.
 */
package org.losslandscape.compute.split;
