/**
 * The benchmark workloads every speed claim of the project is measured on (see docs/BENCHMARKS.md), runnable from
 * {@code ./landscape bench} or any JVM, with results as one JSON line per workload.
 */
package org.losslandscape.compute.bench;
