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
	 * The meta object id for the '{@link org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl <em>Lazy Rich Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl
	 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getLazyRichAnalysis()
	 * @generated
	 */
	int LAZY_RICH_ANALYSIS = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Widths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS__WIDTHS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameterizations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS__PARAMETERIZATIONS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS__STEPS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS__LEARNING_RATE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS__PROBES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS__SAMPLES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Lazy Rich Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Lazy Rich Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAZY_RICH_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl <em>Gradient Noise Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl
	 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getGradientNoiseAnalysis()
	 * @generated
	 */
	int GRADIENT_NOISE_ANALYSIS = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Batch Sizes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS__BATCH_SIZES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Batches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS__BATCHES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Random Directions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS__RANDOM_DIRECTIONS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hessian Directions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS__HESSIAN_DIRECTIONS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Bootstrap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS__BOOTSTRAP = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Along Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS__ALONG_TRAINING = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Gradient Noise Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Gradient Noise Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_NOISE_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl <em>Learning Coefficient Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl
	 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getLearningCoefficientAnalysis()
	 * @generated
	 */
	int LEARNING_COEFFICIENT_ANALYSIS = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Localisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__LOCALISATION = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Inverse Temperature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__INVERSE_TEMPERATURE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Step Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__STEP_SIZE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__STEPS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Burn In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__BURN_IN = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Chains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__CHAINS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__BATCH_SIZE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Along Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS__ALONG_TRAINING = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Learning Coefficient Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Learning Coefficient Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEARNING_COEFFICIENT_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.analysis.dynamics.model.impl.ImplicitBiasAnalysisImpl <em>Implicit Bias Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.analysis.dynamics.model.impl.ImplicitBiasAnalysisImpl
	 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getImplicitBiasAnalysis()
	 * @generated
	 */
	int IMPLICIT_BIAS_ANALYSIS = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLICIT_BIAS_ANALYSIS__NAME = LandscapePackage.ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLICIT_BIAS_ANALYSIS__ENABLED = LandscapePackage.ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLICIT_BIAS_ANALYSIS__ROWS = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLICIT_BIAS_ANALYSIS__FEATURES = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLICIT_BIAS_ANALYSIS__TOLERANCE = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Implicit Bias Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLICIT_BIAS_ANALYSIS_FEATURE_COUNT = LandscapePackage.ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Implicit Bias Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLICIT_BIAS_ANALYSIS_OPERATION_COUNT = LandscapePackage.ANALYSIS_SPEC_OPERATION_COUNT + 0;


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
	 * Returns the meta object for class '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis <em>Lazy Rich Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lazy Rich Analysis</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LazyRichAnalysis
	 * @generated
	 */
	EClass getLazyRichAnalysis();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getWidths <em>Widths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Widths</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getWidths()
	 * @see #getLazyRichAnalysis()
	 * @generated
	 */
	EAttribute getLazyRichAnalysis_Widths();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getParameterizations <em>Parameterizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Parameterizations</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getParameterizations()
	 * @see #getLazyRichAnalysis()
	 * @generated
	 */
	EAttribute getLazyRichAnalysis_Parameterizations();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getSteps()
	 * @see #getLazyRichAnalysis()
	 * @generated
	 */
	EAttribute getLazyRichAnalysis_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getLearningRate()
	 * @see #getLazyRichAnalysis()
	 * @generated
	 */
	EAttribute getLazyRichAnalysis_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probes</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getProbes()
	 * @see #getLazyRichAnalysis()
	 * @generated
	 */
	EAttribute getLazyRichAnalysis_Probes();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getSamples()
	 * @see #getLazyRichAnalysis()
	 * @generated
	 */
	EAttribute getLazyRichAnalysis_Samples();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis <em>Gradient Noise Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gradient Noise Analysis</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis
	 * @generated
	 */
	EClass getGradientNoiseAnalysis();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBatchSizes <em>Batch Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Batch Sizes</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBatchSizes()
	 * @see #getGradientNoiseAnalysis()
	 * @generated
	 */
	EAttribute getGradientNoiseAnalysis_BatchSizes();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBatches <em>Batches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batches</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBatches()
	 * @see #getGradientNoiseAnalysis()
	 * @generated
	 */
	EAttribute getGradientNoiseAnalysis_Batches();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getRandomDirections <em>Random Directions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random Directions</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getRandomDirections()
	 * @see #getGradientNoiseAnalysis()
	 * @generated
	 */
	EAttribute getGradientNoiseAnalysis_RandomDirections();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getHessianDirections <em>Hessian Directions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hessian Directions</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getHessianDirections()
	 * @see #getGradientNoiseAnalysis()
	 * @generated
	 */
	EAttribute getGradientNoiseAnalysis_HessianDirections();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBootstrap <em>Bootstrap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bootstrap</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBootstrap()
	 * @see #getGradientNoiseAnalysis()
	 * @generated
	 */
	EAttribute getGradientNoiseAnalysis_Bootstrap();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#isAlongTraining <em>Along Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Along Training</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#isAlongTraining()
	 * @see #getGradientNoiseAnalysis()
	 * @generated
	 */
	EAttribute getGradientNoiseAnalysis_AlongTraining();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis <em>Learning Coefficient Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Learning Coefficient Analysis</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis
	 * @generated
	 */
	EClass getLearningCoefficientAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getLocalisation <em>Localisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Localisation</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getLocalisation()
	 * @see #getLearningCoefficientAnalysis()
	 * @generated
	 */
	EAttribute getLearningCoefficientAnalysis_Localisation();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getInverseTemperature <em>Inverse Temperature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inverse Temperature</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getInverseTemperature()
	 * @see #getLearningCoefficientAnalysis()
	 * @generated
	 */
	EAttribute getLearningCoefficientAnalysis_InverseTemperature();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getStepSize <em>Step Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Size</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getStepSize()
	 * @see #getLearningCoefficientAnalysis()
	 * @generated
	 */
	EAttribute getLearningCoefficientAnalysis_StepSize();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getSteps()
	 * @see #getLearningCoefficientAnalysis()
	 * @generated
	 */
	EAttribute getLearningCoefficientAnalysis_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getBurnIn <em>Burn In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Burn In</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getBurnIn()
	 * @see #getLearningCoefficientAnalysis()
	 * @generated
	 */
	EAttribute getLearningCoefficientAnalysis_BurnIn();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getChains <em>Chains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chains</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getChains()
	 * @see #getLearningCoefficientAnalysis()
	 * @generated
	 */
	EAttribute getLearningCoefficientAnalysis_Chains();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getBatchSize()
	 * @see #getLearningCoefficientAnalysis()
	 * @generated
	 */
	EAttribute getLearningCoefficientAnalysis_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#isAlongTraining <em>Along Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Along Training</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#isAlongTraining()
	 * @see #getLearningCoefficientAnalysis()
	 * @generated
	 */
	EAttribute getLearningCoefficientAnalysis_AlongTraining();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis <em>Implicit Bias Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Implicit Bias Analysis</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis
	 * @generated
	 */
	EClass getImplicitBiasAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getRows()
	 * @see #getImplicitBiasAnalysis()
	 * @generated
	 */
	EAttribute getImplicitBiasAnalysis_Rows();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Features</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getFeatures()
	 * @see #getImplicitBiasAnalysis()
	 * @generated
	 */
	EAttribute getImplicitBiasAnalysis_Features();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis#getTolerance()
	 * @see #getImplicitBiasAnalysis()
	 * @generated
	 */
	EAttribute getImplicitBiasAnalysis_Tolerance();

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

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl <em>Lazy Rich Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.dynamics.model.impl.LazyRichAnalysisImpl
		 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getLazyRichAnalysis()
		 * @generated
		 */
		EClass LAZY_RICH_ANALYSIS = eINSTANCE.getLazyRichAnalysis();

		/**
		 * The meta object literal for the '<em><b>Widths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAZY_RICH_ANALYSIS__WIDTHS = eINSTANCE.getLazyRichAnalysis_Widths();

		/**
		 * The meta object literal for the '<em><b>Parameterizations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAZY_RICH_ANALYSIS__PARAMETERIZATIONS = eINSTANCE.getLazyRichAnalysis_Parameterizations();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAZY_RICH_ANALYSIS__STEPS = eINSTANCE.getLazyRichAnalysis_Steps();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAZY_RICH_ANALYSIS__LEARNING_RATE = eINSTANCE.getLazyRichAnalysis_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAZY_RICH_ANALYSIS__PROBES = eINSTANCE.getLazyRichAnalysis_Probes();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAZY_RICH_ANALYSIS__SAMPLES = eINSTANCE.getLazyRichAnalysis_Samples();

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl <em>Gradient Noise Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.dynamics.model.impl.GradientNoiseAnalysisImpl
		 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getGradientNoiseAnalysis()
		 * @generated
		 */
		EClass GRADIENT_NOISE_ANALYSIS = eINSTANCE.getGradientNoiseAnalysis();

		/**
		 * The meta object literal for the '<em><b>Batch Sizes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_NOISE_ANALYSIS__BATCH_SIZES = eINSTANCE.getGradientNoiseAnalysis_BatchSizes();

		/**
		 * The meta object literal for the '<em><b>Batches</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_NOISE_ANALYSIS__BATCHES = eINSTANCE.getGradientNoiseAnalysis_Batches();

		/**
		 * The meta object literal for the '<em><b>Random Directions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_NOISE_ANALYSIS__RANDOM_DIRECTIONS = eINSTANCE.getGradientNoiseAnalysis_RandomDirections();

		/**
		 * The meta object literal for the '<em><b>Hessian Directions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_NOISE_ANALYSIS__HESSIAN_DIRECTIONS = eINSTANCE.getGradientNoiseAnalysis_HessianDirections();

		/**
		 * The meta object literal for the '<em><b>Bootstrap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_NOISE_ANALYSIS__BOOTSTRAP = eINSTANCE.getGradientNoiseAnalysis_Bootstrap();

		/**
		 * The meta object literal for the '<em><b>Along Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_NOISE_ANALYSIS__ALONG_TRAINING = eINSTANCE.getGradientNoiseAnalysis_AlongTraining();

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl <em>Learning Coefficient Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.dynamics.model.impl.LearningCoefficientAnalysisImpl
		 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getLearningCoefficientAnalysis()
		 * @generated
		 */
		EClass LEARNING_COEFFICIENT_ANALYSIS = eINSTANCE.getLearningCoefficientAnalysis();

		/**
		 * The meta object literal for the '<em><b>Localisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_COEFFICIENT_ANALYSIS__LOCALISATION = eINSTANCE.getLearningCoefficientAnalysis_Localisation();

		/**
		 * The meta object literal for the '<em><b>Inverse Temperature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_COEFFICIENT_ANALYSIS__INVERSE_TEMPERATURE = eINSTANCE.getLearningCoefficientAnalysis_InverseTemperature();

		/**
		 * The meta object literal for the '<em><b>Step Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_COEFFICIENT_ANALYSIS__STEP_SIZE = eINSTANCE.getLearningCoefficientAnalysis_StepSize();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_COEFFICIENT_ANALYSIS__STEPS = eINSTANCE.getLearningCoefficientAnalysis_Steps();

		/**
		 * The meta object literal for the '<em><b>Burn In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_COEFFICIENT_ANALYSIS__BURN_IN = eINSTANCE.getLearningCoefficientAnalysis_BurnIn();

		/**
		 * The meta object literal for the '<em><b>Chains</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_COEFFICIENT_ANALYSIS__CHAINS = eINSTANCE.getLearningCoefficientAnalysis_Chains();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_COEFFICIENT_ANALYSIS__BATCH_SIZE = eINSTANCE.getLearningCoefficientAnalysis_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Along Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEARNING_COEFFICIENT_ANALYSIS__ALONG_TRAINING = eINSTANCE.getLearningCoefficientAnalysis_AlongTraining();

		/**
		 * The meta object literal for the '{@link org.losslandscape.analysis.dynamics.model.impl.ImplicitBiasAnalysisImpl <em>Implicit Bias Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.analysis.dynamics.model.impl.ImplicitBiasAnalysisImpl
		 * @see org.losslandscape.analysis.dynamics.model.impl.DynamicsPackageImpl#getImplicitBiasAnalysis()
		 * @generated
		 */
		EClass IMPLICIT_BIAS_ANALYSIS = eINSTANCE.getImplicitBiasAnalysis();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLICIT_BIAS_ANALYSIS__ROWS = eINSTANCE.getImplicitBiasAnalysis_Rows();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLICIT_BIAS_ANALYSIS__FEATURES = eINSTANCE.getImplicitBiasAnalysis_Features();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLICIT_BIAS_ANALYSIS__TOLERANCE = eINSTANCE.getImplicitBiasAnalysis_Tolerance();

	}

} //DynamicsPackage
