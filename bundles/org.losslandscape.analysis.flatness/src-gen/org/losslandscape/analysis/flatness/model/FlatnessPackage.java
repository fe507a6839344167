/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
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
 * Analyses of flatness and curvature (PAC-Bayes bounds, curvature by block and operator, sharpness under reparameterisation): their spec classes extend the experiment model's AnalysisSpec.
 * <!-- end-model-doc -->
 * @see org.losslandscape.analysis.flatness.model.FlatnessFactory
 * @model kind="package"
 * @generated
 */
public interface FlatnessPackage extends EPackage {
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
	String eNS_URI = "http://losslandscape.org/analysis/flatness/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "flatness";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FlatnessPackage eINSTANCE = org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl <em>Pac Bayes Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl
	 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getPacBayesAnalysis()
	 * @generated
	 */
	int PAC_BAYES_ANALYSIS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Posterior</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS__POSTERIOR = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sigmas</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS__SIGMAS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Delta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS__DELTA = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sampling Delta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS__SAMPLING_DELTA = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS__SAMPLES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Pac Bayes Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Pac Bayes Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAC_BAYES_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.flatness.model.impl.LayerCurvatureAnalysisImpl <em>Layer Curvature Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.flatness.model.impl.LayerCurvatureAnalysisImpl
	 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getLayerCurvatureAnalysis()
	 * @generated
	 */
	int LAYER_CURVATURE_ANALYSIS = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_CURVATURE_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_CURVATURE_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Operators</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_CURVATURE_ANALYSIS__OPERATORS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_CURVATURE_ANALYSIS__PROBES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lanczos Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_CURVATURE_ANALYSIS__LANCZOS_STEPS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Grid Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_CURVATURE_ANALYSIS__GRID_POINTS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Layer Curvature Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_CURVATURE_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Layer Curvature Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_CURVATURE_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl <em>Reparameterisation Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl
	 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getReparameterisationAnalysis()
	 * @generated
	 */
	int REPARAMETERISATION_ANALYSIS = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Alphas</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__ALPHAS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>First Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__FIRST_LAYER = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Second Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__SECOND_LAYER = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rho</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__RHO = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ascent Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__ASCENT_STEPS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__PROBES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS__SAMPLES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Reparameterisation Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Reparameterisation Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPARAMETERISATION_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.flatness.model.PosteriorShape <em>Posterior Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.flatness.model.PosteriorShape
	 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getPosteriorShape()
	 * @generated
	 */
	int POSTERIOR_SHAPE = 3;

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.flatness.model.CurvatureOperatorKind <em>Curvature Operator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.flatness.model.CurvatureOperatorKind
	 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getCurvatureOperatorKind()
	 * @generated
	 */
	int CURVATURE_OPERATOR_KIND = 4;


	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis <em>Pac Bayes Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pac Bayes Analysis</em>'.
	 * @see org.losslandscape.analysis.flatness.model.PacBayesAnalysis
	 * @generated
	 */
	EClass getPacBayesAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getPosterior <em>Posterior</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Posterior</em>'.
	 * @see org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getPosterior()
	 * @see #getPacBayesAnalysis()
	 * @generated
	 */
	EAttribute getPacBayesAnalysis_Posterior();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSigmas <em>Sigmas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sigmas</em>'.
	 * @see org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSigmas()
	 * @see #getPacBayesAnalysis()
	 * @generated
	 */
	EAttribute getPacBayesAnalysis_Sigmas();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getDelta <em>Delta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delta</em>'.
	 * @see org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getDelta()
	 * @see #getPacBayesAnalysis()
	 * @generated
	 */
	EAttribute getPacBayesAnalysis_Delta();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSamplingDelta <em>Sampling Delta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampling Delta</em>'.
	 * @see org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSamplingDelta()
	 * @see #getPacBayesAnalysis()
	 * @generated
	 */
	EAttribute getPacBayesAnalysis_SamplingDelta();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.losslandscape.analysis.flatness.model.PacBayesAnalysis#getSamples()
	 * @see #getPacBayesAnalysis()
	 * @generated
	 */
	EAttribute getPacBayesAnalysis_Samples();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis <em>Layer Curvature Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer Curvature Analysis</em>'.
	 * @see org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis
	 * @generated
	 */
	EClass getLayerCurvatureAnalysis();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getOperators <em>Operators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Operators</em>'.
	 * @see org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getOperators()
	 * @see #getLayerCurvatureAnalysis()
	 * @generated
	 */
	EAttribute getLayerCurvatureAnalysis_Operators();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probes</em>'.
	 * @see org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getProbes()
	 * @see #getLayerCurvatureAnalysis()
	 * @generated
	 */
	EAttribute getLayerCurvatureAnalysis_Probes();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getLanczosSteps <em>Lanczos Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lanczos Steps</em>'.
	 * @see org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getLanczosSteps()
	 * @see #getLayerCurvatureAnalysis()
	 * @generated
	 */
	EAttribute getLayerCurvatureAnalysis_LanczosSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getGridPoints <em>Grid Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grid Points</em>'.
	 * @see org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getGridPoints()
	 * @see #getLayerCurvatureAnalysis()
	 * @generated
	 */
	EAttribute getLayerCurvatureAnalysis_GridPoints();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis <em>Reparameterisation Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reparameterisation Analysis</em>'.
	 * @see org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis
	 * @generated
	 */
	EClass getReparameterisationAnalysis();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getAlphas <em>Alphas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Alphas</em>'.
	 * @see org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getAlphas()
	 * @see #getReparameterisationAnalysis()
	 * @generated
	 */
	EAttribute getReparameterisationAnalysis_Alphas();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getFirstLayer <em>First Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Layer</em>'.
	 * @see org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getFirstLayer()
	 * @see #getReparameterisationAnalysis()
	 * @generated
	 */
	EAttribute getReparameterisationAnalysis_FirstLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getSecondLayer <em>Second Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Second Layer</em>'.
	 * @see org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getSecondLayer()
	 * @see #getReparameterisationAnalysis()
	 * @generated
	 */
	EAttribute getReparameterisationAnalysis_SecondLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getRho <em>Rho</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rho</em>'.
	 * @see org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getRho()
	 * @see #getReparameterisationAnalysis()
	 * @generated
	 */
	EAttribute getReparameterisationAnalysis_Rho();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getAscentSteps <em>Ascent Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ascent Steps</em>'.
	 * @see org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getAscentSteps()
	 * @see #getReparameterisationAnalysis()
	 * @generated
	 */
	EAttribute getReparameterisationAnalysis_AscentSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probes</em>'.
	 * @see org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getProbes()
	 * @see #getReparameterisationAnalysis()
	 * @generated
	 */
	EAttribute getReparameterisationAnalysis_Probes();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis#getSamples()
	 * @see #getReparameterisationAnalysis()
	 * @generated
	 */
	EAttribute getReparameterisationAnalysis_Samples();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.analysis.flatness.model.PosteriorShape <em>Posterior Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Posterior Shape</em>'.
	 * @see org.losslandscape.analysis.flatness.model.PosteriorShape
	 * @generated
	 */
	EEnum getPosteriorShape();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.analysis.flatness.model.CurvatureOperatorKind <em>Curvature Operator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Curvature Operator Kind</em>'.
	 * @see org.losslandscape.analysis.flatness.model.CurvatureOperatorKind
	 * @generated
	 */
	EEnum getCurvatureOperatorKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FlatnessFactory getFlatnessFactory();

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
		 * The meta object literal for the '{@link org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl <em>Pac Bayes Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl
		 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getPacBayesAnalysis()
		 * @generated
		 */
		EClass PAC_BAYES_ANALYSIS = eINSTANCE.getPacBayesAnalysis();

		/**
		 * The meta object literal for the '<em><b>Posterior</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAC_BAYES_ANALYSIS__POSTERIOR = eINSTANCE.getPacBayesAnalysis_Posterior();

		/**
		 * The meta object literal for the '<em><b>Sigmas</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAC_BAYES_ANALYSIS__SIGMAS = eINSTANCE.getPacBayesAnalysis_Sigmas();

		/**
		 * The meta object literal for the '<em><b>Delta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAC_BAYES_ANALYSIS__DELTA = eINSTANCE.getPacBayesAnalysis_Delta();

		/**
		 * The meta object literal for the '<em><b>Sampling Delta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAC_BAYES_ANALYSIS__SAMPLING_DELTA = eINSTANCE.getPacBayesAnalysis_SamplingDelta();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAC_BAYES_ANALYSIS__SAMPLES = eINSTANCE.getPacBayesAnalysis_Samples();

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.flatness.model.impl.LayerCurvatureAnalysisImpl <em>Layer Curvature Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.flatness.model.impl.LayerCurvatureAnalysisImpl
		 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getLayerCurvatureAnalysis()
		 * @generated
		 */
		EClass LAYER_CURVATURE_ANALYSIS = eINSTANCE.getLayerCurvatureAnalysis();

		/**
		 * The meta object literal for the '<em><b>Operators</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_CURVATURE_ANALYSIS__OPERATORS = eINSTANCE.getLayerCurvatureAnalysis_Operators();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_CURVATURE_ANALYSIS__PROBES = eINSTANCE.getLayerCurvatureAnalysis_Probes();

		/**
		 * The meta object literal for the '<em><b>Lanczos Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_CURVATURE_ANALYSIS__LANCZOS_STEPS = eINSTANCE.getLayerCurvatureAnalysis_LanczosSteps();

		/**
		 * The meta object literal for the '<em><b>Grid Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_CURVATURE_ANALYSIS__GRID_POINTS = eINSTANCE.getLayerCurvatureAnalysis_GridPoints();

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl <em>Reparameterisation Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl
		 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getReparameterisationAnalysis()
		 * @generated
		 */
		EClass REPARAMETERISATION_ANALYSIS = eINSTANCE.getReparameterisationAnalysis();

		/**
		 * The meta object literal for the '<em><b>Alphas</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPARAMETERISATION_ANALYSIS__ALPHAS = eINSTANCE.getReparameterisationAnalysis_Alphas();

		/**
		 * The meta object literal for the '<em><b>First Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPARAMETERISATION_ANALYSIS__FIRST_LAYER = eINSTANCE.getReparameterisationAnalysis_FirstLayer();

		/**
		 * The meta object literal for the '<em><b>Second Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPARAMETERISATION_ANALYSIS__SECOND_LAYER = eINSTANCE.getReparameterisationAnalysis_SecondLayer();

		/**
		 * The meta object literal for the '<em><b>Rho</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPARAMETERISATION_ANALYSIS__RHO = eINSTANCE.getReparameterisationAnalysis_Rho();

		/**
		 * The meta object literal for the '<em><b>Ascent Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPARAMETERISATION_ANALYSIS__ASCENT_STEPS = eINSTANCE.getReparameterisationAnalysis_AscentSteps();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPARAMETERISATION_ANALYSIS__PROBES = eINSTANCE.getReparameterisationAnalysis_Probes();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPARAMETERISATION_ANALYSIS__SAMPLES = eINSTANCE.getReparameterisationAnalysis_Samples();

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.flatness.model.PosteriorShape <em>Posterior Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.flatness.model.PosteriorShape
		 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getPosteriorShape()
		 * @generated
		 */
		EEnum POSTERIOR_SHAPE = eINSTANCE.getPosteriorShape();

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.flatness.model.CurvatureOperatorKind <em>Curvature Operator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.flatness.model.CurvatureOperatorKind
		 * @see org.losslandscape.analysis.flatness.model.impl.FlatnessPackageImpl#getCurvatureOperatorKind()
		 * @generated
		 */
		EEnum CURVATURE_OPERATOR_KIND = eINSTANCE.getCurvatureOperatorKind();

	}

} //FlatnessPackage
