/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.critical.model;

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
 * Analyses of a network's critical points: their spec classes extend the experiment model's AnalysisSpec.
 * <!-- end-model-doc -->
 * @see org.losslandscape.analysis.critical.model.CriticalFactory
 * @model kind="package"
 * @generated
 */
public interface CriticalPackage extends EPackage {
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
	String eNS_URI = "http://losslandscape.org/analysis/critical/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "critical";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CriticalPackage eINSTANCE = org.losslandscape.analysis.critical.model.impl.CriticalPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl <em>Points Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl
	 * @see org.losslandscape.analysis.critical.model.impl.CriticalPackageImpl#getCriticalPointsAnalysis()
	 * @generated
	 */
	int CRITICAL_POINTS_ANALYSIS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Random Starts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__RANDOM_STARTS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Path Starts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__PATH_STARTS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Perturbed Starts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__PERTURBED_STARTS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Perturbation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__PERTURBATION = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__TOLERANCE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Max Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__MAX_ITERATIONS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Dense Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__DENSE_LIMIT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__PROBES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Lanczos Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS__LANCZOS_STEPS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Points Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Points Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITICAL_POINTS_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis <em>Points Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Points Analysis</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis
	 * @generated
	 */
	EClass getCriticalPointsAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getRandomStarts <em>Random Starts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random Starts</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getRandomStarts()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_RandomStarts();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPathStarts <em>Path Starts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path Starts</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPathStarts()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_PathStarts();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPerturbedStarts <em>Perturbed Starts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Perturbed Starts</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPerturbedStarts()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_PerturbedStarts();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPerturbation <em>Perturbation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Perturbation</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPerturbation()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_Perturbation();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getTolerance()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_Tolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getMaxIterations <em>Max Iterations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Iterations</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getMaxIterations()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_MaxIterations();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getDenseLimit <em>Dense Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dense Limit</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getDenseLimit()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_DenseLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probes</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getProbes()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_Probes();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getLanczosSteps <em>Lanczos Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lanczos Steps</em>'.
	 * @see org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getLanczosSteps()
	 * @see #getCriticalPointsAnalysis()
	 * @generated
	 */
	EAttribute getCriticalPointsAnalysis_LanczosSteps();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CriticalFactory getCriticalFactory();

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
		 * The meta object literal for the '{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl <em>Points Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl
		 * @see org.losslandscape.analysis.critical.model.impl.CriticalPackageImpl#getCriticalPointsAnalysis()
		 * @generated
		 */
		EClass CRITICAL_POINTS_ANALYSIS = eINSTANCE.getCriticalPointsAnalysis();

		/**
		 * The meta object literal for the '<em><b>Random Starts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__RANDOM_STARTS = eINSTANCE.getCriticalPointsAnalysis_RandomStarts();

		/**
		 * The meta object literal for the '<em><b>Path Starts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__PATH_STARTS = eINSTANCE.getCriticalPointsAnalysis_PathStarts();

		/**
		 * The meta object literal for the '<em><b>Perturbed Starts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__PERTURBED_STARTS = eINSTANCE.getCriticalPointsAnalysis_PerturbedStarts();

		/**
		 * The meta object literal for the '<em><b>Perturbation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__PERTURBATION = eINSTANCE.getCriticalPointsAnalysis_Perturbation();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__TOLERANCE = eINSTANCE.getCriticalPointsAnalysis_Tolerance();

		/**
		 * The meta object literal for the '<em><b>Max Iterations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__MAX_ITERATIONS = eINSTANCE.getCriticalPointsAnalysis_MaxIterations();

		/**
		 * The meta object literal for the '<em><b>Dense Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__DENSE_LIMIT = eINSTANCE.getCriticalPointsAnalysis_DenseLimit();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__PROBES = eINSTANCE.getCriticalPointsAnalysis_Probes();

		/**
		 * The meta object literal for the '<em><b>Lanczos Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITICAL_POINTS_ANALYSIS__LANCZOS_STEPS = eINSTANCE.getCriticalPointsAnalysis_LanczosSteps();

	}

} //CriticalPackage
