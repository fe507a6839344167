/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model;

import org.eclipse.emf.common.util.EList;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pac Bayes Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PAC-Bayes bound on the test error (0-1) of a Gaussian posterior N(θ*, σ²·diag c²) around the trained parameters against the prior N(θ₀, σ²·diag c²) at the initial ones (McAllester 1999; Langford–Seeger; Dziugaite and Roy 2017): σ chosen over a grid with the union bound paid, the posterior's training error by Monte Carlo with a confidence interval, the bound by inverting the binary kl.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getPosterior <em>Posterior</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSigmas <em>Sigmas</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getDelta <em>Delta</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSamplingDelta <em>Sampling Delta</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getPacBayesAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.flatness'"
 * @generated
 */
public interface PacBayesAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Posterior</b></em>' attribute.
	 * The literals are from the enumeration {@link org.losslandscape.analysis.flatness.model.PosteriorShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The per-parameter scales c: the same in every direction, or each parameter tensor's root mean square at θ₀.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Posterior</em>' attribute.
	 * @see org.losslandscape.analysis.flatness.model.PosteriorShape
	 * @see #setPosterior(PosteriorShape)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getPacBayesAnalysis_Posterior()
	 * @model annotation="http://losslandscape.org/ui label='Posterior scales' help='The per-parameter scales c: the same in every direction, or each parameter tensor\'s root mean square at \u03b8\u2080.'"
	 * @generated
	 */
	PosteriorShape getPosterior();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getPosterior <em>Posterior</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Posterior</em>' attribute.
	 * @see org.losslandscape.analysis.flatness.model.PosteriorShape
	 * @see #getPosterior()
	 * @generated
	 */
	void setPosterior(PosteriorShape value);

	/**
	 * Returns the value of the '<em><b>Sigmas</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The grid of widths σ; none: 17 values evenly spaced in log scale from 0.001 to 10.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sigmas</em>' attribute list.
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getPacBayesAnalysis_Sigmas()
	 * @model annotation="http://losslandscape.org/ui label='Widths \u03c3' help='The grid of widths \u03c3; none: 17 values evenly spaced in log scale from 0.001 to 10.'"
	 * @generated
	 */
	EList<Double> getSigmas();

	/**
	 * Returns the value of the '<em><b>Delta</b></em>' attribute.
	 * The default value is <code>"0.025"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The confidence δ of the bound (shared by the grid).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delta</em>' attribute.
	 * @see #setDelta(double)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getPacBayesAnalysis_Delta()
	 * @model default="0.025"
	 *        annotation="http://losslandscape.org/ui label='Confidence \u03b4' help='The confidence \u03b4 of the bound (shared by the grid).'"
	 * @generated
	 */
	double getDelta();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getDelta <em>Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delta</em>' attribute.
	 * @see #getDelta()
	 * @generated
	 */
	void setDelta(double value);

	/**
	 * Returns the value of the '<em><b>Sampling Delta</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The confidence δ′ of the Monte Carlo estimate of the posterior's training error.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sampling Delta</em>' attribute.
	 * @see #setSamplingDelta(double)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getPacBayesAnalysis_SamplingDelta()
	 * @model default="0.01"
	 *        annotation="http://losslandscape.org/ui label='Sampling confidence \u03b4\u2032' help='The confidence \u03b4\u2032 of the Monte Carlo estimate of the posterior\'s training error.'"
	 * @generated
	 */
	double getSamplingDelta();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSamplingDelta <em>Sampling Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampling Delta</em>' attribute.
	 * @see #getSamplingDelta()
	 * @generated
	 */
	void setSamplingDelta(double value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The networks drawn from each posterior.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getPacBayesAnalysis_Samples()
	 * @model default="100"
	 *        annotation="http://losslandscape.org/ui label='Samples' unit='networks per posterior' help='The networks drawn from each posterior.'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

} // PacBayesAnalysis
