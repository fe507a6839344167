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
import org.losslandscape.analysis.dynamics.model.LazyRichAnalysis;

import org.losslandscape.model.Parameterization;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lazy Rich Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl#getWidths <em>Widths</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl#getParameterizations <em>Parameterizations</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LazyRichAnalysisImpl extends AnalysisSpecImpl implements LazyRichAnalysis {
	/**
	 * The cached value of the '{@link #getWidths() <em>Widths</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidths()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> widths;

	/**
	 * The cached value of the '{@link #getParameterizations() <em>Parameterizations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameterization> parameterizations;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbes() <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbes()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBES_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getProbes() <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbes()
	 * @generated
	 * @ordered
	 */
	protected int probes = PROBES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 10;

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
	protected LazyRichAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DynamicsPackage.Literals.LAZY_RICH_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getWidths() {
		if (widths == null) {
			widths = new EDataTypeUniqueEList<Integer>(Integer.class, this, DynamicsPackage.LAZY_RICH_ANALYSIS__WIDTHS);
		}
		return widths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameterization> getParameterizations() {
		if (parameterizations == null) {
			parameterizations = new EDataTypeUniqueEList<Parameterization>(Parameterization.class, this, DynamicsPackage.LAZY_RICH_ANALYSIS__PARAMETERIZATIONS);
		}
		return parameterizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps) {
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LAZY_RICH_ANALYSIS__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LAZY_RICH_ANALYSIS__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProbes() {
		return probes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbes(int newProbes) {
		int oldProbes = probes;
		probes = newProbes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LAZY_RICH_ANALYSIS__PROBES, oldProbes, probes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LAZY_RICH_ANALYSIS__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DynamicsPackage.LAZY_RICH_ANALYSIS__WIDTHS:
				return getWidths();
			case DynamicsPackage.LAZY_RICH_ANALYSIS__PARAMETERIZATIONS:
				return getParameterizations();
			case DynamicsPackage.LAZY_RICH_ANALYSIS__STEPS:
				return getSteps();
			case DynamicsPackage.LAZY_RICH_ANALYSIS__LEARNING_RATE:
				return getLearningRate();
			case DynamicsPackage.LAZY_RICH_ANALYSIS__PROBES:
				return getProbes();
			case DynamicsPackage.LAZY_RICH_ANALYSIS__SAMPLES:
				return getSamples();
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
			case DynamicsPackage.LAZY_RICH_ANALYSIS__WIDTHS:
				getWidths().clear();
				getWidths().addAll((Collection<? extends Integer>)newValue);
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__PARAMETERIZATIONS:
				getParameterizations().clear();
				getParameterizations().addAll((Collection<? extends Parameterization>)newValue);
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__STEPS:
				setSteps((Integer)newValue);
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__PROBES:
				setProbes((Integer)newValue);
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__SAMPLES:
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
			case DynamicsPackage.LAZY_RICH_ANALYSIS__WIDTHS:
				getWidths().clear();
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__PARAMETERIZATIONS:
				getParameterizations().clear();
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__PROBES:
				setProbes(PROBES_EDEFAULT);
				return;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__SAMPLES:
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
			case DynamicsPackage.LAZY_RICH_ANALYSIS__WIDTHS:
				return widths != null && !widths.isEmpty();
			case DynamicsPackage.LAZY_RICH_ANALYSIS__PARAMETERIZATIONS:
				return parameterizations != null && !parameterizations.isEmpty();
			case DynamicsPackage.LAZY_RICH_ANALYSIS__STEPS:
				return steps != STEPS_EDEFAULT;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__PROBES:
				return probes != PROBES_EDEFAULT;
			case DynamicsPackage.LAZY_RICH_ANALYSIS__SAMPLES:
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
		result.append(" (widths: ");
		result.append(widths);
		result.append(", parameterizations: ");
		result.append(parameterizations);
		result.append(", steps: ");
		result.append(steps);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", probes: ");
		result.append(probes);
		result.append(", samples: ");
		result.append(samples);
		result.append(')');
		return result.toString();
	}

} //LazyRichAnalysisImpl
