/**
 * Where a run's numbers come from: the engine version, the Java runtime, the thread count and the SHA-256 of every
 * file it read ({@link org.losslandscape.core.provenance.RunProvenance}), and whether those files have changed since.
 */
package org.losslandscape.core.provenance;
