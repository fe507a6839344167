/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model;

import org.eclipse.emf.common.util.EList;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reparameterisation Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Sharpness is not invariant (Dinh et al. 2017): one layer's weights and bias times α, the next layer's weights times 1/α, for several α; the outputs stay the same while λ_max and the trace change by orders of magnitude, and adaptive sharpness and the PAC-Bayes bound with a layer-scaled posterior (prior and posterior rescaled with the network) stay put.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getAlphas <em>Alphas</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getFirstLayer <em>First Layer</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getSecondLayer <em>Second Layer</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getRho <em>Rho</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getAscentSteps <em>Ascent Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getReparameterisationAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.flatness'"
 * @generated
 */
public interface ReparameterisationAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Alphas</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The factors α; none: 0.01, 0.1, 1, 10 and 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alphas</em>' attribute list.
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getReparameterisationAnalysis_Alphas()
	 * @model annotation="http://losslandscape.org/ui label='Factors \u03b1' help='The factors \u03b1; none: 0.01, 0.1, 1, 10 and 100.'"
	 * @generated
	 */
	EList<Double> getAlphas();

	/**
	 * Returns the value of the '<em><b>First Layer</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The index of the layer scaled by α (a Dense layer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Layer</em>' attribute.
	 * @see #setFirstLayer(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getReparameterisationAnalysis_FirstLayer()
	 * @model default="0"
	 *        annotation="http://losslandscape.org/ui label='Scaled layer' unit='layer index' help='The index of the layer scaled by \u03b1 (a Dense layer).'"
	 * @generated
	 */
	int getFirstLayer();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getFirstLayer <em>First Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Layer</em>' attribute.
	 * @see #getFirstLayer()
	 * @generated
	 */
	void setFirstLayer(int value);

	/**
	 * Returns the value of the '<em><b>Second Layer</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The index of the layer whose weights are scaled by 1/α; only positively homogeneous layers (ReLU) may lie between.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Second Layer</em>' attribute.
	 * @see #setSecondLayer(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getReparameterisationAnalysis_SecondLayer()
	 * @model default="2"
	 *        annotation="http://losslandscape.org/ui label='Compensating layer' unit='layer index' help='The index of the layer whose weights are scaled by 1/\u03b1; only positively homogeneous layers (ReLU) may lie between.'"
	 * @generated
	 */
	int getSecondLayer();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getSecondLayer <em>Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second Layer</em>' attribute.
	 * @see #getSecondLayer()
	 * @generated
	 */
	void setSecondLayer(int value);

	/**
	 * Returns the value of the '<em><b>Rho</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The radius of adaptive sharpness (η = 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rho</em>' attribute.
	 * @see #setRho(double)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getReparameterisationAnalysis_Rho()
	 * @model default="0.05"
	 *        annotation="http://losslandscape.org/ui label='Radius \u03c1' help='The radius of adaptive sharpness (\u03b7 = 0).'"
	 * @generated
	 */
	double getRho();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getRho <em>Rho</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rho</em>' attribute.
	 * @see #getRho()
	 * @generated
	 */
	void setRho(double value);

	/**
	 * Returns the value of the '<em><b>Ascent Steps</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ascent Steps</em>' attribute.
	 * @see #setAscentSteps(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getReparameterisationAnalysis_AscentSteps()
	 * @model default="10"
	 *        annotation="http://losslandscape.org/ui label='Ascent steps' unit='steps' help='Gradient-ascent steps of the adaptive sharpness inside its radius.'"
	 * @generated
	 */
	int getAscentSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getAscentSteps <em>Ascent Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ascent Steps</em>' attribute.
	 * @see #getAscentSteps()
	 * @generated
	 */
	void setAscentSteps(int value);

	/**
	 * Returns the value of the '<em><b>Probes</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hutchinson's probes for the trace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probes</em>' attribute.
	 * @see #setProbes(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getReparameterisationAnalysis_Probes()
	 * @model default="20"
	 *        annotation="http://losslandscape.org/ui label='Trace probes' unit='vectors' help='Hutchinson\'s probes for the trace.'"
	 * @generated
	 */
	int getProbes();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getProbes <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probes</em>' attribute.
	 * @see #getProbes()
	 * @generated
	 */
	void setProbes(int value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Networks drawn per posterior for the PAC-Bayes bounds (isotropic and layer-scaled) at each α; 0: no bounds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getReparameterisationAnalysis_Samples()
	 * @model default="50"
	 *        annotation="http://losslandscape.org/ui label='Samples' unit='networks per posterior' help='Networks drawn per posterior for the PAC-Bayes bounds (isotropic and layer-scaled) at each \u03b1; 0: no bounds.'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

} // ReparameterisationAnalysis
