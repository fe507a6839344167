/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model;

import org.eclipse.emf.common.util.EList;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gradient Flow Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Gradient flow, dθ/dt = −∇L(θ) on the full training set, integrated by Dormand–Prince from the trained parameters, against gradient descent at each learning rate over the same time: GD tracks the flow while η < 2/λ_max and leaves it past the edge of stability.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getLearningRates <em>Learning Rates</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getHorizon <em>Horizon</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getTolerance <em>Tolerance</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientFlowAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.dynamics'"
 * @generated
 */
public interface GradientFlowAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Learning Rates</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps η of gradient descent compared with the flow; none: 0.1, 0.5 and 1.5 times 2/λ_max at the start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Rates</em>' attribute list.
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientFlowAnalysis_LearningRates()
	 * @model annotation="http://losslandscape.org/ui label='Step sizes \u03b7' help='The steps \u03b7 of gradient descent compared with the flow; none: 0.1, 0.5 and 1.5 times 2/\u03bb_max at the start.'"
	 * @generated
	 */
	EList<Double> getLearningRates();

	/**
	 * Returns the value of the '<em><b>Horizon</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time the comparison covers (GD takes horizon/η steps).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Horizon</em>' attribute.
	 * @see #setHorizon(double)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientFlowAnalysis_Horizon()
	 * @model default="2.0"
	 *        annotation="http://losslandscape.org/ui label='Horizon' unit='time (\u03b7 \327 steps)' help='The time the comparison covers (GD takes horizon/\u03b7 steps).'"
	 * @generated
	 */
	double getHorizon();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getHorizon <em>Horizon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Horizon</em>' attribute.
	 * @see #getHorizon()
	 * @generated
	 */
	void setHorizon(double value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientFlowAnalysis_Samples()
	 * @model default="50"
	 *        annotation="http://losslandscape.org/ui label='Samples' unit='points in time' help='Times, evenly spaced over the horizon, at which the flow and gradient descent are compared.'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * The default value is <code>"1.0E-9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The integrator's absolute and relative error tolerance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(double)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientFlowAnalysis_Tolerance()
	 * @model default="1.0E-9"
	 *        annotation="http://losslandscape.org/ui label='Integrator tolerance' help='The integrator\'s absolute and relative error tolerance.'"
	 * @generated
	 */
	double getTolerance();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(double value);

} // GradientFlowAnalysis
