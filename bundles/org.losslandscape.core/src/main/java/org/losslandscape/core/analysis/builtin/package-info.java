/**
 * The analysis kinds the core ships, each one {@link org.losslandscape.core.analysis.AnalysisKind} registered in
 * {@code META-INF/services} like any other bundle's. Internal: use them through the registry.
 */
package org.losslandscape.core.analysis.builtin;
