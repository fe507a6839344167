/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ScheduleKind;
import org.losslandscape.model.ScheduleSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schedule Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.ScheduleSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ScheduleSpecImpl#getWarmupSteps <em>Warmup Steps</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ScheduleSpecImpl#getGamma <em>Gamma</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ScheduleSpecImpl#getStepEvery <em>Step Every</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ScheduleSpecImpl#getMinRate <em>Min Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduleSpecImpl extends EObjectImpl implements ScheduleSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ScheduleKind KIND_EDEFAULT = ScheduleKind.CONSTANT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ScheduleKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarmupSteps() <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmupSteps()
	 * @generated
	 * @ordered
	 */
	protected static final long WARMUP_STEPS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getWarmupSteps() <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmupSteps()
	 * @generated
	 * @ordered
	 */
	protected long warmupSteps = WARMUP_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGamma() <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGamma()
	 * @generated
	 * @ordered
	 */
	protected static final double GAMMA_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getGamma() <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGamma()
	 * @generated
	 * @ordered
	 */
	protected double gamma = GAMMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepEvery() <em>Step Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepEvery()
	 * @generated
	 * @ordered
	 */
	protected static final long STEP_EVERY_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getStepEvery() <em>Step Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepEvery()
	 * @generated
	 * @ordered
	 */
	protected long stepEvery = STEP_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinRate() <em>Min Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRate()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinRate() <em>Min Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRate()
	 * @generated
	 * @ordered
	 */
	protected double minRate = MIN_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduleSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.SCHEDULE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ScheduleKind newKind) {
		ScheduleKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SCHEDULE_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getWarmupSteps() {
		return warmupSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmupSteps(long newWarmupSteps) {
		long oldWarmupSteps = warmupSteps;
		warmupSteps = newWarmupSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SCHEDULE_SPEC__WARMUP_STEPS, oldWarmupSteps, warmupSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGamma() {
		return gamma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGamma(double newGamma) {
		double oldGamma = gamma;
		gamma = newGamma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SCHEDULE_SPEC__GAMMA, oldGamma, gamma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStepEvery() {
		return stepEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepEvery(long newStepEvery) {
		long oldStepEvery = stepEvery;
		stepEvery = newStepEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SCHEDULE_SPEC__STEP_EVERY, oldStepEvery, stepEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinRate() {
		return minRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinRate(double newMinRate) {
		double oldMinRate = minRate;
		minRate = newMinRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SCHEDULE_SPEC__MIN_RATE, oldMinRate, minRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.SCHEDULE_SPEC__KIND:
				return getKind();
			case LandscapePackage.SCHEDULE_SPEC__WARMUP_STEPS:
				return getWarmupSteps();
			case LandscapePackage.SCHEDULE_SPEC__GAMMA:
				return getGamma();
			case LandscapePackage.SCHEDULE_SPEC__STEP_EVERY:
				return getStepEvery();
			case LandscapePackage.SCHEDULE_SPEC__MIN_RATE:
				return getMinRate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.SCHEDULE_SPEC__KIND:
				setKind((ScheduleKind)newValue);
				return;
			case LandscapePackage.SCHEDULE_SPEC__WARMUP_STEPS:
				setWarmupSteps((Long)newValue);
				return;
			case LandscapePackage.SCHEDULE_SPEC__GAMMA:
				setGamma((Double)newValue);
				return;
			case LandscapePackage.SCHEDULE_SPEC__STEP_EVERY:
				setStepEvery((Long)newValue);
				return;
			case LandscapePackage.SCHEDULE_SPEC__MIN_RATE:
				setMinRate((Double)newValue);
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
			case LandscapePackage.SCHEDULE_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LandscapePackage.SCHEDULE_SPEC__WARMUP_STEPS:
				setWarmupSteps(WARMUP_STEPS_EDEFAULT);
				return;
			case LandscapePackage.SCHEDULE_SPEC__GAMMA:
				setGamma(GAMMA_EDEFAULT);
				return;
			case LandscapePackage.SCHEDULE_SPEC__STEP_EVERY:
				setStepEvery(STEP_EVERY_EDEFAULT);
				return;
			case LandscapePackage.SCHEDULE_SPEC__MIN_RATE:
				setMinRate(MIN_RATE_EDEFAULT);
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
			case LandscapePackage.SCHEDULE_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case LandscapePackage.SCHEDULE_SPEC__WARMUP_STEPS:
				return warmupSteps != WARMUP_STEPS_EDEFAULT;
			case LandscapePackage.SCHEDULE_SPEC__GAMMA:
				return gamma != GAMMA_EDEFAULT;
			case LandscapePackage.SCHEDULE_SPEC__STEP_EVERY:
				return stepEvery != STEP_EVERY_EDEFAULT;
			case LandscapePackage.SCHEDULE_SPEC__MIN_RATE:
				return minRate != MIN_RATE_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", warmupSteps: ");
		result.append(warmupSteps);
		result.append(", gamma: ");
		result.append(gamma);
		result.append(", stepEvery: ");
		result.append(stepEvery);
		result.append(", minRate: ");
		result.append(minRate);
		result.append(')');
		return result.toString();
	}

} //ScheduleSpecImpl
