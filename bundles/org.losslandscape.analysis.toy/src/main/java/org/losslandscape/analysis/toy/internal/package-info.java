/**
 * The toy-surface analysis kind ({@link org.losslandscape.analysis.toy.internal.ToySurfaceAnalysisKind}: checks a
 * spec, computes the grid, the optimizer paths and the critical points, and writes them into the run) and the
 * bundle's templates ({@link org.losslandscape.analysis.toy.internal.ToyTemplates}). Internal: reached only through
 * the core's analysis and template SPIs, as services.
 */
package org.losslandscape.analysis.toy.internal;
