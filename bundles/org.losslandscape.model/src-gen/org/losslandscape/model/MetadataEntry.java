/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metadata Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One typed key/value of a result's metadata. The values are text in a fixed form per type (Java's decimal forms of long and double), one value for a scalar, two (min, max) for a range, any number for a list.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.MetadataEntry#getKey <em>Key</em>}</li>
 *   <li>{@link org.losslandscape.model.MetadataEntry#getType <em>Type</em>}</li>
 *   <li>{@link org.losslandscape.model.MetadataEntry#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getMetadataEntry()
 * @model
 * @generated
 */
public interface MetadataEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.losslandscape.model.LandscapePackage#getMetadataEntry_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.MetadataEntry#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"TEXT"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.MetadataType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.losslandscape.model.MetadataType
	 * @see #setType(MetadataType)
	 * @see org.losslandscape.model.LandscapePackage#getMetadataEntry_Type()
	 * @model default="TEXT"
	 * @generated
	 */
	MetadataType getType();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.MetadataEntry#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.losslandscape.model.MetadataType
	 * @see #getType()
	 * @generated
	 */
	void setType(MetadataType value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.losslandscape.model.LandscapePackage#getMetadataEntry_Values()
	 * @model
	 * @generated
	 */
	EList<String> getValues();

} // MetadataEntry
