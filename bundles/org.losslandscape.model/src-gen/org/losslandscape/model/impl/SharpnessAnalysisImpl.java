/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.SharpnessAnalysis;
import org.losslandscape.model.SharpnessDefinition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sharpness Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.SharpnessAnalysisImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SharpnessAnalysisImpl#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SharpnessAnalysisImpl#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SharpnessAnalysisImpl extends AnalysisSpecImpl implements SharpnessAnalysis {
	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final SharpnessDefinition DEFINITION_EDEFAULT = SharpnessDefinition.LAMBDA_MAX;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected SharpnessDefinition definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected static final double EPSILON_EDEFAULT = 0.001;

	/**
	 * The cached value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected double epsilon = EPSILON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected int samples = SAMPLES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SharpnessAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.SHARPNESS_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharpnessDefinition getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(SharpnessDefinition newDefinition) {
		SharpnessDefinition oldDefinition = definition;
		definition = newDefinition == null ? DEFINITION_EDEFAULT : newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SHARPNESS_ANALYSIS__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEpsilon() {
		return epsilon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpsilon(double newEpsilon) {
		double oldEpsilon = epsilon;
		epsilon = newEpsilon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SHARPNESS_ANALYSIS__EPSILON, oldEpsilon, epsilon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSamples() {
		return samples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamples(int newSamples) {
		int oldSamples = samples;
		samples = newSamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SHARPNESS_ANALYSIS__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.SHARPNESS_ANALYSIS__DEFINITION:
				return getDefinition();
			case LandscapePackage.SHARPNESS_ANALYSIS__EPSILON:
				return getEpsilon();
			case LandscapePackage.SHARPNESS_ANALYSIS__SAMPLES:
				return getSamples();
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
			case LandscapePackage.SHARPNESS_ANALYSIS__DEFINITION:
				setDefinition((SharpnessDefinition)newValue);
				return;
			case LandscapePackage.SHARPNESS_ANALYSIS__EPSILON:
				setEpsilon((Double)newValue);
				return;
			case LandscapePackage.SHARPNESS_ANALYSIS__SAMPLES:
				setSamples((Integer)newValue);
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
			case LandscapePackage.SHARPNESS_ANALYSIS__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case LandscapePackage.SHARPNESS_ANALYSIS__EPSILON:
				setEpsilon(EPSILON_EDEFAULT);
				return;
			case LandscapePackage.SHARPNESS_ANALYSIS__SAMPLES:
				setSamples(SAMPLES_EDEFAULT);
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
			case LandscapePackage.SHARPNESS_ANALYSIS__DEFINITION:
				return definition != DEFINITION_EDEFAULT;
			case LandscapePackage.SHARPNESS_ANALYSIS__EPSILON:
				return epsilon != EPSILON_EDEFAULT;
			case LandscapePackage.SHARPNESS_ANALYSIS__SAMPLES:
				return samples != SAMPLES_EDEFAULT;
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
		result.append(" (definition: ");
		result.append(definition);
		result.append(", epsilon: ");
		result.append(epsilon);
		result.append(", samples: ");
		result.append(samples);
		result.append(')');
		return result.toString();
	}

} //SharpnessAnalysisImpl
