/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sharpness Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.SharpnessAnalysis#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.losslandscape.model.SharpnessAnalysis#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link org.losslandscape.model.SharpnessAnalysis#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getSharpnessAnalysis()
 * @model
 * @generated
 */
public interface SharpnessAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * The default value is <code>"LAMBDA_MAX"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.SharpnessDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see org.losslandscape.model.SharpnessDefinition
	 * @see #setDefinition(SharpnessDefinition)
	 * @see org.losslandscape.model.LandscapePackage#getSharpnessAnalysis_Definition()
	 * @model default="LAMBDA_MAX"
	 *        annotation="http://losslandscape.org/ui label='Definition' help='LAMBDA_MAX: the largest Hessian eigenvalue; TRACE: the Hessian\'s trace; EPSILON: the largest loss rise within radius \u03b5 (Keskar et al. 2017); GAUSSIAN: the mean loss rise under noise of width \u03b5; ADAPTIVE: adaptive sharpness of radius \u03b5.'"
	 * @generated
	 */
	SharpnessDefinition getDefinition();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SharpnessAnalysis#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see org.losslandscape.model.SharpnessDefinition
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(SharpnessDefinition value);

	/**
	 * Returns the value of the '<em><b>Epsilon</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epsilon</em>' attribute.
	 * @see #setEpsilon(double)
	 * @see org.losslandscape.model.LandscapePackage#getSharpnessAnalysis_Epsilon()
	 * @model default="0.001"
	 *        annotation="http://losslandscape.org/ui label='Radius \u03b5' help='Size of the neighbourhood of the EPSILON, GAUSSIAN and ADAPTIVE definitions.'"
	 * @generated
	 */
	double getEpsilon();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SharpnessAnalysis#getEpsilon <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epsilon</em>' attribute.
	 * @see #getEpsilon()
	 * @generated
	 */
	void setEpsilon(double value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.losslandscape.model.LandscapePackage#getSharpnessAnalysis_Samples()
	 * @model default="100"
	 *        annotation="http://losslandscape.org/ui label='Samples' help='Probes (TRACE), ascent steps (EPSILON) or noise draws (GAUSSIAN, ADAPTIVE).'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SharpnessAnalysis#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

} // SharpnessAnalysis
