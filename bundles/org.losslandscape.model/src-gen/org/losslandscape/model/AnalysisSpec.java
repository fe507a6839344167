/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.AnalysisSpec#getName <em>Name</em>}</li>
 *   <li>{@link org.losslandscape.model.AnalysisSpec#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getAnalysisSpec()
 * @model abstract="true"
 * @generated
 */
public interface AnalysisSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.losslandscape.model.LandscapePackage#getAnalysisSpec_Name()
	 * @model annotation="http://losslandscape.org/ui label='Name' help='Names this analysis\'s results in the Runs view, the file and the report.'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.AnalysisSpec#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.losslandscape.model.LandscapePackage#getAnalysisSpec_Enabled()
	 * @model default="true"
	 *        annotation="http://losslandscape.org/ui label='Enabled' help='Off: runs skip this analysis; it stays in the file.'"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.AnalysisSpec#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // AnalysisSpec
