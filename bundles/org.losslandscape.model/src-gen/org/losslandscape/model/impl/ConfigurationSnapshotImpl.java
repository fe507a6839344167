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

import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.ConfigurationSnapshot;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.TrainingSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Configuration Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.ConfigurationSnapshotImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ConfigurationSnapshotImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ConfigurationSnapshotImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ConfigurationSnapshotImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ConfigurationSnapshotImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ConfigurationSnapshotImpl#getAnalyses <em>Analyses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConfigurationSnapshotImpl extends EObjectImpl implements ConfigurationSnapshot {
	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected DatasetSpec dataset;

	/**
	 * The cached value of the '{@link #getNetwork() <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetwork()
	 * @generated
	 * @ordered
	 */
	protected NetworkSpec network;

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected OptimizerSpec optimizer;

	/**
	 * The cached value of the '{@link #getTraining() <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraining()
	 * @generated
	 * @ordered
	 */
	protected TrainingSpec training;

	/**
	 * The cached value of the '{@link #getAnalyses() <em>Analyses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyses()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalysisSpec> analyses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConfigurationSnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.CONFIGURATION_SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetSpec getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataset(DatasetSpec newDataset, NotificationChain msgs) {
		DatasetSpec oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET, oldDataset, newDataset);
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
	public void setDataset(DatasetSpec newDataset) {
		if (newDataset != dataset) {
			NotificationChain msgs = null;
			if (dataset != null)
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET, newDataset, newDataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkSpec getNetwork() {
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNetwork(NetworkSpec newNetwork, NotificationChain msgs) {
		NetworkSpec oldNetwork = network;
		network = newNetwork;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK, oldNetwork, newNetwork);
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
	public void setNetwork(NetworkSpec newNetwork) {
		if (newNetwork != network) {
			NotificationChain msgs = null;
			if (network != null)
				msgs = ((InternalEObject)network).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK, null, msgs);
			if (newNetwork != null)
				msgs = ((InternalEObject)newNetwork).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK, null, msgs);
			msgs = basicSetNetwork(newNetwork, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK, newNetwork, newNetwork));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerSpec getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOptimizer(OptimizerSpec newOptimizer, NotificationChain msgs) {
		OptimizerSpec oldOptimizer = optimizer;
		optimizer = newOptimizer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER, oldOptimizer, newOptimizer);
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
	public void setOptimizer(OptimizerSpec newOptimizer) {
		if (newOptimizer != optimizer) {
			NotificationChain msgs = null;
			if (optimizer != null)
				msgs = ((InternalEObject)optimizer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER, null, msgs);
			if (newOptimizer != null)
				msgs = ((InternalEObject)newOptimizer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER, null, msgs);
			msgs = basicSetOptimizer(newOptimizer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER, newOptimizer, newOptimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSpec getTraining() {
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTraining(TrainingSpec newTraining, NotificationChain msgs) {
		TrainingSpec oldTraining = training;
		training = newTraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING, oldTraining, newTraining);
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
	public void setTraining(TrainingSpec newTraining) {
		if (newTraining != training) {
			NotificationChain msgs = null;
			if (training != null)
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalysisSpec> getAnalyses() {
		if (analyses == null) {
			analyses = new EObjectContainmentEList<AnalysisSpec>(AnalysisSpec.class, this, LandscapePackage.CONFIGURATION_SNAPSHOT__ANALYSES);
		}
		return analyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET:
				return basicSetDataset(null, msgs);
			case LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK:
				return basicSetNetwork(null, msgs);
			case LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER:
				return basicSetOptimizer(null, msgs);
			case LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING:
				return basicSetTraining(null, msgs);
			case LandscapePackage.CONFIGURATION_SNAPSHOT__ANALYSES:
				return ((InternalEList<?>)getAnalyses()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.CONFIGURATION_SNAPSHOT__SEED:
				return getSeed();
			case LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET:
				return getDataset();
			case LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK:
				return getNetwork();
			case LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER:
				return getOptimizer();
			case LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING:
				return getTraining();
			case LandscapePackage.CONFIGURATION_SNAPSHOT__ANALYSES:
				return getAnalyses();
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
			case LandscapePackage.CONFIGURATION_SNAPSHOT__SEED:
				setSeed((Long)newValue);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET:
				setDataset((DatasetSpec)newValue);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK:
				setNetwork((NetworkSpec)newValue);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER:
				setOptimizer((OptimizerSpec)newValue);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING:
				setTraining((TrainingSpec)newValue);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__ANALYSES:
				getAnalyses().clear();
				getAnalyses().addAll((Collection<? extends AnalysisSpec>)newValue);
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
			case LandscapePackage.CONFIGURATION_SNAPSHOT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET:
				setDataset((DatasetSpec)null);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK:
				setNetwork((NetworkSpec)null);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER:
				setOptimizer((OptimizerSpec)null);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING:
				setTraining((TrainingSpec)null);
				return;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__ANALYSES:
				getAnalyses().clear();
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
			case LandscapePackage.CONFIGURATION_SNAPSHOT__SEED:
				return seed != SEED_EDEFAULT;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__DATASET:
				return dataset != null;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__NETWORK:
				return network != null;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__OPTIMIZER:
				return optimizer != null;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__TRAINING:
				return training != null;
			case LandscapePackage.CONFIGURATION_SNAPSHOT__ANALYSES:
				return analyses != null && !analyses.isEmpty();
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
		result.append(" (seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //ConfigurationSnapshotImpl
