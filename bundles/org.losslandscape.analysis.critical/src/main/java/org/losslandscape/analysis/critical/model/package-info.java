/**
 * The critical-points analysis's part of the experiment model (generated from {@code model/critical.ecore} into
 * {@code src-gen/}, namespace {@code http://losslandscape.org/analysis/critical/1.0}): each spec class extends the
 * experiment model's {@link org.losslandscape.model.AnalysisSpec}.
 */
package org.losslandscape.analysis.critical.model;
