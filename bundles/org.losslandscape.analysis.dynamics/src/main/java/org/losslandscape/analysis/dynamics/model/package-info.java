/**
 * The training-dynamics analyses' part of the experiment model (generated from {@code model/dynamics.ecore} into
 * {@code src-gen/}, namespace {@code http://losslandscape.org/analysis/dynamics/1.0}): each spec class extends the
 * experiment model's {@link org.losslandscape.model.AnalysisSpec}.
 */
package org.losslandscape.analysis.dynamics.model;
