/**
 * Analyses as plug-ins: an {@link org.losslandscape.core.analysis.AnalysisKind} is one registered unit (its spec's
 * model class and how a run carries it out), found through {@link org.losslandscape.core.analysis.AnalysisKinds};
 * an {@link org.losslandscape.core.analysis.AnalysisContext} is what a kind gets for one run. API.
 */
package org.losslandscape.core.analysis;
