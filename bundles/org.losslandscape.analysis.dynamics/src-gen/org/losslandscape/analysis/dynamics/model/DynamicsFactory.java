/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage
 * @generated
 */
public interface DynamicsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DynamicsFactory eINSTANCE = org.losslandscape.analysis.dynamics.model.impl.DynamicsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Gradient Flow Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gradient Flow Analysis</em>'.
	 * @generated
	 */
	GradientFlowAnalysis createGradientFlowAnalysis();

	/**
	 * Returns a new object of class '<em>Lazy Rich Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lazy Rich Analysis</em>'.
	 * @generated
	 */
	LazyRichAnalysis createLazyRichAnalysis();

	/**
	 * Returns a new object of class '<em>Gradient Noise Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gradient Noise Analysis</em>'.
	 * @generated
	 */
	GradientNoiseAnalysis createGradientNoiseAnalysis();

	/**
	 * Returns a new object of class '<em>Learning Coefficient Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Learning Coefficient Analysis</em>'.
	 * @generated
	 */
	LearningCoefficientAnalysis createLearningCoefficientAnalysis();

	/**
	 * Returns a new object of class '<em>Implicit Bias Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Implicit Bias Analysis</em>'.
	 * @generated
	 */
	ImplicitBiasAnalysis createImplicitBiasAnalysis();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DynamicsPackage getDynamicsPackage();

} //DynamicsFactory
