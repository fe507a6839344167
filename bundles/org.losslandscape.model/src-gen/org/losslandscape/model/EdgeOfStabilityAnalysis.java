/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Of Stability Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.EdgeOfStabilityAnalysis#getEvery <em>Every</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getEdgeOfStabilityAnalysis()
 * @model
 * @generated
 */
public interface EdgeOfStabilityAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Every</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps between two sharpness estimates during training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Every</em>' attribute.
	 * @see #setEvery(int)
	 * @see org.losslandscape.model.LandscapePackage#getEdgeOfStabilityAnalysis_Every()
	 * @model default="10"
	 *        annotation="http://losslandscape.org/ui label='Every' unit='steps' help='Steps between two sharpness estimates during training.'"
	 * @generated
	 */
	int getEvery();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.EdgeOfStabilityAnalysis#getEvery <em>Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Every</em>' attribute.
	 * @see #getEvery()
	 * @generated
	 */
	void setEvery(int value);

} // EdgeOfStabilityAnalysis
