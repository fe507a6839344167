/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ModelSource;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.ModelSourceImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ModelSourceImpl#getModuleOffset <em>Module Offset</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ModelSourceImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ModelSourceImpl#getCheckpoints <em>Checkpoints</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ModelSourceImpl#getOtherModels <em>Other Models</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ModelSourceImpl#getDigests <em>Digests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModelSourceImpl extends EObjectImpl implements ModelSource {
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
	 * The default value of the '{@link #getModuleOffset() <em>Module Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleOffset()
	 * @generated
	 * @ordered
	 */
	protected static final int MODULE_OFFSET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getModuleOffset() <em>Module Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleOffset()
	 * @generated
	 * @ordered
	 */
	protected int moduleOffset = MODULE_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCheckpoints() <em>Checkpoints</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<String> checkpoints;

	/**
	 * The cached value of the '{@link #getOtherModels() <em>Other Models</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherModels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> otherModels;

	/**
	 * The cached value of the '{@link #getDigests() <em>Digests</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigests()
	 * @generated
	 * @ordered
	 */
	protected EList<String> digests;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.MODEL_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.MODEL_SOURCE__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getModuleOffset() {
		return moduleOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModuleOffset(int newModuleOffset) {
		int oldModuleOffset = moduleOffset;
		moduleOffset = newModuleOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.MODEL_SOURCE__MODULE_OFFSET, oldModuleOffset, moduleOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.MODEL_SOURCE__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCheckpoints() {
		if (checkpoints == null) {
			checkpoints = new EDataTypeUniqueEList<String>(String.class, this, LandscapePackage.MODEL_SOURCE__CHECKPOINTS);
		}
		return checkpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOtherModels() {
		if (otherModels == null) {
			otherModels = new EDataTypeUniqueEList<String>(String.class, this, LandscapePackage.MODEL_SOURCE__OTHER_MODELS);
		}
		return otherModels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDigests() {
		if (digests == null) {
			digests = new EDataTypeUniqueEList<String>(String.class, this, LandscapePackage.MODEL_SOURCE__DIGESTS);
		}
		return digests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.MODEL_SOURCE__FILE:
				return getFile();
			case LandscapePackage.MODEL_SOURCE__MODULE_OFFSET:
				return getModuleOffset();
			case LandscapePackage.MODEL_SOURCE__SHA256:
				return getSha256();
			case LandscapePackage.MODEL_SOURCE__CHECKPOINTS:
				return getCheckpoints();
			case LandscapePackage.MODEL_SOURCE__OTHER_MODELS:
				return getOtherModels();
			case LandscapePackage.MODEL_SOURCE__DIGESTS:
				return getDigests();
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
			case LandscapePackage.MODEL_SOURCE__FILE:
				setFile((String)newValue);
				return;
			case LandscapePackage.MODEL_SOURCE__MODULE_OFFSET:
				setModuleOffset((Integer)newValue);
				return;
			case LandscapePackage.MODEL_SOURCE__SHA256:
				setSha256((String)newValue);
				return;
			case LandscapePackage.MODEL_SOURCE__CHECKPOINTS:
				getCheckpoints().clear();
				getCheckpoints().addAll((Collection<? extends String>)newValue);
				return;
			case LandscapePackage.MODEL_SOURCE__OTHER_MODELS:
				getOtherModels().clear();
				getOtherModels().addAll((Collection<? extends String>)newValue);
				return;
			case LandscapePackage.MODEL_SOURCE__DIGESTS:
				getDigests().clear();
				getDigests().addAll((Collection<? extends String>)newValue);
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
			case LandscapePackage.MODEL_SOURCE__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case LandscapePackage.MODEL_SOURCE__MODULE_OFFSET:
				setModuleOffset(MODULE_OFFSET_EDEFAULT);
				return;
			case LandscapePackage.MODEL_SOURCE__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case LandscapePackage.MODEL_SOURCE__CHECKPOINTS:
				getCheckpoints().clear();
				return;
			case LandscapePackage.MODEL_SOURCE__OTHER_MODELS:
				getOtherModels().clear();
				return;
			case LandscapePackage.MODEL_SOURCE__DIGESTS:
				getDigests().clear();
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
			case LandscapePackage.MODEL_SOURCE__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case LandscapePackage.MODEL_SOURCE__MODULE_OFFSET:
				return moduleOffset != MODULE_OFFSET_EDEFAULT;
			case LandscapePackage.MODEL_SOURCE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case LandscapePackage.MODEL_SOURCE__CHECKPOINTS:
				return checkpoints != null && !checkpoints.isEmpty();
			case LandscapePackage.MODEL_SOURCE__OTHER_MODELS:
				return otherModels != null && !otherModels.isEmpty();
			case LandscapePackage.MODEL_SOURCE__DIGESTS:
				return digests != null && !digests.isEmpty();
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
		result.append(" (file: ");
		result.append(file);
		result.append(", moduleOffset: ");
		result.append(moduleOffset);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", checkpoints: ");
		result.append(checkpoints);
		result.append(", otherModels: ");
		result.append(otherModels);
		result.append(", digests: ");
		result.append(digests);
		result.append(')');
		return result.toString();
	}

} //ModelSourceImpl
