/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage
 * @generated
 */
public interface FlatnessFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FlatnessFactory eINSTANCE = org.losslandscape.analysis.flatness.model.impl.FlatnessFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Pac Bayes Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pac Bayes Analysis</em>'.
	 * @generated
	 */
	PacBayesAnalysis createPacBayesAnalysis();

	/**
	 * Returns a new object of class '<em>Layer Curvature Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layer Curvature Analysis</em>'.
	 * @generated
	 */
	LayerCurvatureAnalysis createLayerCurvatureAnalysis();

	/**
	 * Returns a new object of class '<em>Reparameterisation Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reparameterisation Analysis</em>'.
	 * @generated
	 */
	ReparameterisationAnalysis createReparameterisationAnalysis();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FlatnessPackage getFlatnessPackage();

} //FlatnessFactory
