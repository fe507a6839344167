/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A trained model brought in from outside: its parameters and buffers start the run (with zero training steps the analyses run at it), its checkpoints are the run's trajectory, and other models are the other solutions of mode connectivity and the plane through three models. Paths are relative to the experiment file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.ModelSource#getFile <em>File</em>}</li>
 *   <li>{@link org.losslandscape.model.ModelSource#getModuleOffset <em>Module Offset</em>}</li>
 *   <li>{@link org.losslandscape.model.ModelSource#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.losslandscape.model.ModelSource#getCheckpoints <em>Checkpoints</em>}</li>
 *   <li>{@link org.losslandscape.model.ModelSource#getOtherModels <em>Other Models</em>}</li>
 *   <li>{@link org.losslandscape.model.ModelSource#getDigests <em>Digests</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getModelSource()
 * @model
 * @generated
 */
public interface ModelSource extends EObject {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model: a safetensors file whose tensors are named as PyTorch's state_dict names them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.losslandscape.model.LandscapePackage#getModelSource_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ModelSource#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Module Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the network's first layers the state_dict does not number: 1 when the network begins with an Unflatten that states the images' shape but the PyTorch model takes [n, C, H, W] images without one (its module i is then the network's layer i + 1); 0 when the module indices are the layer indices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Offset</em>' attribute.
	 * @see #setModuleOffset(int)
	 * @see org.losslandscape.model.LandscapePackage#getModelSource_ModuleOffset()
	 * @model
	 * @generated
	 */
	int getModuleOffset();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ModelSource#getModuleOffset <em>Module Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module Offset</em>' attribute.
	 * @see #getModuleOffset()
	 * @generated
	 */
	void setModuleOffset(int value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the model file as a run read it (hex); set in a run's configuration snapshot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.losslandscape.model.LandscapePackage#getModelSource_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ModelSource#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Checkpoints</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checkpoint files, or folders of them (*.safetensors), ordered by the step in each file's metadata (key step) or the last number in its name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checkpoints</em>' attribute list.
	 * @see org.losslandscape.model.LandscapePackage#getModelSource_Checkpoints()
	 * @model
	 * @generated
	 */
	EList<String> getCheckpoints();

	/**
	 * Returns the value of the '<em><b>Other Models</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other trained models of the same network: the first is the other solution of mode connectivity, the first two span the plane through three models with this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Models</em>' attribute list.
	 * @see org.losslandscape.model.LandscapePackage#getModelSource_OtherModels()
	 * @model
	 * @generated
	 */
	EList<String> getOtherModels();

	/**
	 * Returns the value of the '<em><b>Digests</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of every other file a run read (checkpoints, other models), one 'HEX  PATH' line each as sha256sum writes them; set in a run's configuration snapshot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Digests</em>' attribute list.
	 * @see org.losslandscape.model.LandscapePackage#getModelSource_Digests()
	 * @model
	 * @generated
	 */
	EList<String> getDigests();

} // ModelSource
