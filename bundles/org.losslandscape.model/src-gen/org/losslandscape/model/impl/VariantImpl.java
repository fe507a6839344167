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

import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.TrainingSpec;
import org.losslandscape.model.Variant;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Variant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.VariantImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.VariantImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.VariantImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.VariantImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.VariantImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.VariantImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.VariantImpl#getTraining <em>Training</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VariantImpl extends EObjectImpl implements Variant {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * This is true if the Value attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean valueESet;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> settings;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VariantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.VARIANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		boolean oldValueESet = valueESet;
		valueESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__VALUE, oldValue, value, !oldValueESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetValue() {
		double oldValue = value;
		boolean oldValueESet = valueESet;
		value = VALUE_EDEFAULT;
		valueESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, LandscapePackage.VARIANT__VALUE, oldValue, VALUE_EDEFAULT, oldValueESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetValue() {
		return valueESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getSettings() {
		if (settings == null) {
			settings = new EObjectContainmentEList<Parameter>(Parameter.class, this, LandscapePackage.VARIANT__SETTINGS);
		}
		return settings;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__DATASET, oldDataset, newDataset);
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
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.VARIANT__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.VARIANT__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__DATASET, newDataset, newDataset));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__NETWORK, oldNetwork, newNetwork);
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
				msgs = ((InternalEObject)network).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.VARIANT__NETWORK, null, msgs);
			if (newNetwork != null)
				msgs = ((InternalEObject)newNetwork).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.VARIANT__NETWORK, null, msgs);
			msgs = basicSetNetwork(newNetwork, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__NETWORK, newNetwork, newNetwork));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__OPTIMIZER, oldOptimizer, newOptimizer);
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
				msgs = ((InternalEObject)optimizer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.VARIANT__OPTIMIZER, null, msgs);
			if (newOptimizer != null)
				msgs = ((InternalEObject)newOptimizer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.VARIANT__OPTIMIZER, null, msgs);
			msgs = basicSetOptimizer(newOptimizer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__OPTIMIZER, newOptimizer, newOptimizer));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__TRAINING, oldTraining, newTraining);
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
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.VARIANT__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.VARIANT__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.VARIANT__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.VARIANT__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
			case LandscapePackage.VARIANT__DATASET:
				return basicSetDataset(null, msgs);
			case LandscapePackage.VARIANT__NETWORK:
				return basicSetNetwork(null, msgs);
			case LandscapePackage.VARIANT__OPTIMIZER:
				return basicSetOptimizer(null, msgs);
			case LandscapePackage.VARIANT__TRAINING:
				return basicSetTraining(null, msgs);
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
			case LandscapePackage.VARIANT__NAME:
				return getName();
			case LandscapePackage.VARIANT__VALUE:
				return getValue();
			case LandscapePackage.VARIANT__SETTINGS:
				return getSettings();
			case LandscapePackage.VARIANT__DATASET:
				return getDataset();
			case LandscapePackage.VARIANT__NETWORK:
				return getNetwork();
			case LandscapePackage.VARIANT__OPTIMIZER:
				return getOptimizer();
			case LandscapePackage.VARIANT__TRAINING:
				return getTraining();
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
			case LandscapePackage.VARIANT__NAME:
				setName((String)newValue);
				return;
			case LandscapePackage.VARIANT__VALUE:
				setValue((Double)newValue);
				return;
			case LandscapePackage.VARIANT__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends Parameter>)newValue);
				return;
			case LandscapePackage.VARIANT__DATASET:
				setDataset((DatasetSpec)newValue);
				return;
			case LandscapePackage.VARIANT__NETWORK:
				setNetwork((NetworkSpec)newValue);
				return;
			case LandscapePackage.VARIANT__OPTIMIZER:
				setOptimizer((OptimizerSpec)newValue);
				return;
			case LandscapePackage.VARIANT__TRAINING:
				setTraining((TrainingSpec)newValue);
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
			case LandscapePackage.VARIANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LandscapePackage.VARIANT__VALUE:
				unsetValue();
				return;
			case LandscapePackage.VARIANT__SETTINGS:
				getSettings().clear();
				return;
			case LandscapePackage.VARIANT__DATASET:
				setDataset((DatasetSpec)null);
				return;
			case LandscapePackage.VARIANT__NETWORK:
				setNetwork((NetworkSpec)null);
				return;
			case LandscapePackage.VARIANT__OPTIMIZER:
				setOptimizer((OptimizerSpec)null);
				return;
			case LandscapePackage.VARIANT__TRAINING:
				setTraining((TrainingSpec)null);
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
			case LandscapePackage.VARIANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LandscapePackage.VARIANT__VALUE:
				return isSetValue();
			case LandscapePackage.VARIANT__SETTINGS:
				return settings != null && !settings.isEmpty();
			case LandscapePackage.VARIANT__DATASET:
				return dataset != null;
			case LandscapePackage.VARIANT__NETWORK:
				return network != null;
			case LandscapePackage.VARIANT__OPTIMIZER:
				return optimizer != null;
			case LandscapePackage.VARIANT__TRAINING:
				return training != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", value: ");
		if (valueESet) result.append(value); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //VariantImpl
