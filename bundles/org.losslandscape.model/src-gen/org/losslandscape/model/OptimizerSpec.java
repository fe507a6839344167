/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Optimizer Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.OptimizerSpec#getOptimizerId <em>Optimizer Id</em>}</li>
 *   <li>{@link org.losslandscape.model.OptimizerSpec#getHyperParameters <em>Hyper Parameters</em>}</li>
 *   <li>{@link org.losslandscape.model.OptimizerSpec#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.losslandscape.model.OptimizerSpec#getClipNorm <em>Clip Norm</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getOptimizerSpec()
 * @model
 * @generated
 */
public interface OptimizerSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Optimizer Id</b></em>' attribute.
	 * The default value is <code>"sgd"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of an optimizer, resolved through the optimizer registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optimizer Id</em>' attribute.
	 * @see #setOptimizerId(String)
	 * @see org.losslandscape.model.LandscapePackage#getOptimizerSpec_OptimizerId()
	 * @model default="sgd"
	 * @generated
	 */
	String getOptimizerId();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.OptimizerSpec#getOptimizerId <em>Optimizer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer Id</em>' attribute.
	 * @see #getOptimizerId()
	 * @generated
	 */
	void setOptimizerId(String value);

	/**
	 * Returns the value of the '<em><b>Hyper Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hyper Parameters</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getOptimizerSpec_HyperParameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getHyperParameters();

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schedule</em>' containment reference.
	 * @see #setSchedule(ScheduleSpec)
	 * @see org.losslandscape.model.LandscapePackage#getOptimizerSpec_Schedule()
	 * @model containment="true"
	 * @generated
	 */
	ScheduleSpec getSchedule();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.OptimizerSpec#getSchedule <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' containment reference.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(ScheduleSpec value);

	/**
	 * Returns the value of the '<em><b>Clip Norm</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Global gradient-norm clipping threshold; 0 disables clipping.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clip Norm</em>' attribute.
	 * @see #setClipNorm(double)
	 * @see org.losslandscape.model.LandscapePackage#getOptimizerSpec_ClipNorm()
	 * @model default="0.0"
	 * @generated
	 */
	double getClipNorm();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.OptimizerSpec#getClipNorm <em>Clip Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clip Norm</em>' attribute.
	 * @see #getClipNorm()
	 * @generated
	 */
	void setClipNorm(double value);

} // OptimizerSpec
