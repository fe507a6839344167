/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Implicit Bias Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The implicit bias of gradient methods: gradient descent and the gradient flow from zero on an under-determined linear regression (drawn from the run's seed) reach its minimum-norm solution, the pseudo-inverse's from Commons Math's SVD; the distances are the analysis's metrics.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getRows <em>Rows</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getTolerance <em>Tolerance</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getImplicitBiasAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.dynamics'"
 * @generated
 */
public interface ImplicitBiasAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Rows</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' attribute.
	 * @see #setRows(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getImplicitBiasAnalysis_Rows()
	 * @model default="6"
	 *        annotation="http://losslandscape.org/ui label='Rows' unit='training rows' help='Rows of the underdetermined least-squares problem (fewer than the features).'"
	 * @generated
	 */
	int getRows();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getRows <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows</em>' attribute.
	 * @see #getRows()
	 * @generated
	 */
	void setRows(int value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The features, more than the rows: infinitely many solutions interpolate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute.
	 * @see #setFeatures(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getImplicitBiasAnalysis_Features()
	 * @model default="20"
	 *        annotation="http://losslandscape.org/ui label='Features' unit='columns' help='The features, more than the rows: infinitely many solutions interpolate.'"
	 * @generated
	 */
	int getFeatures();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getFeatures <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Features</em>' attribute.
	 * @see #getFeatures()
	 * @generated
	 */
	void setFeatures(int value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * The default value is <code>"1.0E-13"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flow integrator's absolute and relative error tolerance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(double)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getImplicitBiasAnalysis_Tolerance()
	 * @model default="1.0E-13"
	 *        annotation="http://losslandscape.org/ui label='Integrator tolerance' help='The flow integrator\'s absolute and relative error tolerance.'"
	 * @generated
	 */
	double getTolerance();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(double value);

} // ImplicitBiasAnalysis
