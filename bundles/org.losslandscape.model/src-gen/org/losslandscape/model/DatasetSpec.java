/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.DatasetSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.DatasetSpec#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.losslandscape.model.DatasetSpec#getFile <em>File</em>}</li>
 *   <li>{@link org.losslandscape.model.DatasetSpec#getLabelsFile <em>Labels File</em>}</li>
 *   <li>{@link org.losslandscape.model.DatasetSpec#getValidationFraction <em>Validation Fraction</em>}</li>
 *   <li>{@link org.losslandscape.model.DatasetSpec#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getDatasetSpec()
 * @model
 * @generated
 */
public interface DatasetSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"TWO_SPIRALS"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.DatasetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.losslandscape.model.DatasetKind
	 * @see #setKind(DatasetKind)
	 * @see org.losslandscape.model.LandscapePackage#getDatasetSpec_Kind()
	 * @model default="TWO_SPIRALS"
	 * @generated
	 */
	DatasetKind getKind();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.DatasetSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.losslandscape.model.DatasetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DatasetKind value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getDatasetSpec_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data file (CSV, or the features .npy) relative to the experiment file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.losslandscape.model.LandscapePackage#getDatasetSpec_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.DatasetSpec#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Labels File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labels .npy relative to the experiment file (NPY_FILES only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labels File</em>' attribute.
	 * @see #setLabelsFile(String)
	 * @see org.losslandscape.model.LandscapePackage#getDatasetSpec_LabelsFile()
	 * @model
	 * @generated
	 */
	String getLabelsFile();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.DatasetSpec#getLabelsFile <em>Labels File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Labels File</em>' attribute.
	 * @see #getLabelsFile()
	 * @generated
	 */
	void setLabelsFile(String value);

	/**
	 * Returns the value of the '<em><b>Validation Fraction</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Fraction</em>' attribute.
	 * @see #setValidationFraction(double)
	 * @see org.losslandscape.model.LandscapePackage#getDatasetSpec_ValidationFraction()
	 * @model default="0.2"
	 * @generated
	 */
	double getValidationFraction();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.DatasetSpec#getValidationFraction <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Fraction</em>' attribute.
	 * @see #getValidationFraction()
	 * @generated
	 */
	void setValidationFraction(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.losslandscape.model.LandscapePackage#getDatasetSpec_Seed()
	 * @model default="0"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.DatasetSpec#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // DatasetSpec
