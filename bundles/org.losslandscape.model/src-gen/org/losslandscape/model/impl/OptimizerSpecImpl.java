/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ScheduleSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Optimizer Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.OptimizerSpecImpl#getOptimizerId <em>Optimizer Id</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.OptimizerSpecImpl#getHyperParameters <em>Hyper Parameters</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.OptimizerSpecImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.OptimizerSpecImpl#getClipNorm <em>Clip Norm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OptimizerSpecImpl extends EObjectImpl implements OptimizerSpec {
	/**
	 * The default value of the '{@link #getOptimizerId() <em>Optimizer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizerId()
	 * @generated
	 * @ordered
	 */
	protected static final String OPTIMIZER_ID_EDEFAULT = "sgd";

	/**
	 * The cached value of the '{@link #getOptimizerId() <em>Optimizer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizerId()
	 * @generated
	 * @ordered
	 */
	protected String optimizerId = OPTIMIZER_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHyperParameters() <em>Hyper Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHyperParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> hyperParameters;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected ScheduleSpec schedule;

	/**
	 * The default value of the '{@link #getClipNorm() <em>Clip Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClipNorm()
	 * @generated
	 * @ordered
	 */
	protected static final double CLIP_NORM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getClipNorm() <em>Clip Norm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClipNorm()
	 * @generated
	 * @ordered
	 */
	protected double clipNorm = CLIP_NORM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OptimizerSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.OPTIMIZER_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOptimizerId() {
		return optimizerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizerId(String newOptimizerId) {
		String oldOptimizerId = optimizerId;
		optimizerId = newOptimizerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.OPTIMIZER_SPEC__OPTIMIZER_ID, oldOptimizerId, optimizerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getHyperParameters() {
		if (hyperParameters == null) {
			hyperParameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, LandscapePackage.OPTIMIZER_SPEC__HYPER_PARAMETERS);
		}
		return hyperParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleSpec getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedule(ScheduleSpec newSchedule, NotificationChain msgs) {
		ScheduleSpec oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.OPTIMIZER_SPEC__SCHEDULE, oldSchedule, newSchedule);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(ScheduleSpec newSchedule) {
		if (newSchedule != schedule) {
			NotificationChain msgs = null;
			if (schedule != null)
				msgs = ((InternalEObject)schedule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.OPTIMIZER_SPEC__SCHEDULE, null, msgs);
			if (newSchedule != null)
				msgs = ((InternalEObject)newSchedule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.OPTIMIZER_SPEC__SCHEDULE, null, msgs);
			msgs = basicSetSchedule(newSchedule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.OPTIMIZER_SPEC__SCHEDULE, newSchedule, newSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClipNorm() {
		return clipNorm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClipNorm(double newClipNorm) {
		double oldClipNorm = clipNorm;
		clipNorm = newClipNorm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.OPTIMIZER_SPEC__CLIP_NORM, oldClipNorm, clipNorm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.OPTIMIZER_SPEC__HYPER_PARAMETERS:
				return ((InternalEList<?>)getHyperParameters()).basicRemove(otherEnd, msgs);
			case LandscapePackage.OPTIMIZER_SPEC__SCHEDULE:
				return basicSetSchedule(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.OPTIMIZER_SPEC__OPTIMIZER_ID:
				return getOptimizerId();
			case LandscapePackage.OPTIMIZER_SPEC__HYPER_PARAMETERS:
				return getHyperParameters();
			case LandscapePackage.OPTIMIZER_SPEC__SCHEDULE:
				return getSchedule();
			case LandscapePackage.OPTIMIZER_SPEC__CLIP_NORM:
				return getClipNorm();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.OPTIMIZER_SPEC__OPTIMIZER_ID:
				setOptimizerId((String)newValue);
				return;
			case LandscapePackage.OPTIMIZER_SPEC__HYPER_PARAMETERS:
				getHyperParameters().clear();
				getHyperParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case LandscapePackage.OPTIMIZER_SPEC__SCHEDULE:
				setSchedule((ScheduleSpec)newValue);
				return;
			case LandscapePackage.OPTIMIZER_SPEC__CLIP_NORM:
				setClipNorm((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LandscapePackage.OPTIMIZER_SPEC__OPTIMIZER_ID:
				setOptimizerId(OPTIMIZER_ID_EDEFAULT);
				return;
			case LandscapePackage.OPTIMIZER_SPEC__HYPER_PARAMETERS:
				getHyperParameters().clear();
				return;
			case LandscapePackage.OPTIMIZER_SPEC__SCHEDULE:
				setSchedule((ScheduleSpec)null);
				return;
			case LandscapePackage.OPTIMIZER_SPEC__CLIP_NORM:
				setClipNorm(CLIP_NORM_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LandscapePackage.OPTIMIZER_SPEC__OPTIMIZER_ID:
				return OPTIMIZER_ID_EDEFAULT == null ? optimizerId != null : !OPTIMIZER_ID_EDEFAULT.equals(optimizerId);
			case LandscapePackage.OPTIMIZER_SPEC__HYPER_PARAMETERS:
				return hyperParameters != null && !hyperParameters.isEmpty();
			case LandscapePackage.OPTIMIZER_SPEC__SCHEDULE:
				return schedule != null;
			case LandscapePackage.OPTIMIZER_SPEC__CLIP_NORM:
				return clipNorm != CLIP_NORM_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (optimizerId: ");
		result.append(optimizerId);
		result.append(", clipNorm: ");
		result.append(clipNorm);
		result.append(')');
		return result.toString();
	}

} //OptimizerSpecImpl
