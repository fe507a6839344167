/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gradient Flow Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientFlowAnalysisImpl#getLearningRates <em>Learning Rates</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientFlowAnalysisImpl#getHorizon <em>Horizon</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientFlowAnalysisImpl#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientFlowAnalysisImpl#getTolerance <em>Tolerance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GradientFlowAnalysisImpl extends AnalysisSpecImpl implements GradientFlowAnalysis {
	/**
	 * The cached value of the '{@link #getLearningRates() <em>Learning Rates</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRates()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> learningRates;

	/**
	 * The default value of the '{@link #getHorizon() <em>Horizon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizon()
	 * @generated
	 * @ordered
	 */
	protected static final double HORIZON_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getHorizon() <em>Horizon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizon()
	 * @generated
	 * @ordered
	 */
	protected double horizon = HORIZON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 50;

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
	 * The default value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double TOLERANCE_EDEFAULT = 1.0E-9;

	/**
	 * The cached value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected double tolerance = TOLERANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GradientFlowAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DynamicsPackage.Literals.GRADIENT_FLOW_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getLearningRates() {
		if (learningRates == null) {
			learningRates = new EDataTypeUniqueEList<Double>(Double.class, this, DynamicsPackage.GRADIENT_FLOW_ANALYSIS__LEARNING_RATES);
		}
		return learningRates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHorizon() {
		return horizon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHorizon(double newHorizon) {
		double oldHorizon = horizon;
		horizon = newHorizon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.GRADIENT_FLOW_ANALYSIS__HORIZON, oldHorizon, horizon));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.GRADIENT_FLOW_ANALYSIS__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTolerance() {
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerance(double newTolerance) {
		double oldTolerance = tolerance;
		tolerance = newTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.GRADIENT_FLOW_ANALYSIS__TOLERANCE, oldTolerance, tolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__LEARNING_RATES:
				return getLearningRates();
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__HORIZON:
				return getHorizon();
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__SAMPLES:
				return getSamples();
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__TOLERANCE:
				return getTolerance();
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
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__LEARNING_RATES:
				getLearningRates().clear();
				getLearningRates().addAll((Collection<? extends Double>)newValue);
				return;
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__HORIZON:
				setHorizon((Double)newValue);
				return;
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__SAMPLES:
				setSamples((Integer)newValue);
				return;
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__TOLERANCE:
				setTolerance((Double)newValue);
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
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__LEARNING_RATES:
				getLearningRates().clear();
				return;
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__HORIZON:
				setHorizon(HORIZON_EDEFAULT);
				return;
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__SAMPLES:
				setSamples(SAMPLES_EDEFAULT);
				return;
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__TOLERANCE:
				setTolerance(TOLERANCE_EDEFAULT);
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
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__LEARNING_RATES:
				return learningRates != null && !learningRates.isEmpty();
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__HORIZON:
				return horizon != HORIZON_EDEFAULT;
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__SAMPLES:
				return samples != SAMPLES_EDEFAULT;
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS__TOLERANCE:
				return tolerance != TOLERANCE_EDEFAULT;
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
		result.append(" (learningRates: ");
		result.append(learningRates);
		result.append(", horizon: ");
		result.append(horizon);
		result.append(", samples: ");
		result.append(samples);
		result.append(", tolerance: ");
		result.append(tolerance);
		result.append(')');
		return result.toString();
	}

} //GradientFlowAnalysisImpl
