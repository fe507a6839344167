/**
 * The flatness analyses' part of the experiment model (generated from {@code model/flatness.ecore} into
 * {@code src-gen/}, namespace {@code http://losslandscape.org/analysis/flatness/1.0}): each spec class extends the
 * experiment model's {@link org.losslandscape.model.AnalysisSpec}.
 */
package org.losslandscape.analysis.flatness.model;
