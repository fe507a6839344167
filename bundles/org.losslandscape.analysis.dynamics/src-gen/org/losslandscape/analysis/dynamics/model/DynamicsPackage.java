/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.losslandscape.model.LandscapePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Analyses of training dynamics: their spec classes extend the experiment model's AnalysisSpec.
 * <!-- end-model-doc -->
 * @see org.losslandscape.analysis.dynamics.model.DynamicsFactory
 * @model kind="package"
 * @generated
 */
public interface DynamicsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://losslandscape.org/analysis/dynamics/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dynamics";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DynamicsPackage eINSTANCE = org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.dynamics.model.impl.GradientFlowAnalysisImpl <em>Gradient Flow Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.dynamics.model.impl.GradientFlowAnalysisImpl
	 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getGradientFlowAnalysis()
	 * @generated
	 */
	int GRADIENT_FLOW_ANALYSIS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_FLOW_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_FLOW_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Learning Rates</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_FLOW_ANALYSIS__LEARNING_RATES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Horizon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_FLOW_ANALYSIS__HORIZON = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_FLOW_ANALYSIS__SAMPLES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_FLOW_ANALYSIS__TOLERANCE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Gradient Flow Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_FLOW_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Gradient Flow Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_FLOW_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis <em>Gradient Flow Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gradient Flow Analysis</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis
	 * @generated
	 */
	EClass getGradientFlowAnalysis();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getLearningRates <em>Learning Rates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Learning Rates</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getLearningRates()
	 * @see #getGradientFlowAnalysis()
	 * @generated
	 */
	EAttribute getGradientFlowAnalysis_LearningRates();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getHorizon <em>Horizon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Horizon</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getHorizon()
	 * @see #getGradientFlowAnalysis()
	 * @generated
	 */
	EAttribute getGradientFlowAnalysis_Horizon();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getSamples()
	 * @see #getGradientFlowAnalysis()
	 * @generated
	 */
	EAttribute getGradientFlowAnalysis_Samples();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis#getTolerance()
	 * @see #getGradientFlowAnalysis()
	 * @generated
	 */
	EAttribute getGradientFlowAnalysis_Tolerance();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DynamicsFactory getDynamicsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.dynamics.model.impl.GradientFlowAnalysisImpl <em>Gradient Flow Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.dynamics.model.impl.GradientFlowAnalysisImpl
		 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getGradientFlowAnalysis()
		 * @generated
		 */
		EClass GRADIENT_FLOW_ANALYSIS = eINSTANCE.getGradientFlowAnalysis();

		/**
		 * The meta object literal for the '<em><b>Learning Rates</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_FLOW_ANALYSIS__LEARNING_RATES = eINSTANCE.getGradientFlowAnalysis_LearningRates();

		/**
		 * The meta object literal for the '<em><b>Horizon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_FLOW_ANALYSIS__HORIZON = eINSTANCE.getGradientFlowAnalysis_Horizon();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_FLOW_ANALYSIS__SAMPLES = eINSTANCE.getGradientFlowAnalysis_Samples();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_FLOW_ANALYSIS__TOLERANCE = eINSTANCE.getGradientFlowAnalysis_Tolerance();

	}

} //DynamicsPackage
