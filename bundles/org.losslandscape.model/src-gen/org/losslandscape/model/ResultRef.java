/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A large result stored beside the experiment file (e.g. .npy), written atomically.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.ResultRef#getKind <em>Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.ResultRef#getUri <em>Uri</em>}</li>
 *   <li>{@link org.losslandscape.model.ResultRef#getDescription <em>Description</em>}</li>
 *   <li>{@link org.losslandscape.model.ResultRef#getMetadata <em>Metadata</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getResultRef()
 * @model
 * @generated
 */
public interface ResultRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CURVES"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(ResultKind)
	 * @see org.losslandscape.model.LandscapePackage#getResultRef_Kind()
	 * @model default="CURVES" dataType="org.losslandscape.model.ResultKind"
	 * @generated
	 */
	ResultKind getKind();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ResultRef#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ResultKind value);

	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative to the experiment file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see org.losslandscape.model.LandscapePackage#getResultRef_Uri()
	 * @model
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ResultRef#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the result holds, for people; never parsed (the facts a reader needs are in metadata).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.losslandscape.model.LandscapePackage#getResultRef_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ResultRef#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.MetadataEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Typed facts about the result (directions, ranges, the other run, the method, the columns, ...), one entry per key; written and read through core's ResultMetadata. Results written before metadata existed have none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getResultRef_Metadata()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetadataEntry> getMetadata();

} // ResultRef
