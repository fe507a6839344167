/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.critical.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.losslandscape.analysis.critical.model.CriticalPackage
 * @generated
 */
public interface CriticalFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CriticalFactory eINSTANCE = org.losslandscape.analysis.critical.model.impl.CriticalFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Points Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Points Analysis</em>'.
	 * @generated
	 */
	CriticalPointsAnalysis createCriticalPointsAnalysis();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CriticalPackage getCriticalPackage();

} //CriticalFactory
