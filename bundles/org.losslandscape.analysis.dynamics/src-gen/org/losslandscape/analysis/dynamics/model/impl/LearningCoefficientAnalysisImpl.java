/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Learning Coefficient Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl#getLocalisation <em>Localisation</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl#getInverseTemperature <em>Inverse Temperature</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl#getStepSize <em>Step Size</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl#getBurnIn <em>Burn In</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl#getChains <em>Chains</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl#isAlongTraining <em>Along Training</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LearningCoefficientAnalysisImpl extends AnalysisSpecImpl implements LearningCoefficientAnalysis {
	/**
	 * The default value of the '{@link #getLocalisation() <em>Localisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalisation()
	 * @generated
	 * @ordered
	 */
	protected static final double LOCALISATION_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getLocalisation() <em>Localisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalisation()
	 * @generated
	 * @ordered
	 */
	protected double localisation = LOCALISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInverseTemperature() <em>Inverse Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInverseTemperature()
	 * @generated
	 * @ordered
	 */
	protected static final double INVERSE_TEMPERATURE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInverseTemperature() <em>Inverse Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInverseTemperature()
	 * @generated
	 * @ordered
	 */
	protected double inverseTemperature = INVERSE_TEMPERATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepSize() <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepSize()
	 * @generated
	 * @ordered
	 */
	protected static final double STEP_SIZE_EDEFAULT = 1.0E-4;

	/**
	 * The cached value of the '{@link #getStepSize() <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepSize()
	 * @generated
	 * @ordered
	 */
	protected double stepSize = STEP_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 500;

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
	 * The default value of the '{@link #getBurnIn() <em>Burn In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBurnIn()
	 * @generated
	 * @ordered
	 */
	protected static final int BURN_IN_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getBurnIn() <em>Burn In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBurnIn()
	 * @generated
	 * @ordered
	 */
	protected int burnIn = BURN_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getChains() <em>Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChains()
	 * @generated
	 * @ordered
	 */
	protected static final int CHAINS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getChains() <em>Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChains()
	 * @generated
	 * @ordered
	 */
	protected int chains = CHAINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAlongTraining() <em>Along Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlongTraining()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALONG_TRAINING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAlongTraining() <em>Along Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlongTraining()
	 * @generated
	 * @ordered
	 */
	protected boolean alongTraining = ALONG_TRAINING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LearningCoefficientAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DynamicsPackage.Literals.LEARNING_COEFFICIENT_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLocalisation() {
		return localisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalisation(double newLocalisation) {
		double oldLocalisation = localisation;
		localisation = newLocalisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__LOCALISATION, oldLocalisation, localisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInverseTemperature() {
		return inverseTemperature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInverseTemperature(double newInverseTemperature) {
		double oldInverseTemperature = inverseTemperature;
		inverseTemperature = newInverseTemperature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__INVERSE_TEMPERATURE, oldInverseTemperature, inverseTemperature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStepSize() {
		return stepSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepSize(double newStepSize) {
		double oldStepSize = stepSize;
		stepSize = newStepSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEP_SIZE, oldStepSize, stepSize));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBurnIn() {
		return burnIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBurnIn(int newBurnIn) {
		int oldBurnIn = burnIn;
		burnIn = newBurnIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BURN_IN, oldBurnIn, burnIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChains() {
		return chains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChains(int newChains) {
		int oldChains = chains;
		chains = newChains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__CHAINS, oldChains, chains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAlongTraining() {
		return alongTraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlongTraining(boolean newAlongTraining) {
		boolean oldAlongTraining = alongTraining;
		alongTraining = newAlongTraining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__ALONG_TRAINING, oldAlongTraining, alongTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__LOCALISATION:
				return getLocalisation();
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__INVERSE_TEMPERATURE:
				return getInverseTemperature();
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEP_SIZE:
				return getStepSize();
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEPS:
				return getSteps();
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BURN_IN:
				return getBurnIn();
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__CHAINS:
				return getChains();
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BATCH_SIZE:
				return getBatchSize();
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__ALONG_TRAINING:
				return isAlongTraining();
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
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__LOCALISATION:
				setLocalisation((Double)newValue);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__INVERSE_TEMPERATURE:
				setInverseTemperature((Double)newValue);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEP_SIZE:
				setStepSize((Double)newValue);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEPS:
				setSteps((Integer)newValue);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BURN_IN:
				setBurnIn((Integer)newValue);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__CHAINS:
				setChains((Integer)newValue);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__ALONG_TRAINING:
				setAlongTraining((Boolean)newValue);
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
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__LOCALISATION:
				setLocalisation(LOCALISATION_EDEFAULT);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__INVERSE_TEMPERATURE:
				setInverseTemperature(INVERSE_TEMPERATURE_EDEFAULT);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEP_SIZE:
				setStepSize(STEP_SIZE_EDEFAULT);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BURN_IN:
				setBurnIn(BURN_IN_EDEFAULT);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__CHAINS:
				setChains(CHAINS_EDEFAULT);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__ALONG_TRAINING:
				setAlongTraining(ALONG_TRAINING_EDEFAULT);
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
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__LOCALISATION:
				return localisation != LOCALISATION_EDEFAULT;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__INVERSE_TEMPERATURE:
				return inverseTemperature != INVERSE_TEMPERATURE_EDEFAULT;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEP_SIZE:
				return stepSize != STEP_SIZE_EDEFAULT;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__STEPS:
				return steps != STEPS_EDEFAULT;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BURN_IN:
				return burnIn != BURN_IN_EDEFAULT;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__CHAINS:
				return chains != CHAINS_EDEFAULT;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS__ALONG_TRAINING:
				return alongTraining != ALONG_TRAINING_EDEFAULT;
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
		result.append(" (localisation: ");
		result.append(localisation);
		result.append(", inverseTemperature: ");
		result.append(inverseTemperature);
		result.append(", stepSize: ");
		result.append(stepSize);
		result.append(", steps: ");
		result.append(steps);
		result.append(", burnIn: ");
		result.append(burnIn);
		result.append(", chains: ");
		result.append(chains);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", alongTraining: ");
		result.append(alongTraining);
		result.append(')');
		return result.toString();
	}

} //LearningCoefficientAnalysisImpl
