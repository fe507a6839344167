/**
 * W8 of the project's benchmarks (scale-out): W2's surface at 101 × 101 points on the local pool, on Spark
 * {@code local[2]} and on a standalone cluster of two one-core workers on the same machine.
 */
package org.losslandscape.spark.bench;
