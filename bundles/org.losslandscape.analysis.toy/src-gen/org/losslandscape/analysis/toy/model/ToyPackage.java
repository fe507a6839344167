/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.toy.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * The toy-surface analysis: its spec class extends the experiment model's AnalysisSpec. Until 0.1 the class was part of the experiment model's package; files that still name it there load as this class (the moved annotation).
 * <!-- end-model-doc -->
 * @see org.losslandscape.analysis.toy.model.ToyFactory
 * @model kind="package"
 * @generated
 */
public interface ToyPackage extends EPackage {
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
	String eNS_URI = "http://losslandscape.org/analysis/toy/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "toy";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ToyPackage eINSTANCE = org.losslandscape.analysis.toy.model.impl.ToyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl <em>Surface Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl
	 * @see org.losslandscape.analysis.toy.model.impl.ToyPackageImpl#getToySurfaceAnalysis()
	 * @generated
	 */
	int TOY_SURFACE_ANALYSIS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Surface</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__SURFACE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__RESOLUTION = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Starts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__STARTS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__STEPS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__NOISE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Optimizers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__OPTIMIZERS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Critical Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS__CRITICAL_POINTS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Surface Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Surface Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOY_SURFACE_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.toy.model.ToySurfaceKind <em>Surface Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceKind
	 * @see org.losslandscape.analysis.toy.model.impl.ToyPackageImpl#getToySurfaceKind()
	 * @generated
	 */
	int TOY_SURFACE_KIND = 1;


	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis <em>Surface Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Surface Analysis</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceAnalysis
	 * @generated
	 */
	EClass getToySurfaceAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getSurface <em>Surface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Surface</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getSurface()
	 * @see #getToySurfaceAnalysis()
	 * @generated
	 */
	EAttribute getToySurfaceAnalysis_Surface();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getResolution()
	 * @see #getToySurfaceAnalysis()
	 * @generated
	 */
	EAttribute getToySurfaceAnalysis_Resolution();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getStarts <em>Starts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Starts</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getStarts()
	 * @see #getToySurfaceAnalysis()
	 * @generated
	 */
	EAttribute getToySurfaceAnalysis_Starts();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getSteps()
	 * @see #getToySurfaceAnalysis()
	 * @generated
	 */
	EAttribute getToySurfaceAnalysis_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getNoise <em>Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getNoise()
	 * @see #getToySurfaceAnalysis()
	 * @generated
	 */
	EAttribute getToySurfaceAnalysis_Noise();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getOptimizers <em>Optimizers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Optimizers</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getOptimizers()
	 * @see #getToySurfaceAnalysis()
	 * @generated
	 */
	EReference getToySurfaceAnalysis_Optimizers();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#isCriticalPoints <em>Critical Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical Points</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#isCriticalPoints()
	 * @see #getToySurfaceAnalysis()
	 * @generated
	 */
	EAttribute getToySurfaceAnalysis_CriticalPoints();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.analysis.toy.model.ToySurfaceKind <em>Surface Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Surface Kind</em>'.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceKind
	 * @generated
	 */
	EEnum getToySurfaceKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ToyFactory getToyFactory();

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
		 * The meta object literal for the '{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl <em>Surface Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl
		 * @see org.losslandscape.analysis.toy.model.impl.ToyPackageImpl#getToySurfaceAnalysis()
		 * @generated
		 */
		EClass TOY_SURFACE_ANALYSIS = eINSTANCE.getToySurfaceAnalysis();

		/**
		 * The meta object literal for the '<em><b>Surface</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOY_SURFACE_ANALYSIS__SURFACE = eINSTANCE.getToySurfaceAnalysis_Surface();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOY_SURFACE_ANALYSIS__RESOLUTION = eINSTANCE.getToySurfaceAnalysis_Resolution();

		/**
		 * The meta object literal for the '<em><b>Starts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOY_SURFACE_ANALYSIS__STARTS = eINSTANCE.getToySurfaceAnalysis_Starts();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOY_SURFACE_ANALYSIS__STEPS = eINSTANCE.getToySurfaceAnalysis_Steps();

		/**
		 * The meta object literal for the '<em><b>Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOY_SURFACE_ANALYSIS__NOISE = eINSTANCE.getToySurfaceAnalysis_Noise();

		/**
		 * The meta object literal for the '<em><b>Optimizers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOY_SURFACE_ANALYSIS__OPTIMIZERS = eINSTANCE.getToySurfaceAnalysis_Optimizers();

		/**
		 * The meta object literal for the '<em><b>Critical Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOY_SURFACE_ANALYSIS__CRITICAL_POINTS = eINSTANCE.getToySurfaceAnalysis_CriticalPoints();

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.toy.model.ToySurfaceKind <em>Surface Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.toy.model.ToySurfaceKind
		 * @see org.losslandscape.analysis.toy.model.impl.ToyPackageImpl#getToySurfaceKind()
		 * @generated
		 */
		EEnum TOY_SURFACE_KIND = eINSTANCE.getToySurfaceKind();

	}

} //ToyPackage
