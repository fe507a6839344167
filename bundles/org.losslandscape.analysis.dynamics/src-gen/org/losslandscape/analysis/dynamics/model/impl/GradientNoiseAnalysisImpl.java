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
import org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gradient Noise Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl#getBatchSizes <em>Batch Sizes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl#getBatches <em>Batches</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl#getRandomDirections <em>Random Directions</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl#getHessianDirections <em>Hessian Directions</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl#getBootstrap <em>Bootstrap</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl#isAlongTraining <em>Along Training</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GradientNoiseAnalysisImpl extends AnalysisSpecImpl implements GradientNoiseAnalysis {
	/**
	 * The cached value of the '{@link #getBatchSizes() <em>Batch Sizes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSizes()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> batchSizes;

	/**
	 * The default value of the '{@link #getBatches() <em>Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatches()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCHES_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getBatches() <em>Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatches()
	 * @generated
	 * @ordered
	 */
	protected int batches = BATCHES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRandomDirections() <em>Random Directions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomDirections()
	 * @generated
	 * @ordered
	 */
	protected static final int RANDOM_DIRECTIONS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getRandomDirections() <em>Random Directions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomDirections()
	 * @generated
	 * @ordered
	 */
	protected int randomDirections = RANDOM_DIRECTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHessianDirections() <em>Hessian Directions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHessianDirections()
	 * @generated
	 * @ordered
	 */
	protected static final int HESSIAN_DIRECTIONS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getHessianDirections() <em>Hessian Directions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHessianDirections()
	 * @generated
	 * @ordered
	 */
	protected int hessianDirections = HESSIAN_DIRECTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBootstrap() <em>Bootstrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootstrap()
	 * @generated
	 * @ordered
	 */
	protected static final int BOOTSTRAP_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getBootstrap() <em>Bootstrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootstrap()
	 * @generated
	 * @ordered
	 */
	protected int bootstrap = BOOTSTRAP_EDEFAULT;

	/**
	 * The default value of the '{@link #isAlongTraining() <em>Along Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlongTraining()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALONG_TRAINING_EDEFAULT = true;

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
	protected GradientNoiseAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DynamicsPackage.Literals.GRADIENT_NOISE_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getBatchSizes() {
		if (batchSizes == null) {
			batchSizes = new EDataTypeUniqueEList<Integer>(Integer.class, this, DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCH_SIZES);
		}
		return batchSizes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatches() {
		return batches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatches(int newBatches) {
		int oldBatches = batches;
		batches = newBatches;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCHES, oldBatches, batches));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRandomDirections() {
		return randomDirections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomDirections(int newRandomDirections) {
		int oldRandomDirections = randomDirections;
		randomDirections = newRandomDirections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.GRADIENT_NOISE_ANALYSIS__RANDOM_DIRECTIONS, oldRandomDirections, randomDirections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHessianDirections() {
		return hessianDirections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHessianDirections(int newHessianDirections) {
		int oldHessianDirections = hessianDirections;
		hessianDirections = newHessianDirections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.GRADIENT_NOISE_ANALYSIS__HESSIAN_DIRECTIONS, oldHessianDirections, hessianDirections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBootstrap() {
		return bootstrap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootstrap(int newBootstrap) {
		int oldBootstrap = bootstrap;
		bootstrap = newBootstrap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BOOTSTRAP, oldBootstrap, bootstrap));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DynamicsPackage.GRADIENT_NOISE_ANALYSIS__ALONG_TRAINING, oldAlongTraining, alongTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCH_SIZES:
				return getBatchSizes();
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCHES:
				return getBatches();
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__RANDOM_DIRECTIONS:
				return getRandomDirections();
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__HESSIAN_DIRECTIONS:
				return getHessianDirections();
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BOOTSTRAP:
				return getBootstrap();
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__ALONG_TRAINING:
				return isAlongTraining();
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
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCH_SIZES:
				getBatchSizes().clear();
				getBatchSizes().addAll((Collection<? extends Integer>)newValue);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCHES:
				setBatches((Integer)newValue);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__RANDOM_DIRECTIONS:
				setRandomDirections((Integer)newValue);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__HESSIAN_DIRECTIONS:
				setHessianDirections((Integer)newValue);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BOOTSTRAP:
				setBootstrap((Integer)newValue);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__ALONG_TRAINING:
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
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCH_SIZES:
				getBatchSizes().clear();
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCHES:
				setBatches(BATCHES_EDEFAULT);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__RANDOM_DIRECTIONS:
				setRandomDirections(RANDOM_DIRECTIONS_EDEFAULT);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__HESSIAN_DIRECTIONS:
				setHessianDirections(HESSIAN_DIRECTIONS_EDEFAULT);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BOOTSTRAP:
				setBootstrap(BOOTSTRAP_EDEFAULT);
				return;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__ALONG_TRAINING:
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
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCH_SIZES:
				return batchSizes != null && !batchSizes.isEmpty();
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BATCHES:
				return batches != BATCHES_EDEFAULT;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__RANDOM_DIRECTIONS:
				return randomDirections != RANDOM_DIRECTIONS_EDEFAULT;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__HESSIAN_DIRECTIONS:
				return hessianDirections != HESSIAN_DIRECTIONS_EDEFAULT;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__BOOTSTRAP:
				return bootstrap != BOOTSTRAP_EDEFAULT;
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS__ALONG_TRAINING:
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
		result.append(" (batchSizes: ");
		result.append(batchSizes);
		result.append(", batches: ");
		result.append(batches);
		result.append(", randomDirections: ");
		result.append(randomDirections);
		result.append(", hessianDirections: ");
		result.append(hessianDirections);
		result.append(", bootstrap: ");
		result.append(bootstrap);
		result.append(", alongTraining: ");
		result.append(alongTraining);
		result.append(')');
		return result.toString();
	}

} //GradientNoiseAnalysisImpl
