/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.ScheduleSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.ScheduleSpec#getWarmupSteps <em>Warmup Steps</em>}</li>
 *   <li>{@link org.losslandscape.model.ScheduleSpec#getGamma <em>Gamma</em>}</li>
 *   <li>{@link org.losslandscape.model.ScheduleSpec#getStepEvery <em>Step Every</em>}</li>
 *   <li>{@link org.losslandscape.model.ScheduleSpec#getMinRate <em>Min Rate</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getScheduleSpec()
 * @model
 * @generated
 */
public interface ScheduleSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CONSTANT"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.ScheduleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.losslandscape.model.ScheduleKind
	 * @see #setKind(ScheduleKind)
	 * @see org.losslandscape.model.LandscapePackage#getScheduleSpec_Kind()
	 * @model default="CONSTANT"
	 * @generated
	 */
	ScheduleKind getKind();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ScheduleSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.losslandscape.model.ScheduleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ScheduleKind value);

	/**
	 * Returns the value of the '<em><b>Warmup Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warmup Steps</em>' attribute.
	 * @see #setWarmupSteps(long)
	 * @see org.losslandscape.model.LandscapePackage#getScheduleSpec_WarmupSteps()
	 * @model default="0"
	 * @generated
	 */
	long getWarmupSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ScheduleSpec#getWarmupSteps <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warmup Steps</em>' attribute.
	 * @see #getWarmupSteps()
	 * @generated
	 */
	void setWarmupSteps(long value);

	/**
	 * Returns the value of the '<em><b>Gamma</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gamma</em>' attribute.
	 * @see #setGamma(double)
	 * @see org.losslandscape.model.LandscapePackage#getScheduleSpec_Gamma()
	 * @model default="0.1"
	 * @generated
	 */
	double getGamma();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ScheduleSpec#getGamma <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gamma</em>' attribute.
	 * @see #getGamma()
	 * @generated
	 */
	void setGamma(double value);

	/**
	 * Returns the value of the '<em><b>Step Every</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Every</em>' attribute.
	 * @see #setStepEvery(long)
	 * @see org.losslandscape.model.LandscapePackage#getScheduleSpec_StepEvery()
	 * @model default="1000"
	 * @generated
	 */
	long getStepEvery();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ScheduleSpec#getStepEvery <em>Step Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Every</em>' attribute.
	 * @see #getStepEvery()
	 * @generated
	 */
	void setStepEvery(long value);

	/**
	 * Returns the value of the '<em><b>Min Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Rate</em>' attribute.
	 * @see #setMinRate(double)
	 * @see org.losslandscape.model.LandscapePackage#getScheduleSpec_MinRate()
	 * @model default="0.0"
	 * @generated
	 */
	double getMinRate();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ScheduleSpec#getMinRate <em>Min Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Rate</em>' attribute.
	 * @see #getMinRate()
	 * @generated
	 */
	void setMinRate(double value);

} // ScheduleSpec
