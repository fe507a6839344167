/**
 * The toy-surface analysis's part of the experiment model (generated from {@code model/toy.ecore} into
 * {@code src-gen/}, namespace {@code http://losslandscape.org/analysis/toy/1.0}):
 * {@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis} extends the experiment model's
 * {@link org.losslandscape.model.AnalysisSpec}. Files that name it in the experiment model's namespace, as files
 * written before it moved here do, load as this class ({@link org.losslandscape.model.resource.MovedTypes}).
 */
package org.losslandscape.analysis.toy.model;
