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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Comparison;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Run;
import org.losslandscape.model.TrainingSpec;
import org.losslandscape.model.Variant;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getAnalyses <em>Analyses</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getVariants <em>Variants</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ExperimentImpl#getVariantAxis <em>Variant Axis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends EObjectImpl implements Experiment {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

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
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

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
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<Run> runs;

	/**
	 * The cached value of the '{@link #getComparisons() <em>Comparisons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisons()
	 * @generated
	 * @ordered
	 */
	protected EList<Comparison> comparisons;

	/**
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<Variant> variants;

	/**
	 * The default value of the '{@link #getVariantAxis() <em>Variant Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantAxis()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIANT_AXIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariantAxis() <em>Variant Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantAxis()
	 * @generated
	 * @ordered
	 */
	protected String variantAxis = VARIANT_AXIS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.EXPERIMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, LandscapePackage.EXPERIMENT__TAGS);
		}
		return tags;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__DATASET, oldDataset, newDataset);
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
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.EXPERIMENT__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.EXPERIMENT__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__DATASET, newDataset, newDataset));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__NETWORK, oldNetwork, newNetwork);
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
				msgs = ((InternalEObject)network).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.EXPERIMENT__NETWORK, null, msgs);
			if (newNetwork != null)
				msgs = ((InternalEObject)newNetwork).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.EXPERIMENT__NETWORK, null, msgs);
			msgs = basicSetNetwork(newNetwork, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__NETWORK, newNetwork, newNetwork));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__OPTIMIZER, oldOptimizer, newOptimizer);
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
				msgs = ((InternalEObject)optimizer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.EXPERIMENT__OPTIMIZER, null, msgs);
			if (newOptimizer != null)
				msgs = ((InternalEObject)newOptimizer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.EXPERIMENT__OPTIMIZER, null, msgs);
			msgs = basicSetOptimizer(newOptimizer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__OPTIMIZER, newOptimizer, newOptimizer));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__TRAINING, oldTraining, newTraining);
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
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.EXPERIMENT__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.EXPERIMENT__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalysisSpec> getAnalyses() {
		if (analyses == null) {
			analyses = new EObjectContainmentEList<AnalysisSpec>(AnalysisSpec.class, this, LandscapePackage.EXPERIMENT__ANALYSES);
		}
		return analyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Run> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<Run>(Run.class, this, LandscapePackage.EXPERIMENT__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Comparison> getComparisons() {
		if (comparisons == null) {
			comparisons = new EObjectContainmentEList<Comparison>(Comparison.class, this, LandscapePackage.EXPERIMENT__COMPARISONS);
		}
		return comparisons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variant> getVariants() {
		if (variants == null) {
			variants = new EObjectContainmentEList<Variant>(Variant.class, this, LandscapePackage.EXPERIMENT__VARIANTS);
		}
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariantAxis() {
		return variantAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariantAxis(String newVariantAxis) {
		String oldVariantAxis = variantAxis;
		variantAxis = newVariantAxis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.EXPERIMENT__VARIANT_AXIS, oldVariantAxis, variantAxis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.EXPERIMENT__DATASET:
				return basicSetDataset(null, msgs);
			case LandscapePackage.EXPERIMENT__NETWORK:
				return basicSetNetwork(null, msgs);
			case LandscapePackage.EXPERIMENT__OPTIMIZER:
				return basicSetOptimizer(null, msgs);
			case LandscapePackage.EXPERIMENT__TRAINING:
				return basicSetTraining(null, msgs);
			case LandscapePackage.EXPERIMENT__ANALYSES:
				return ((InternalEList<?>)getAnalyses()).basicRemove(otherEnd, msgs);
			case LandscapePackage.EXPERIMENT__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
			case LandscapePackage.EXPERIMENT__COMPARISONS:
				return ((InternalEList<?>)getComparisons()).basicRemove(otherEnd, msgs);
			case LandscapePackage.EXPERIMENT__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.EXPERIMENT__NAME:
				return getName();
			case LandscapePackage.EXPERIMENT__DESCRIPTION:
				return getDescription();
			case LandscapePackage.EXPERIMENT__SEED:
				return getSeed();
			case LandscapePackage.EXPERIMENT__TAGS:
				return getTags();
			case LandscapePackage.EXPERIMENT__DATASET:
				return getDataset();
			case LandscapePackage.EXPERIMENT__NETWORK:
				return getNetwork();
			case LandscapePackage.EXPERIMENT__OPTIMIZER:
				return getOptimizer();
			case LandscapePackage.EXPERIMENT__TRAINING:
				return getTraining();
			case LandscapePackage.EXPERIMENT__ANALYSES:
				return getAnalyses();
			case LandscapePackage.EXPERIMENT__RUNS:
				return getRuns();
			case LandscapePackage.EXPERIMENT__COMPARISONS:
				return getComparisons();
			case LandscapePackage.EXPERIMENT__VARIANTS:
				return getVariants();
			case LandscapePackage.EXPERIMENT__VARIANT_AXIS:
				return getVariantAxis();
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
			case LandscapePackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case LandscapePackage.EXPERIMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LandscapePackage.EXPERIMENT__SEED:
				setSeed((Long)newValue);
				return;
			case LandscapePackage.EXPERIMENT__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case LandscapePackage.EXPERIMENT__DATASET:
				setDataset((DatasetSpec)newValue);
				return;
			case LandscapePackage.EXPERIMENT__NETWORK:
				setNetwork((NetworkSpec)newValue);
				return;
			case LandscapePackage.EXPERIMENT__OPTIMIZER:
				setOptimizer((OptimizerSpec)newValue);
				return;
			case LandscapePackage.EXPERIMENT__TRAINING:
				setTraining((TrainingSpec)newValue);
				return;
			case LandscapePackage.EXPERIMENT__ANALYSES:
				getAnalyses().clear();
				getAnalyses().addAll((Collection<? extends AnalysisSpec>)newValue);
				return;
			case LandscapePackage.EXPERIMENT__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends Run>)newValue);
				return;
			case LandscapePackage.EXPERIMENT__COMPARISONS:
				getComparisons().clear();
				getComparisons().addAll((Collection<? extends Comparison>)newValue);
				return;
			case LandscapePackage.EXPERIMENT__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends Variant>)newValue);
				return;
			case LandscapePackage.EXPERIMENT__VARIANT_AXIS:
				setVariantAxis((String)newValue);
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
			case LandscapePackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LandscapePackage.EXPERIMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LandscapePackage.EXPERIMENT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case LandscapePackage.EXPERIMENT__TAGS:
				getTags().clear();
				return;
			case LandscapePackage.EXPERIMENT__DATASET:
				setDataset((DatasetSpec)null);
				return;
			case LandscapePackage.EXPERIMENT__NETWORK:
				setNetwork((NetworkSpec)null);
				return;
			case LandscapePackage.EXPERIMENT__OPTIMIZER:
				setOptimizer((OptimizerSpec)null);
				return;
			case LandscapePackage.EXPERIMENT__TRAINING:
				setTraining((TrainingSpec)null);
				return;
			case LandscapePackage.EXPERIMENT__ANALYSES:
				getAnalyses().clear();
				return;
			case LandscapePackage.EXPERIMENT__RUNS:
				getRuns().clear();
				return;
			case LandscapePackage.EXPERIMENT__COMPARISONS:
				getComparisons().clear();
				return;
			case LandscapePackage.EXPERIMENT__VARIANTS:
				getVariants().clear();
				return;
			case LandscapePackage.EXPERIMENT__VARIANT_AXIS:
				setVariantAxis(VARIANT_AXIS_EDEFAULT);
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
			case LandscapePackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LandscapePackage.EXPERIMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LandscapePackage.EXPERIMENT__SEED:
				return seed != SEED_EDEFAULT;
			case LandscapePackage.EXPERIMENT__TAGS:
				return tags != null && !tags.isEmpty();
			case LandscapePackage.EXPERIMENT__DATASET:
				return dataset != null;
			case LandscapePackage.EXPERIMENT__NETWORK:
				return network != null;
			case LandscapePackage.EXPERIMENT__OPTIMIZER:
				return optimizer != null;
			case LandscapePackage.EXPERIMENT__TRAINING:
				return training != null;
			case LandscapePackage.EXPERIMENT__ANALYSES:
				return analyses != null && !analyses.isEmpty();
			case LandscapePackage.EXPERIMENT__RUNS:
				return runs != null && !runs.isEmpty();
			case LandscapePackage.EXPERIMENT__COMPARISONS:
				return comparisons != null && !comparisons.isEmpty();
			case LandscapePackage.EXPERIMENT__VARIANTS:
				return variants != null && !variants.isEmpty();
			case LandscapePackage.EXPERIMENT__VARIANT_AXIS:
				return VARIANT_AXIS_EDEFAULT == null ? variantAxis != null : !VARIANT_AXIS_EDEFAULT.equals(variantAxis);
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
		result.append(", description: ");
		result.append(description);
		result.append(", seed: ");
		result.append(seed);
		result.append(", tags: ");
		result.append(tags);
		result.append(", variantAxis: ");
		result.append(variantAxis);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
