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

import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.Parameter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.DatasetSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.DatasetSpecImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.DatasetSpecImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.DatasetSpecImpl#getLabelsFile <em>Labels File</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.DatasetSpecImpl#getValidationFraction <em>Validation Fraction</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.DatasetSpecImpl#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetSpecImpl extends EObjectImpl implements DatasetSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DatasetKind KIND_EDEFAULT = DatasetKind.TWO_SPIRALS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DatasetKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelsFile() <em>Labels File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelsFile()
	 * @generated
	 * @ordered
	 */
	protected static final String LABELS_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelsFile() <em>Labels File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelsFile()
	 * @generated
	 * @ordered
	 */
	protected String labelsFile = LABELS_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationFraction() <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_FRACTION_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getValidationFraction() <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationFraction()
	 * @generated
	 * @ordered
	 */
	protected double validationFraction = VALIDATION_FRACTION_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.DATASET_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DatasetKind newKind) {
		DatasetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATASET_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, LandscapePackage.DATASET_SPEC__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATASET_SPEC__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelsFile() {
		return labelsFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelsFile(String newLabelsFile) {
		String oldLabelsFile = labelsFile;
		labelsFile = newLabelsFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATASET_SPEC__LABELS_FILE, oldLabelsFile, labelsFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationFraction() {
		return validationFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationFraction(double newValidationFraction) {
		double oldValidationFraction = validationFraction;
		validationFraction = newValidationFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATASET_SPEC__VALIDATION_FRACTION, oldValidationFraction, validationFraction));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATASET_SPEC__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.DATASET_SPEC__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.DATASET_SPEC__KIND:
				return getKind();
			case LandscapePackage.DATASET_SPEC__PARAMETERS:
				return getParameters();
			case LandscapePackage.DATASET_SPEC__FILE:
				return getFile();
			case LandscapePackage.DATASET_SPEC__LABELS_FILE:
				return getLabelsFile();
			case LandscapePackage.DATASET_SPEC__VALIDATION_FRACTION:
				return getValidationFraction();
			case LandscapePackage.DATASET_SPEC__SEED:
				return getSeed();
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
			case LandscapePackage.DATASET_SPEC__KIND:
				setKind((DatasetKind)newValue);
				return;
			case LandscapePackage.DATASET_SPEC__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case LandscapePackage.DATASET_SPEC__FILE:
				setFile((String)newValue);
				return;
			case LandscapePackage.DATASET_SPEC__LABELS_FILE:
				setLabelsFile((String)newValue);
				return;
			case LandscapePackage.DATASET_SPEC__VALIDATION_FRACTION:
				setValidationFraction((Double)newValue);
				return;
			case LandscapePackage.DATASET_SPEC__SEED:
				setSeed((Long)newValue);
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
			case LandscapePackage.DATASET_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LandscapePackage.DATASET_SPEC__PARAMETERS:
				getParameters().clear();
				return;
			case LandscapePackage.DATASET_SPEC__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case LandscapePackage.DATASET_SPEC__LABELS_FILE:
				setLabelsFile(LABELS_FILE_EDEFAULT);
				return;
			case LandscapePackage.DATASET_SPEC__VALIDATION_FRACTION:
				setValidationFraction(VALIDATION_FRACTION_EDEFAULT);
				return;
			case LandscapePackage.DATASET_SPEC__SEED:
				setSeed(SEED_EDEFAULT);
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
			case LandscapePackage.DATASET_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case LandscapePackage.DATASET_SPEC__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case LandscapePackage.DATASET_SPEC__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case LandscapePackage.DATASET_SPEC__LABELS_FILE:
				return LABELS_FILE_EDEFAULT == null ? labelsFile != null : !LABELS_FILE_EDEFAULT.equals(labelsFile);
			case LandscapePackage.DATASET_SPEC__VALIDATION_FRACTION:
				return validationFraction != VALIDATION_FRACTION_EDEFAULT;
			case LandscapePackage.DATASET_SPEC__SEED:
				return seed != SEED_EDEFAULT;
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
		result.append(", file: ");
		result.append(file);
		result.append(", labelsFile: ");
		result.append(labelsFile);
		result.append(", validationFraction: ");
		result.append(validationFraction);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //DatasetSpecImpl
