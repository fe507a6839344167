/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * Experiments of the Loss Landscape Workbench: what to train (dataset, network, optimizer, training), what to analyse, and the runs with their small results. Large numeric results live in files beside the experiment, referenced by relative URI.
 * <!-- end-model-doc -->
 * @see org.losslandscape.model.LandscapeFactory
 * @model kind="package"
 * @generated
 */
public interface LandscapePackage extends EPackage {
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
	String eNS_URI = "http://losslandscape.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "landscape";

	/**
	 * The package content type ID.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eCONTENT_TYPE = "org.losslandscape.model.landscape";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LandscapePackage eINSTANCE = org.losslandscape.model.impl.LandscapePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.ExperimentImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TAGS = 3;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DATASET = 4;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NETWORK = 5;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__OPTIMIZER = 6;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TRAINING = 7;

	/**
	 * The feature id for the '<em><b>Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ANALYSES = 8;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RUNS = 9;

	/**
	 * The feature id for the '<em><b>Comparisons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__COMPARISONS = 10;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__VARIANTS = 11;

	/**
	 * The feature id for the '<em><b>Variant Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__VARIANT_AXIS = 12;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.VariantImpl <em>Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.VariantImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getVariant()
	 * @generated
	 */
	int VARIANT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__SETTINGS = 2;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__DATASET = 3;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__NETWORK = 4;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__OPTIMIZER = 5;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__TRAINING = 6;

	/**
	 * The number of structural features of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.ParameterImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.DatasetSpecImpl <em>Dataset Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.DatasetSpecImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getDatasetSpec()
	 * @generated
	 */
	int DATASET_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__PARAMETERS = 1;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__FILE = 2;

	/**
	 * The feature id for the '<em><b>Labels File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__LABELS_FILE = 3;

	/**
	 * The feature id for the '<em><b>Validation Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__VALIDATION_FRACTION = 4;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__SEED = 5;

	/**
	 * The number of structural features of the '<em>Dataset Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Dataset Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.NetworkSpecImpl <em>Network Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.NetworkSpecImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getNetworkSpec()
	 * @generated
	 */
	int NETWORK_SPEC = 4;

	/**
	 * The feature id for the '<em><b>Input Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC__INPUT_SIZE = 0;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC__LAYERS = 1;

	/**
	 * The feature id for the '<em><b>Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC__LOSS = 2;

	/**
	 * The feature id for the '<em><b>Label Smoothing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC__LABEL_SMOOTHING = 3;

	/**
	 * The feature id for the '<em><b>Initializer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC__INITIALIZER = 4;

	/**
	 * The feature id for the '<em><b>Init Sigma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC__INIT_SIGMA = 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC__SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Parameterization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC__PARAMETERIZATION = 7;

	/**
	 * The number of structural features of the '<em>Network Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Network Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.ModelSourceImpl <em>Model Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.ModelSourceImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getModelSource()
	 * @generated
	 */
	int MODEL_SOURCE = 5;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SOURCE__FILE = 0;

	/**
	 * The feature id for the '<em><b>Module Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SOURCE__MODULE_OFFSET = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SOURCE__SHA256 = 2;

	/**
	 * The feature id for the '<em><b>Checkpoints</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SOURCE__CHECKPOINTS = 3;

	/**
	 * The feature id for the '<em><b>Other Models</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SOURCE__OTHER_MODELS = 4;

	/**
	 * The feature id for the '<em><b>Digests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SOURCE__DIGESTS = 5;

	/**
	 * The number of structural features of the '<em>Model Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SOURCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Model Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.LayerSpecImpl <em>Layer Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.LayerSpecImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getLayerSpec()
	 * @generated
	 */
	int LAYER_SPEC = 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__UNITS = 1;

	/**
	 * The feature id for the '<em><b>Input Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__INPUT_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__BIAS = 3;

	/**
	 * The feature id for the '<em><b>Vocabulary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__VOCABULARY = 4;

	/**
	 * The feature id for the '<em><b>Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__DIM = 5;

	/**
	 * The feature id for the '<em><b>Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__TOKENS = 6;

	/**
	 * The feature id for the '<em><b>Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__RATE = 7;

	/**
	 * The feature id for the '<em><b>Eps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__EPS = 8;

	/**
	 * The feature id for the '<em><b>Momentum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__MOMENTUM = 9;

	/**
	 * The feature id for the '<em><b>Affine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__AFFINE = 10;

	/**
	 * The feature id for the '<em><b>Slope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__SLOPE = 11;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__CHILDREN = 12;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC__SETTINGS = 13;

	/**
	 * The number of structural features of the '<em>Layer Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Layer Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.OptimizerSpecImpl <em>Optimizer Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.OptimizerSpecImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getOptimizerSpec()
	 * @generated
	 */
	int OPTIMIZER_SPEC = 7;

	/**
	 * The feature id for the '<em><b>Optimizer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__OPTIMIZER_ID = 0;

	/**
	 * The feature id for the '<em><b>Hyper Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__HYPER_PARAMETERS = 1;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__SCHEDULE = 2;

	/**
	 * The feature id for the '<em><b>Clip Norm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__CLIP_NORM = 3;

	/**
	 * The number of structural features of the '<em>Optimizer Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Optimizer Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.ScheduleSpecImpl <em>Schedule Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.ScheduleSpecImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getScheduleSpec()
	 * @generated
	 */
	int SCHEDULE_SPEC = 8;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__WARMUP_STEPS = 1;

	/**
	 * The feature id for the '<em><b>Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__GAMMA = 2;

	/**
	 * The feature id for the '<em><b>Step Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__STEP_EVERY = 3;

	/**
	 * The feature id for the '<em><b>Min Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__MIN_RATE = 4;

	/**
	 * The number of structural features of the '<em>Schedule Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Schedule Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.TrainingSpecImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getTrainingSpec()
	 * @generated
	 */
	int TRAINING_SPEC = 9;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__STEPS = 0;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EPOCHS = 1;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__BATCH_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Evaluate Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EVALUATE_EVERY = 3;

	/**
	 * The feature id for the '<em><b>Checkpoint Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__CHECKPOINT_EVERY = 4;

	/**
	 * The feature id for the '<em><b>Early Stopping Patience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EARLY_STOPPING_PATIENCE = 5;

	/**
	 * The feature id for the '<em><b>Early Stopping Min Delta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EARLY_STOPPING_MIN_DELTA = 6;

	/**
	 * The feature id for the '<em><b>Restore Best</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__RESTORE_BEST = 7;

	/**
	 * The number of structural features of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.AnalysisSpecImpl <em>Analysis Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.AnalysisSpecImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getAnalysisSpec()
	 * @generated
	 */
	int ANALYSIS_SPEC = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC__ENABLED = 1;

	/**
	 * The number of structural features of the '<em>Analysis Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Analysis Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.SurfaceAnalysisImpl <em>Surface Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.SurfaceAnalysisImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getSurfaceAnalysis()
	 * @generated
	 */
	int SURFACE_ANALYSIS = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__NAME = ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__ENABLED = ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__DIMENSIONS = ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__DIRECTION_KIND = ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__RESOLUTION = ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>XMin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__XMIN = ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>XMax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__XMAX = ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>YMin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__YMIN = ANALYSIS_SPEC_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>YMax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__YMAX = ANALYSIS_SPEC_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Include Biases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__INCLUDE_BIASES = ANALYSIS_SPEC_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Data Split</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__DATA_SPLIT = ANALYSIS_SPEC_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Batch Norm Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__BATCH_NORM_MODE = ANALYSIS_SPEC_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Curvature Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__CURVATURE_RESOLUTION = ANALYSIS_SPEC_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Curvature Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS__CURVATURE_STEPS = ANALYSIS_SPEC_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Surface Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS_FEATURE_COUNT = ANALYSIS_SPEC_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Surface Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURFACE_ANALYSIS_OPERATION_COUNT = ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.HessianAnalysisImpl <em>Hessian Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.HessianAnalysisImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getHessianAnalysis()
	 * @generated
	 */
	int HESSIAN_ANALYSIS = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HESSIAN_ANALYSIS__NAME = ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HESSIAN_ANALYSIS__ENABLED = ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Top K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HESSIAN_ANALYSIS__TOP_K = ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bottom K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HESSIAN_ANALYSIS__BOTTOM_K = ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HESSIAN_ANALYSIS__METHOD = ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Hessian Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HESSIAN_ANALYSIS_FEATURE_COUNT = ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Hessian Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HESSIAN_ANALYSIS_OPERATION_COUNT = ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.TraceAnalysisImpl <em>Trace Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.TraceAnalysisImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getTraceAnalysis()
	 * @generated
	 */
	int TRACE_ANALYSIS = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_ANALYSIS__NAME = ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_ANALYSIS__ENABLED = ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_ANALYSIS__PROBES = ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Trace Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_ANALYSIS_FEATURE_COUNT = ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Trace Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_ANALYSIS_OPERATION_COUNT = ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.SpectralDensityAnalysisImpl <em>Spectral Density Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.SpectralDensityAnalysisImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getSpectralDensityAnalysis()
	 * @generated
	 */
	int SPECTRAL_DENSITY_ANALYSIS = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRAL_DENSITY_ANALYSIS__NAME = ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRAL_DENSITY_ANALYSIS__ENABLED = ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRAL_DENSITY_ANALYSIS__PROBES = ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lanczos Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRAL_DENSITY_ANALYSIS__LANCZOS_STEPS = ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sigma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRAL_DENSITY_ANALYSIS__SIGMA = ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Spectral Density Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRAL_DENSITY_ANALYSIS_FEATURE_COUNT = ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Spectral Density Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRAL_DENSITY_ANALYSIS_OPERATION_COUNT = ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.SharpnessAnalysisImpl <em>Sharpness Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.SharpnessAnalysisImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getSharpnessAnalysis()
	 * @generated
	 */
	int SHARPNESS_ANALYSIS = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARPNESS_ANALYSIS__NAME = ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARPNESS_ANALYSIS__ENABLED = ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARPNESS_ANALYSIS__DEFINITION = ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Epsilon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARPNESS_ANALYSIS__EPSILON = ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARPNESS_ANALYSIS__SAMPLES = ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Sharpness Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARPNESS_ANALYSIS_FEATURE_COUNT = ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Sharpness Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARPNESS_ANALYSIS_OPERATION_COUNT = ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.TrajectoryPcaAnalysisImpl <em>Trajectory Pca Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.TrajectoryPcaAnalysisImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getTrajectoryPcaAnalysis()
	 * @generated
	 */
	int TRAJECTORY_PCA_ANALYSIS = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_PCA_ANALYSIS__NAME = ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_PCA_ANALYSIS__ENABLED = ANALYSIS_SPEC__ENABLED;

	/**
	 * The number of structural features of the '<em>Trajectory Pca Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_PCA_ANALYSIS_FEATURE_COUNT = ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Trajectory Pca Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAJECTORY_PCA_ANALYSIS_OPERATION_COUNT = ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.ModeConnectivityAnalysisImpl <em>Mode Connectivity Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.ModeConnectivityAnalysisImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getModeConnectivityAnalysis()
	 * @generated
	 */
	int MODE_CONNECTIVITY_ANALYSIS = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODE_CONNECTIVITY_ANALYSIS__NAME = ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODE_CONNECTIVITY_ANALYSIS__ENABLED = ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Other Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODE_CONNECTIVITY_ANALYSIS__OTHER_RUN_ID = ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bezier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODE_CONNECTIVITY_ANALYSIS__BEZIER = ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Align Permutations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODE_CONNECTIVITY_ANALYSIS__ALIGN_PERMUTATIONS = ANALYSIS_SPEC_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODE_CONNECTIVITY_ANALYSIS__POINTS = ANALYSIS_SPEC_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Mode Connectivity Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODE_CONNECTIVITY_ANALYSIS_FEATURE_COUNT = ANALYSIS_SPEC_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Mode Connectivity Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODE_CONNECTIVITY_ANALYSIS_OPERATION_COUNT = ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.EdgeOfStabilityAnalysisImpl <em>Edge Of Stability Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.EdgeOfStabilityAnalysisImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getEdgeOfStabilityAnalysis()
	 * @generated
	 */
	int EDGE_OF_STABILITY_ANALYSIS = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_OF_STABILITY_ANALYSIS__NAME = ANALYSIS_SPEC__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_OF_STABILITY_ANALYSIS__ENABLED = ANALYSIS_SPEC__ENABLED;

	/**
	 * The feature id for the '<em><b>Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_OF_STABILITY_ANALYSIS__EVERY = ANALYSIS_SPEC_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Edge Of Stability Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_OF_STABILITY_ANALYSIS_FEATURE_COUNT = ANALYSIS_SPEC_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Edge Of Stability Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_OF_STABILITY_ANALYSIS_OPERATION_COUNT = ANALYSIS_SPEC_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.RunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.RunImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getRun()
	 * @generated
	 */
	int RUN = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ID = 0;

	/**
	 * The feature id for the '<em><b>Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__VARIANT = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__START_TIME = 3;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__END_TIME = 4;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__MESSAGE = 5;

	/**
	 * The feature id for the '<em><b>Configuration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__CONFIGURATION = 6;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__METRICS = 7;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__RESULTS = 8;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__BACKEND = 9;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ENGINE_VERSION = 10;

	/**
	 * The feature id for the '<em><b>Jvm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__JVM = 11;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__THREADS = 12;

	/**
	 * The feature id for the '<em><b>Data Digests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__DATA_DIGESTS = 13;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.ConfigurationSnapshotImpl <em>Configuration Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.ConfigurationSnapshotImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getConfigurationSnapshot()
	 * @generated
	 */
	int CONFIGURATION_SNAPSHOT = 20;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_SNAPSHOT__SEED = 0;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_SNAPSHOT__DATASET = 1;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_SNAPSHOT__NETWORK = 2;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_SNAPSHOT__OPTIMIZER = 3;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_SNAPSHOT__TRAINING = 4;

	/**
	 * The feature id for the '<em><b>Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_SNAPSHOT__ANALYSES = 5;

	/**
	 * The number of structural features of the '<em>Configuration Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_SNAPSHOT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Configuration Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIGURATION_SNAPSHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.MetricImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__STEP = 2;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.ResultRefImpl <em>Result Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.ResultRefImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getResultRef()
	 * @generated
	 */
	int RESULT_REF = 22;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_REF__KIND = 0;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_REF__URI = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_REF__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_REF__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Result Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_REF_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Result Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.MetadataEntryImpl <em>Metadata Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.MetadataEntryImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getMetadataEntry()
	 * @generated
	 */
	int METADATA_ENTRY = 23;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Metadata Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Metadata Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METADATA_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.impl.ComparisonImpl <em>Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.impl.ComparisonImpl
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__RUNS = 1;

	/**
	 * The number of structural features of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.DatasetKind <em>Dataset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.DatasetKind
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getDatasetKind()
	 * @generated
	 */
	int DATASET_KIND = 25;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.LossKind <em>Loss Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.LossKind
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getLossKind()
	 * @generated
	 */
	int LOSS_KIND = 26;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.InitializerKind <em>Initializer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.InitializerKind
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getInitializerKind()
	 * @generated
	 */
	int INITIALIZER_KIND = 27;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.Parameterization <em>Parameterization</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.Parameterization
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getParameterization()
	 * @generated
	 */
	int PARAMETERIZATION = 28;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.ScheduleKind <em>Schedule Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.ScheduleKind
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getScheduleKind()
	 * @generated
	 */
	int SCHEDULE_KIND = 29;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.DirectionKind <em>Direction Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.DirectionKind
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getDirectionKind()
	 * @generated
	 */
	int DIRECTION_KIND = 30;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.DataSplit <em>Data Split</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.DataSplit
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getDataSplit()
	 * @generated
	 */
	int DATA_SPLIT = 31;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.BatchNormMode <em>Batch Norm Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.BatchNormMode
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getBatchNormMode()
	 * @generated
	 */
	int BATCH_NORM_MODE = 32;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.HessianMethod <em>Hessian Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.HessianMethod
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getHessianMethod()
	 * @generated
	 */
	int HESSIAN_METHOD = 33;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.SharpnessDefinition <em>Sharpness Definition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.SharpnessDefinition
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getSharpnessDefinition()
	 * @generated
	 */
	int SHARPNESS_DEFINITION = 34;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.RunStatus <em>Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.RunStatus
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 35;

	/**
	 * The meta object id for the '{@link org.losslandscape.model.MetadataType <em>Metadata Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.MetadataType
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getMetadataType()
	 * @generated
	 */
	int METADATA_TYPE = 36;

	/**
	 * The meta object id for the '<em>Run Id</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getRunId()
	 * @generated
	 */
	int RUN_ID = 37;

	/**
	 * The meta object id for the '<em>Result Kind</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.losslandscape.model.ResultKind
	 * @see org.losslandscape.model.impl.LandscapePackageImpl#getResultKind()
	 * @generated
	 */
	int RESULT_KIND = 38;


	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.losslandscape.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.losslandscape.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.losslandscape.model.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.losslandscape.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.model.Experiment#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.losslandscape.model.Experiment#getTags()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Tags();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Experiment#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see org.losslandscape.model.Experiment#getDataset()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Dataset();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Experiment#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see org.losslandscape.model.Experiment#getNetwork()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Network();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Experiment#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Optimizer</em>'.
	 * @see org.losslandscape.model.Experiment#getOptimizer()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Optimizer();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Experiment#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.losslandscape.model.Experiment#getTraining()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Training();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.Experiment#getAnalyses <em>Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Analyses</em>'.
	 * @see org.losslandscape.model.Experiment#getAnalyses()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Analyses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.Experiment#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.losslandscape.model.Experiment#getRuns()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Runs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.Experiment#getComparisons <em>Comparisons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparisons</em>'.
	 * @see org.losslandscape.model.Experiment#getComparisons()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Comparisons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.Experiment#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see org.losslandscape.model.Experiment#getVariants()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Variants();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Experiment#getVariantAxis <em>Variant Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variant Axis</em>'.
	 * @see org.losslandscape.model.Experiment#getVariantAxis()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_VariantAxis();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.Variant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variant</em>'.
	 * @see org.losslandscape.model.Variant
	 * @generated
	 */
	EClass getVariant();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Variant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.losslandscape.model.Variant#getName()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Variant#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.losslandscape.model.Variant#getValue()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Value();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.Variant#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see org.losslandscape.model.Variant#getSettings()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Settings();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Variant#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see org.losslandscape.model.Variant#getDataset()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Dataset();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Variant#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see org.losslandscape.model.Variant#getNetwork()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Network();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Variant#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Optimizer</em>'.
	 * @see org.losslandscape.model.Variant#getOptimizer()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Optimizer();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Variant#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.losslandscape.model.Variant#getTraining()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Training();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.losslandscape.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.losslandscape.model.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.losslandscape.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.DatasetSpec <em>Dataset Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Spec</em>'.
	 * @see org.losslandscape.model.DatasetSpec
	 * @generated
	 */
	EClass getDatasetSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.DatasetSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.losslandscape.model.DatasetSpec#getKind()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.DatasetSpec#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.losslandscape.model.DatasetSpec#getParameters()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EReference getDatasetSpec_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.DatasetSpec#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.losslandscape.model.DatasetSpec#getFile()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_File();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.DatasetSpec#getLabelsFile <em>Labels File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Labels File</em>'.
	 * @see org.losslandscape.model.DatasetSpec#getLabelsFile()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_LabelsFile();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.DatasetSpec#getValidationFraction <em>Validation Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Fraction</em>'.
	 * @see org.losslandscape.model.DatasetSpec#getValidationFraction()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_ValidationFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.DatasetSpec#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.losslandscape.model.DatasetSpec#getSeed()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_Seed();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.NetworkSpec <em>Network Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Spec</em>'.
	 * @see org.losslandscape.model.NetworkSpec
	 * @generated
	 */
	EClass getNetworkSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.NetworkSpec#getInputSize <em>Input Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Size</em>'.
	 * @see org.losslandscape.model.NetworkSpec#getInputSize()
	 * @see #getNetworkSpec()
	 * @generated
	 */
	EAttribute getNetworkSpec_InputSize();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.NetworkSpec#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.losslandscape.model.NetworkSpec#getLayers()
	 * @see #getNetworkSpec()
	 * @generated
	 */
	EReference getNetworkSpec_Layers();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.NetworkSpec#getLoss <em>Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss</em>'.
	 * @see org.losslandscape.model.NetworkSpec#getLoss()
	 * @see #getNetworkSpec()
	 * @generated
	 */
	EAttribute getNetworkSpec_Loss();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.NetworkSpec#getLabelSmoothing <em>Label Smoothing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Smoothing</em>'.
	 * @see org.losslandscape.model.NetworkSpec#getLabelSmoothing()
	 * @see #getNetworkSpec()
	 * @generated
	 */
	EAttribute getNetworkSpec_LabelSmoothing();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.NetworkSpec#getInitializer <em>Initializer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initializer</em>'.
	 * @see org.losslandscape.model.NetworkSpec#getInitializer()
	 * @see #getNetworkSpec()
	 * @generated
	 */
	EAttribute getNetworkSpec_Initializer();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.NetworkSpec#getInitSigma <em>Init Sigma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init Sigma</em>'.
	 * @see org.losslandscape.model.NetworkSpec#getInitSigma()
	 * @see #getNetworkSpec()
	 * @generated
	 */
	EAttribute getNetworkSpec_InitSigma();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.NetworkSpec#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.losslandscape.model.NetworkSpec#getSource()
	 * @see #getNetworkSpec()
	 * @generated
	 */
	EReference getNetworkSpec_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.NetworkSpec#getParameterization <em>Parameterization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameterization</em>'.
	 * @see org.losslandscape.model.NetworkSpec#getParameterization()
	 * @see #getNetworkSpec()
	 * @generated
	 */
	EAttribute getNetworkSpec_Parameterization();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.ModelSource <em>Model Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Source</em>'.
	 * @see org.losslandscape.model.ModelSource
	 * @generated
	 */
	EClass getModelSource();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ModelSource#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.losslandscape.model.ModelSource#getFile()
	 * @see #getModelSource()
	 * @generated
	 */
	EAttribute getModelSource_File();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ModelSource#getModuleOffset <em>Module Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module Offset</em>'.
	 * @see org.losslandscape.model.ModelSource#getModuleOffset()
	 * @see #getModelSource()
	 * @generated
	 */
	EAttribute getModelSource_ModuleOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ModelSource#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.losslandscape.model.ModelSource#getSha256()
	 * @see #getModelSource()
	 * @generated
	 */
	EAttribute getModelSource_Sha256();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.model.ModelSource#getCheckpoints <em>Checkpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Checkpoints</em>'.
	 * @see org.losslandscape.model.ModelSource#getCheckpoints()
	 * @see #getModelSource()
	 * @generated
	 */
	EAttribute getModelSource_Checkpoints();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.model.ModelSource#getOtherModels <em>Other Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Other Models</em>'.
	 * @see org.losslandscape.model.ModelSource#getOtherModels()
	 * @see #getModelSource()
	 * @generated
	 */
	EAttribute getModelSource_OtherModels();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.model.ModelSource#getDigests <em>Digests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Digests</em>'.
	 * @see org.losslandscape.model.ModelSource#getDigests()
	 * @see #getModelSource()
	 * @generated
	 */
	EAttribute getModelSource_Digests();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.LayerSpec <em>Layer Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer Spec</em>'.
	 * @see org.losslandscape.model.LayerSpec
	 * @generated
	 */
	EClass getLayerSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.losslandscape.model.LayerSpec#getKind()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see org.losslandscape.model.LayerSpec#getUnits()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Units();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getInputSize <em>Input Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Size</em>'.
	 * @see org.losslandscape.model.LayerSpec#getInputSize()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_InputSize();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see org.losslandscape.model.LayerSpec#isBias()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Bias();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getVocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vocabulary</em>'.
	 * @see org.losslandscape.model.LayerSpec#getVocabulary()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Vocabulary();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getDim <em>Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dim</em>'.
	 * @see org.losslandscape.model.LayerSpec#getDim()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Dim();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getTokens <em>Tokens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tokens</em>'.
	 * @see org.losslandscape.model.LayerSpec#getTokens()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Tokens();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getRate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate</em>'.
	 * @see org.losslandscape.model.LayerSpec#getRate()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Rate();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getEps <em>Eps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eps</em>'.
	 * @see org.losslandscape.model.LayerSpec#getEps()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Eps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getMomentum <em>Momentum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Momentum</em>'.
	 * @see org.losslandscape.model.LayerSpec#getMomentum()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Momentum();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#isAffine <em>Affine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Affine</em>'.
	 * @see org.losslandscape.model.LayerSpec#isAffine()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Affine();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.LayerSpec#getSlope <em>Slope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slope</em>'.
	 * @see org.losslandscape.model.LayerSpec#getSlope()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EAttribute getLayerSpec_Slope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.LayerSpec#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.losslandscape.model.LayerSpec#getChildren()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EReference getLayerSpec_Children();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.LayerSpec#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see org.losslandscape.model.LayerSpec#getSettings()
	 * @see #getLayerSpec()
	 * @generated
	 */
	EReference getLayerSpec_Settings();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.OptimizerSpec <em>Optimizer Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Optimizer Spec</em>'.
	 * @see org.losslandscape.model.OptimizerSpec
	 * @generated
	 */
	EClass getOptimizerSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.OptimizerSpec#getOptimizerId <em>Optimizer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer Id</em>'.
	 * @see org.losslandscape.model.OptimizerSpec#getOptimizerId()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_OptimizerId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.OptimizerSpec#getHyperParameters <em>Hyper Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hyper Parameters</em>'.
	 * @see org.losslandscape.model.OptimizerSpec#getHyperParameters()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EReference getOptimizerSpec_HyperParameters();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.OptimizerSpec#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schedule</em>'.
	 * @see org.losslandscape.model.OptimizerSpec#getSchedule()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EReference getOptimizerSpec_Schedule();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.OptimizerSpec#getClipNorm <em>Clip Norm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clip Norm</em>'.
	 * @see org.losslandscape.model.OptimizerSpec#getClipNorm()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_ClipNorm();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.ScheduleSpec <em>Schedule Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule Spec</em>'.
	 * @see org.losslandscape.model.ScheduleSpec
	 * @generated
	 */
	EClass getScheduleSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ScheduleSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.losslandscape.model.ScheduleSpec#getKind()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ScheduleSpec#getWarmupSteps <em>Warmup Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warmup Steps</em>'.
	 * @see org.losslandscape.model.ScheduleSpec#getWarmupSteps()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_WarmupSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ScheduleSpec#getGamma <em>Gamma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gamma</em>'.
	 * @see org.losslandscape.model.ScheduleSpec#getGamma()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_Gamma();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ScheduleSpec#getStepEvery <em>Step Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Every</em>'.
	 * @see org.losslandscape.model.ScheduleSpec#getStepEvery()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_StepEvery();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ScheduleSpec#getMinRate <em>Min Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Rate</em>'.
	 * @see org.losslandscape.model.ScheduleSpec#getMinRate()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_MinRate();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Spec</em>'.
	 * @see org.losslandscape.model.TrainingSpec
	 * @generated
	 */
	EClass getTrainingSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TrainingSpec#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.losslandscape.model.TrainingSpec#getSteps()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TrainingSpec#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see org.losslandscape.model.TrainingSpec#getEpochs()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TrainingSpec#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.losslandscape.model.TrainingSpec#getBatchSize()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TrainingSpec#getEvaluateEvery <em>Evaluate Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluate Every</em>'.
	 * @see org.losslandscape.model.TrainingSpec#getEvaluateEvery()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_EvaluateEvery();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TrainingSpec#getCheckpointEvery <em>Checkpoint Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checkpoint Every</em>'.
	 * @see org.losslandscape.model.TrainingSpec#getCheckpointEvery()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_CheckpointEvery();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TrainingSpec#getEarlyStoppingPatience <em>Early Stopping Patience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Early Stopping Patience</em>'.
	 * @see org.losslandscape.model.TrainingSpec#getEarlyStoppingPatience()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_EarlyStoppingPatience();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TrainingSpec#getEarlyStoppingMinDelta <em>Early Stopping Min Delta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Early Stopping Min Delta</em>'.
	 * @see org.losslandscape.model.TrainingSpec#getEarlyStoppingMinDelta()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_EarlyStoppingMinDelta();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TrainingSpec#isRestoreBest <em>Restore Best</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restore Best</em>'.
	 * @see org.losslandscape.model.TrainingSpec#isRestoreBest()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_RestoreBest();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.AnalysisSpec <em>Analysis Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Spec</em>'.
	 * @see org.losslandscape.model.AnalysisSpec
	 * @generated
	 */
	EClass getAnalysisSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.AnalysisSpec#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.losslandscape.model.AnalysisSpec#getName()
	 * @see #getAnalysisSpec()
	 * @generated
	 */
	EAttribute getAnalysisSpec_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.AnalysisSpec#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.losslandscape.model.AnalysisSpec#isEnabled()
	 * @see #getAnalysisSpec()
	 * @generated
	 */
	EAttribute getAnalysisSpec_Enabled();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.SurfaceAnalysis <em>Surface Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Surface Analysis</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis
	 * @generated
	 */
	EClass getSurfaceAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimensions</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getDimensions()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_Dimensions();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getDirectionKind <em>Direction Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction Kind</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getDirectionKind()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_DirectionKind();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getResolution()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getXMin <em>XMin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XMin</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getXMin()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_XMin();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getXMax <em>XMax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>XMax</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getXMax()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_XMax();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getYMin <em>YMin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>YMin</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getYMin()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_YMin();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getYMax <em>YMax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>YMax</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getYMax()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_YMax();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#isIncludeBiases <em>Include Biases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Biases</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#isIncludeBiases()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_IncludeBiases();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getDataSplit <em>Data Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Split</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getDataSplit()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_DataSplit();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getBatchNormMode <em>Batch Norm Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Norm Mode</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getBatchNormMode()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_BatchNormMode();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getCurvatureResolution <em>Curvature Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Curvature Resolution</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getCurvatureResolution()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_CurvatureResolution();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SurfaceAnalysis#getCurvatureSteps <em>Curvature Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Curvature Steps</em>'.
	 * @see org.losslandscape.model.SurfaceAnalysis#getCurvatureSteps()
	 * @see #getSurfaceAnalysis()
	 * @generated
	 */
	EAttribute getSurfaceAnalysis_CurvatureSteps();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.HessianAnalysis <em>Hessian Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hessian Analysis</em>'.
	 * @see org.losslandscape.model.HessianAnalysis
	 * @generated
	 */
	EClass getHessianAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.HessianAnalysis#getTopK <em>Top K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Top K</em>'.
	 * @see org.losslandscape.model.HessianAnalysis#getTopK()
	 * @see #getHessianAnalysis()
	 * @generated
	 */
	EAttribute getHessianAnalysis_TopK();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.HessianAnalysis#getBottomK <em>Bottom K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bottom K</em>'.
	 * @see org.losslandscape.model.HessianAnalysis#getBottomK()
	 * @see #getHessianAnalysis()
	 * @generated
	 */
	EAttribute getHessianAnalysis_BottomK();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.HessianAnalysis#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.losslandscape.model.HessianAnalysis#getMethod()
	 * @see #getHessianAnalysis()
	 * @generated
	 */
	EAttribute getHessianAnalysis_Method();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.TraceAnalysis <em>Trace Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace Analysis</em>'.
	 * @see org.losslandscape.model.TraceAnalysis
	 * @generated
	 */
	EClass getTraceAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.TraceAnalysis#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probes</em>'.
	 * @see org.losslandscape.model.TraceAnalysis#getProbes()
	 * @see #getTraceAnalysis()
	 * @generated
	 */
	EAttribute getTraceAnalysis_Probes();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.SpectralDensityAnalysis <em>Spectral Density Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spectral Density Analysis</em>'.
	 * @see org.losslandscape.model.SpectralDensityAnalysis
	 * @generated
	 */
	EClass getSpectralDensityAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SpectralDensityAnalysis#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probes</em>'.
	 * @see org.losslandscape.model.SpectralDensityAnalysis#getProbes()
	 * @see #getSpectralDensityAnalysis()
	 * @generated
	 */
	EAttribute getSpectralDensityAnalysis_Probes();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SpectralDensityAnalysis#getLanczosSteps <em>Lanczos Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lanczos Steps</em>'.
	 * @see org.losslandscape.model.SpectralDensityAnalysis#getLanczosSteps()
	 * @see #getSpectralDensityAnalysis()
	 * @generated
	 */
	EAttribute getSpectralDensityAnalysis_LanczosSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SpectralDensityAnalysis#getSigma <em>Sigma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sigma</em>'.
	 * @see org.losslandscape.model.SpectralDensityAnalysis#getSigma()
	 * @see #getSpectralDensityAnalysis()
	 * @generated
	 */
	EAttribute getSpectralDensityAnalysis_Sigma();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.SharpnessAnalysis <em>Sharpness Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sharpness Analysis</em>'.
	 * @see org.losslandscape.model.SharpnessAnalysis
	 * @generated
	 */
	EClass getSharpnessAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SharpnessAnalysis#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.losslandscape.model.SharpnessAnalysis#getDefinition()
	 * @see #getSharpnessAnalysis()
	 * @generated
	 */
	EAttribute getSharpnessAnalysis_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SharpnessAnalysis#getEpsilon <em>Epsilon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon</em>'.
	 * @see org.losslandscape.model.SharpnessAnalysis#getEpsilon()
	 * @see #getSharpnessAnalysis()
	 * @generated
	 */
	EAttribute getSharpnessAnalysis_Epsilon();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.SharpnessAnalysis#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.losslandscape.model.SharpnessAnalysis#getSamples()
	 * @see #getSharpnessAnalysis()
	 * @generated
	 */
	EAttribute getSharpnessAnalysis_Samples();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.TrajectoryPcaAnalysis <em>Trajectory Pca Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trajectory Pca Analysis</em>'.
	 * @see org.losslandscape.model.TrajectoryPcaAnalysis
	 * @generated
	 */
	EClass getTrajectoryPcaAnalysis();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.ModeConnectivityAnalysis <em>Mode Connectivity Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mode Connectivity Analysis</em>'.
	 * @see org.losslandscape.model.ModeConnectivityAnalysis
	 * @generated
	 */
	EClass getModeConnectivityAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ModeConnectivityAnalysis#getOtherRunId <em>Other Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Run Id</em>'.
	 * @see org.losslandscape.model.ModeConnectivityAnalysis#getOtherRunId()
	 * @see #getModeConnectivityAnalysis()
	 * @generated
	 */
	EAttribute getModeConnectivityAnalysis_OtherRunId();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ModeConnectivityAnalysis#isBezier <em>Bezier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bezier</em>'.
	 * @see org.losslandscape.model.ModeConnectivityAnalysis#isBezier()
	 * @see #getModeConnectivityAnalysis()
	 * @generated
	 */
	EAttribute getModeConnectivityAnalysis_Bezier();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ModeConnectivityAnalysis#isAlignPermutations <em>Align Permutations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Align Permutations</em>'.
	 * @see org.losslandscape.model.ModeConnectivityAnalysis#isAlignPermutations()
	 * @see #getModeConnectivityAnalysis()
	 * @generated
	 */
	EAttribute getModeConnectivityAnalysis_AlignPermutations();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ModeConnectivityAnalysis#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.losslandscape.model.ModeConnectivityAnalysis#getPoints()
	 * @see #getModeConnectivityAnalysis()
	 * @generated
	 */
	EAttribute getModeConnectivityAnalysis_Points();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.EdgeOfStabilityAnalysis <em>Edge Of Stability Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Of Stability Analysis</em>'.
	 * @see org.losslandscape.model.EdgeOfStabilityAnalysis
	 * @generated
	 */
	EClass getEdgeOfStabilityAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.EdgeOfStabilityAnalysis#getEvery <em>Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Every</em>'.
	 * @see org.losslandscape.model.EdgeOfStabilityAnalysis#getEvery()
	 * @see #getEdgeOfStabilityAnalysis()
	 * @generated
	 */
	EAttribute getEdgeOfStabilityAnalysis_Every();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see org.losslandscape.model.Run
	 * @generated
	 */
	EClass getRun();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.losslandscape.model.Run#getId()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getVariant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variant</em>'.
	 * @see org.losslandscape.model.Run#getVariant()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Variant();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.losslandscape.model.Run#getStatus()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see org.losslandscape.model.Run#getStartTime()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see org.losslandscape.model.Run#getEndTime()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.losslandscape.model.Run#getMessage()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Message();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.Run#getConfiguration <em>Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Configuration</em>'.
	 * @see org.losslandscape.model.Run#getConfiguration()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Configuration();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.Run#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.losslandscape.model.Run#getMetrics()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.Run#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.losslandscape.model.Run#getResults()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Results();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see org.losslandscape.model.Run#getBackend()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Backend();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see org.losslandscape.model.Run#getEngineVersion()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getJvm <em>Jvm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jvm</em>'.
	 * @see org.losslandscape.model.Run#getJvm()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Jvm();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Run#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see org.losslandscape.model.Run#getThreads()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Threads();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.model.Run#getDataDigests <em>Data Digests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Digests</em>'.
	 * @see org.losslandscape.model.Run#getDataDigests()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_DataDigests();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.ConfigurationSnapshot <em>Configuration Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Configuration Snapshot</em>'.
	 * @see org.losslandscape.model.ConfigurationSnapshot
	 * @generated
	 */
	EClass getConfigurationSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ConfigurationSnapshot#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.losslandscape.model.ConfigurationSnapshot#getSeed()
	 * @see #getConfigurationSnapshot()
	 * @generated
	 */
	EAttribute getConfigurationSnapshot_Seed();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.ConfigurationSnapshot#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see org.losslandscape.model.ConfigurationSnapshot#getDataset()
	 * @see #getConfigurationSnapshot()
	 * @generated
	 */
	EReference getConfigurationSnapshot_Dataset();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.ConfigurationSnapshot#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see org.losslandscape.model.ConfigurationSnapshot#getNetwork()
	 * @see #getConfigurationSnapshot()
	 * @generated
	 */
	EReference getConfigurationSnapshot_Network();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.ConfigurationSnapshot#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Optimizer</em>'.
	 * @see org.losslandscape.model.ConfigurationSnapshot#getOptimizer()
	 * @see #getConfigurationSnapshot()
	 * @generated
	 */
	EReference getConfigurationSnapshot_Optimizer();

	/**
	 * Returns the meta object for the containment reference '{@link org.losslandscape.model.ConfigurationSnapshot#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.losslandscape.model.ConfigurationSnapshot#getTraining()
	 * @see #getConfigurationSnapshot()
	 * @generated
	 */
	EReference getConfigurationSnapshot_Training();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.ConfigurationSnapshot#getAnalyses <em>Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Analyses</em>'.
	 * @see org.losslandscape.model.ConfigurationSnapshot#getAnalyses()
	 * @see #getConfigurationSnapshot()
	 * @generated
	 */
	EReference getConfigurationSnapshot_Analyses();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.losslandscape.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.losslandscape.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.losslandscape.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Metric#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.losslandscape.model.Metric#getStep()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Step();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.ResultRef <em>Result Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result Ref</em>'.
	 * @see org.losslandscape.model.ResultRef
	 * @generated
	 */
	EClass getResultRef();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ResultRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.losslandscape.model.ResultRef#getKind()
	 * @see #getResultRef()
	 * @generated
	 */
	EAttribute getResultRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ResultRef#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.losslandscape.model.ResultRef#getUri()
	 * @see #getResultRef()
	 * @generated
	 */
	EAttribute getResultRef_Uri();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.ResultRef#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.losslandscape.model.ResultRef#getDescription()
	 * @see #getResultRef()
	 * @generated
	 */
	EAttribute getResultRef_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.losslandscape.model.ResultRef#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metadata</em>'.
	 * @see org.losslandscape.model.ResultRef#getMetadata()
	 * @see #getResultRef()
	 * @generated
	 */
	EReference getResultRef_Metadata();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.MetadataEntry <em>Metadata Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metadata Entry</em>'.
	 * @see org.losslandscape.model.MetadataEntry
	 * @generated
	 */
	EClass getMetadataEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.MetadataEntry#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.losslandscape.model.MetadataEntry#getKey()
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.MetadataEntry#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.losslandscape.model.MetadataEntry#getType()
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.losslandscape.model.MetadataEntry#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.losslandscape.model.MetadataEntry#getValues()
	 * @see #getMetadataEntry()
	 * @generated
	 */
	EAttribute getMetadataEntry_Values();

	/**
	 * Returns the meta object for class '{@link org.losslandscape.model.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison</em>'.
	 * @see org.losslandscape.model.Comparison
	 * @generated
	 */
	EClass getComparison();

	/**
	 * Returns the meta object for the attribute '{@link org.losslandscape.model.Comparison#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.losslandscape.model.Comparison#getName()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.losslandscape.model.Comparison#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Runs</em>'.
	 * @see org.losslandscape.model.Comparison#getRuns()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Runs();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.DatasetKind <em>Dataset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dataset Kind</em>'.
	 * @see org.losslandscape.model.DatasetKind
	 * @generated
	 */
	EEnum getDatasetKind();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.LossKind <em>Loss Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Loss Kind</em>'.
	 * @see org.losslandscape.model.LossKind
	 * @generated
	 */
	EEnum getLossKind();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.InitializerKind <em>Initializer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initializer Kind</em>'.
	 * @see org.losslandscape.model.InitializerKind
	 * @generated
	 */
	EEnum getInitializerKind();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.Parameterization <em>Parameterization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameterization</em>'.
	 * @see org.losslandscape.model.Parameterization
	 * @generated
	 */
	EEnum getParameterization();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.ScheduleKind <em>Schedule Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Schedule Kind</em>'.
	 * @see org.losslandscape.model.ScheduleKind
	 * @generated
	 */
	EEnum getScheduleKind();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.DirectionKind <em>Direction Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction Kind</em>'.
	 * @see org.losslandscape.model.DirectionKind
	 * @generated
	 */
	EEnum getDirectionKind();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.DataSplit <em>Data Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Split</em>'.
	 * @see org.losslandscape.model.DataSplit
	 * @generated
	 */
	EEnum getDataSplit();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.BatchNormMode <em>Batch Norm Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Batch Norm Mode</em>'.
	 * @see org.losslandscape.model.BatchNormMode
	 * @generated
	 */
	EEnum getBatchNormMode();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.HessianMethod <em>Hessian Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hessian Method</em>'.
	 * @see org.losslandscape.model.HessianMethod
	 * @generated
	 */
	EEnum getHessianMethod();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.SharpnessDefinition <em>Sharpness Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sharpness Definition</em>'.
	 * @see org.losslandscape.model.SharpnessDefinition
	 * @generated
	 */
	EEnum getSharpnessDefinition();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.RunStatus <em>Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Status</em>'.
	 * @see org.losslandscape.model.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the meta object for enum '{@link org.losslandscape.model.MetadataType <em>Metadata Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metadata Type</em>'.
	 * @see org.losslandscape.model.MetadataType
	 * @generated
	 */
	EEnum getMetadataType();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A run id: letters, digits, '_', '.', '-', starting with a letter or digit. It is an XML ID: references to runs are written as a space-separated list of ids, and it names the run's result folder, so neither whitespace nor '/' nor '#' may occur.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Run Id</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="baseType='http://www.eclipse.org/emf/2003/XMLType#string' pattern='[A-Za-z0-9][A-Za-z0-9_.\\-]*'"
	 * @generated
	 */
	EDataType getRunId();

	/**
	 * Returns the meta object for data type '{@link org.losslandscape.model.ResultKind <em>Result Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * What a result holds, by id (CURVES, SURFACE, ... or a kind a bundle adds, e.g. TOY); an open set, not an enumeration: files name it by its id.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Result Kind</em>'.
	 * @see org.losslandscape.model.ResultKind
	 * @model instanceClass="org.losslandscape.model.ResultKind"
	 * @generated
	 */
	EDataType getResultKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LandscapeFactory getLandscapeFactory();

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
		 * The meta object literal for the '{@link org.losslandscape.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.ExperimentImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__TAGS = eINSTANCE.getExperiment_Tags();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__DATASET = eINSTANCE.getExperiment_Dataset();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__NETWORK = eINSTANCE.getExperiment_Network();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__OPTIMIZER = eINSTANCE.getExperiment_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__TRAINING = eINSTANCE.getExperiment_Training();

		/**
		 * The meta object literal for the '<em><b>Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__ANALYSES = eINSTANCE.getExperiment_Analyses();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__RUNS = eINSTANCE.getExperiment_Runs();

		/**
		 * The meta object literal for the '<em><b>Comparisons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__COMPARISONS = eINSTANCE.getExperiment_Comparisons();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__VARIANTS = eINSTANCE.getExperiment_Variants();

		/**
		 * The meta object literal for the '<em><b>Variant Axis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__VARIANT_AXIS = eINSTANCE.getExperiment_VariantAxis();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.VariantImpl <em>Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.VariantImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getVariant()
		 * @generated
		 */
		EClass VARIANT = eINSTANCE.getVariant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__NAME = eINSTANCE.getVariant_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__VALUE = eINSTANCE.getVariant_Value();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__SETTINGS = eINSTANCE.getVariant_Settings();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__DATASET = eINSTANCE.getVariant_Dataset();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__NETWORK = eINSTANCE.getVariant_Network();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__OPTIMIZER = eINSTANCE.getVariant_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__TRAINING = eINSTANCE.getVariant_Training();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.ParameterImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.DatasetSpecImpl <em>Dataset Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.DatasetSpecImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getDatasetSpec()
		 * @generated
		 */
		EClass DATASET_SPEC = eINSTANCE.getDatasetSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__KIND = eINSTANCE.getDatasetSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET_SPEC__PARAMETERS = eINSTANCE.getDatasetSpec_Parameters();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__FILE = eINSTANCE.getDatasetSpec_File();

		/**
		 * The meta object literal for the '<em><b>Labels File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__LABELS_FILE = eINSTANCE.getDatasetSpec_LabelsFile();

		/**
		 * The meta object literal for the '<em><b>Validation Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__VALIDATION_FRACTION = eINSTANCE.getDatasetSpec_ValidationFraction();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__SEED = eINSTANCE.getDatasetSpec_Seed();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.NetworkSpecImpl <em>Network Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.NetworkSpecImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getNetworkSpec()
		 * @generated
		 */
		EClass NETWORK_SPEC = eINSTANCE.getNetworkSpec();

		/**
		 * The meta object literal for the '<em><b>Input Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SPEC__INPUT_SIZE = eINSTANCE.getNetworkSpec_InputSize();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SPEC__LAYERS = eINSTANCE.getNetworkSpec_Layers();

		/**
		 * The meta object literal for the '<em><b>Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SPEC__LOSS = eINSTANCE.getNetworkSpec_Loss();

		/**
		 * The meta object literal for the '<em><b>Label Smoothing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SPEC__LABEL_SMOOTHING = eINSTANCE.getNetworkSpec_LabelSmoothing();

		/**
		 * The meta object literal for the '<em><b>Initializer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SPEC__INITIALIZER = eINSTANCE.getNetworkSpec_Initializer();

		/**
		 * The meta object literal for the '<em><b>Init Sigma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SPEC__INIT_SIGMA = eINSTANCE.getNetworkSpec_InitSigma();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SPEC__SOURCE = eINSTANCE.getNetworkSpec_Source();

		/**
		 * The meta object literal for the '<em><b>Parameterization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_SPEC__PARAMETERIZATION = eINSTANCE.getNetworkSpec_Parameterization();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.ModelSourceImpl <em>Model Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.ModelSourceImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getModelSource()
		 * @generated
		 */
		EClass MODEL_SOURCE = eINSTANCE.getModelSource();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SOURCE__FILE = eINSTANCE.getModelSource_File();

		/**
		 * The meta object literal for the '<em><b>Module Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SOURCE__MODULE_OFFSET = eINSTANCE.getModelSource_ModuleOffset();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SOURCE__SHA256 = eINSTANCE.getModelSource_Sha256();

		/**
		 * The meta object literal for the '<em><b>Checkpoints</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SOURCE__CHECKPOINTS = eINSTANCE.getModelSource_Checkpoints();

		/**
		 * The meta object literal for the '<em><b>Other Models</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SOURCE__OTHER_MODELS = eINSTANCE.getModelSource_OtherModels();

		/**
		 * The meta object literal for the '<em><b>Digests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SOURCE__DIGESTS = eINSTANCE.getModelSource_Digests();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.LayerSpecImpl <em>Layer Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.LayerSpecImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getLayerSpec()
		 * @generated
		 */
		EClass LAYER_SPEC = eINSTANCE.getLayerSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__KIND = eINSTANCE.getLayerSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__UNITS = eINSTANCE.getLayerSpec_Units();

		/**
		 * The meta object literal for the '<em><b>Input Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__INPUT_SIZE = eINSTANCE.getLayerSpec_InputSize();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__BIAS = eINSTANCE.getLayerSpec_Bias();

		/**
		 * The meta object literal for the '<em><b>Vocabulary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__VOCABULARY = eINSTANCE.getLayerSpec_Vocabulary();

		/**
		 * The meta object literal for the '<em><b>Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__DIM = eINSTANCE.getLayerSpec_Dim();

		/**
		 * The meta object literal for the '<em><b>Tokens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__TOKENS = eINSTANCE.getLayerSpec_Tokens();

		/**
		 * The meta object literal for the '<em><b>Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__RATE = eINSTANCE.getLayerSpec_Rate();

		/**
		 * The meta object literal for the '<em><b>Eps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__EPS = eINSTANCE.getLayerSpec_Eps();

		/**
		 * The meta object literal for the '<em><b>Momentum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__MOMENTUM = eINSTANCE.getLayerSpec_Momentum();

		/**
		 * The meta object literal for the '<em><b>Affine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__AFFINE = eINSTANCE.getLayerSpec_Affine();

		/**
		 * The meta object literal for the '<em><b>Slope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_SPEC__SLOPE = eINSTANCE.getLayerSpec_Slope();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER_SPEC__CHILDREN = eINSTANCE.getLayerSpec_Children();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER_SPEC__SETTINGS = eINSTANCE.getLayerSpec_Settings();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.OptimizerSpecImpl <em>Optimizer Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.OptimizerSpecImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getOptimizerSpec()
		 * @generated
		 */
		EClass OPTIMIZER_SPEC = eINSTANCE.getOptimizerSpec();

		/**
		 * The meta object literal for the '<em><b>Optimizer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__OPTIMIZER_ID = eINSTANCE.getOptimizerSpec_OptimizerId();

		/**
		 * The meta object literal for the '<em><b>Hyper Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTIMIZER_SPEC__HYPER_PARAMETERS = eINSTANCE.getOptimizerSpec_HyperParameters();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTIMIZER_SPEC__SCHEDULE = eINSTANCE.getOptimizerSpec_Schedule();

		/**
		 * The meta object literal for the '<em><b>Clip Norm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__CLIP_NORM = eINSTANCE.getOptimizerSpec_ClipNorm();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.ScheduleSpecImpl <em>Schedule Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.ScheduleSpecImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getScheduleSpec()
		 * @generated
		 */
		EClass SCHEDULE_SPEC = eINSTANCE.getScheduleSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__KIND = eINSTANCE.getScheduleSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Warmup Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__WARMUP_STEPS = eINSTANCE.getScheduleSpec_WarmupSteps();

		/**
		 * The meta object literal for the '<em><b>Gamma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__GAMMA = eINSTANCE.getScheduleSpec_Gamma();

		/**
		 * The meta object literal for the '<em><b>Step Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__STEP_EVERY = eINSTANCE.getScheduleSpec_StepEvery();

		/**
		 * The meta object literal for the '<em><b>Min Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__MIN_RATE = eINSTANCE.getScheduleSpec_MinRate();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.TrainingSpecImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getTrainingSpec()
		 * @generated
		 */
		EClass TRAINING_SPEC = eINSTANCE.getTrainingSpec();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__STEPS = eINSTANCE.getTrainingSpec_Steps();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EPOCHS = eINSTANCE.getTrainingSpec_Epochs();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__BATCH_SIZE = eINSTANCE.getTrainingSpec_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Evaluate Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EVALUATE_EVERY = eINSTANCE.getTrainingSpec_EvaluateEvery();

		/**
		 * The meta object literal for the '<em><b>Checkpoint Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__CHECKPOINT_EVERY = eINSTANCE.getTrainingSpec_CheckpointEvery();

		/**
		 * The meta object literal for the '<em><b>Early Stopping Patience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EARLY_STOPPING_PATIENCE = eINSTANCE.getTrainingSpec_EarlyStoppingPatience();

		/**
		 * The meta object literal for the '<em><b>Early Stopping Min Delta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EARLY_STOPPING_MIN_DELTA = eINSTANCE.getTrainingSpec_EarlyStoppingMinDelta();

		/**
		 * The meta object literal for the '<em><b>Restore Best</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__RESTORE_BEST = eINSTANCE.getTrainingSpec_RestoreBest();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.AnalysisSpecImpl <em>Analysis Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.AnalysisSpecImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getAnalysisSpec()
		 * @generated
		 */
		EClass ANALYSIS_SPEC = eINSTANCE.getAnalysisSpec();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SPEC__NAME = eINSTANCE.getAnalysisSpec_Name();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SPEC__ENABLED = eINSTANCE.getAnalysisSpec_Enabled();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.SurfaceAnalysisImpl <em>Surface Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.SurfaceAnalysisImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getSurfaceAnalysis()
		 * @generated
		 */
		EClass SURFACE_ANALYSIS = eINSTANCE.getSurfaceAnalysis();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__DIMENSIONS = eINSTANCE.getSurfaceAnalysis_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Direction Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__DIRECTION_KIND = eINSTANCE.getSurfaceAnalysis_DirectionKind();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__RESOLUTION = eINSTANCE.getSurfaceAnalysis_Resolution();

		/**
		 * The meta object literal for the '<em><b>XMin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__XMIN = eINSTANCE.getSurfaceAnalysis_XMin();

		/**
		 * The meta object literal for the '<em><b>XMax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__XMAX = eINSTANCE.getSurfaceAnalysis_XMax();

		/**
		 * The meta object literal for the '<em><b>YMin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__YMIN = eINSTANCE.getSurfaceAnalysis_YMin();

		/**
		 * The meta object literal for the '<em><b>YMax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__YMAX = eINSTANCE.getSurfaceAnalysis_YMax();

		/**
		 * The meta object literal for the '<em><b>Include Biases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__INCLUDE_BIASES = eINSTANCE.getSurfaceAnalysis_IncludeBiases();

		/**
		 * The meta object literal for the '<em><b>Data Split</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__DATA_SPLIT = eINSTANCE.getSurfaceAnalysis_DataSplit();

		/**
		 * The meta object literal for the '<em><b>Batch Norm Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__BATCH_NORM_MODE = eINSTANCE.getSurfaceAnalysis_BatchNormMode();

		/**
		 * The meta object literal for the '<em><b>Curvature Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__CURVATURE_RESOLUTION = eINSTANCE.getSurfaceAnalysis_CurvatureResolution();

		/**
		 * The meta object literal for the '<em><b>Curvature Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURFACE_ANALYSIS__CURVATURE_STEPS = eINSTANCE.getSurfaceAnalysis_CurvatureSteps();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.HessianAnalysisImpl <em>Hessian Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.HessianAnalysisImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getHessianAnalysis()
		 * @generated
		 */
		EClass HESSIAN_ANALYSIS = eINSTANCE.getHessianAnalysis();

		/**
		 * The meta object literal for the '<em><b>Top K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HESSIAN_ANALYSIS__TOP_K = eINSTANCE.getHessianAnalysis_TopK();

		/**
		 * The meta object literal for the '<em><b>Bottom K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HESSIAN_ANALYSIS__BOTTOM_K = eINSTANCE.getHessianAnalysis_BottomK();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HESSIAN_ANALYSIS__METHOD = eINSTANCE.getHessianAnalysis_Method();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.TraceAnalysisImpl <em>Trace Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.TraceAnalysisImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getTraceAnalysis()
		 * @generated
		 */
		EClass TRACE_ANALYSIS = eINSTANCE.getTraceAnalysis();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_ANALYSIS__PROBES = eINSTANCE.getTraceAnalysis_Probes();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.SpectralDensityAnalysisImpl <em>Spectral Density Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.SpectralDensityAnalysisImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getSpectralDensityAnalysis()
		 * @generated
		 */
		EClass SPECTRAL_DENSITY_ANALYSIS = eINSTANCE.getSpectralDensityAnalysis();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECTRAL_DENSITY_ANALYSIS__PROBES = eINSTANCE.getSpectralDensityAnalysis_Probes();

		/**
		 * The meta object literal for the '<em><b>Lanczos Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECTRAL_DENSITY_ANALYSIS__LANCZOS_STEPS = eINSTANCE.getSpectralDensityAnalysis_LanczosSteps();

		/**
		 * The meta object literal for the '<em><b>Sigma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECTRAL_DENSITY_ANALYSIS__SIGMA = eINSTANCE.getSpectralDensityAnalysis_Sigma();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.SharpnessAnalysisImpl <em>Sharpness Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.SharpnessAnalysisImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getSharpnessAnalysis()
		 * @generated
		 */
		EClass SHARPNESS_ANALYSIS = eINSTANCE.getSharpnessAnalysis();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARPNESS_ANALYSIS__DEFINITION = eINSTANCE.getSharpnessAnalysis_Definition();

		/**
		 * The meta object literal for the '<em><b>Epsilon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARPNESS_ANALYSIS__EPSILON = eINSTANCE.getSharpnessAnalysis_Epsilon();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARPNESS_ANALYSIS__SAMPLES = eINSTANCE.getSharpnessAnalysis_Samples();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.TrajectoryPcaAnalysisImpl <em>Trajectory Pca Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.TrajectoryPcaAnalysisImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getTrajectoryPcaAnalysis()
		 * @generated
		 */
		EClass TRAJECTORY_PCA_ANALYSIS = eINSTANCE.getTrajectoryPcaAnalysis();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.ModeConnectivityAnalysisImpl <em>Mode Connectivity Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.ModeConnectivityAnalysisImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getModeConnectivityAnalysis()
		 * @generated
		 */
		EClass MODE_CONNECTIVITY_ANALYSIS = eINSTANCE.getModeConnectivityAnalysis();

		/**
		 * The meta object literal for the '<em><b>Other Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODE_CONNECTIVITY_ANALYSIS__OTHER_RUN_ID = eINSTANCE.getModeConnectivityAnalysis_OtherRunId();

		/**
		 * The meta object literal for the '<em><b>Bezier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODE_CONNECTIVITY_ANALYSIS__BEZIER = eINSTANCE.getModeConnectivityAnalysis_Bezier();

		/**
		 * The meta object literal for the '<em><b>Align Permutations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODE_CONNECTIVITY_ANALYSIS__ALIGN_PERMUTATIONS = eINSTANCE.getModeConnectivityAnalysis_AlignPermutations();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODE_CONNECTIVITY_ANALYSIS__POINTS = eINSTANCE.getModeConnectivityAnalysis_Points();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.EdgeOfStabilityAnalysisImpl <em>Edge Of Stability Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.EdgeOfStabilityAnalysisImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getEdgeOfStabilityAnalysis()
		 * @generated
		 */
		EClass EDGE_OF_STABILITY_ANALYSIS = eINSTANCE.getEdgeOfStabilityAnalysis();

		/**
		 * The meta object literal for the '<em><b>Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_OF_STABILITY_ANALYSIS__EVERY = eINSTANCE.getEdgeOfStabilityAnalysis_Every();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.RunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.RunImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getRun()
		 * @generated
		 */
		EClass RUN = eINSTANCE.getRun();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ID = eINSTANCE.getRun_Id();

		/**
		 * The meta object literal for the '<em><b>Variant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__VARIANT = eINSTANCE.getRun_Variant();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STATUS = eINSTANCE.getRun_Status();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__START_TIME = eINSTANCE.getRun_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__END_TIME = eINSTANCE.getRun_EndTime();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__MESSAGE = eINSTANCE.getRun_Message();

		/**
		 * The meta object literal for the '<em><b>Configuration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__CONFIGURATION = eINSTANCE.getRun_Configuration();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__METRICS = eINSTANCE.getRun_Metrics();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__RESULTS = eINSTANCE.getRun_Results();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__BACKEND = eINSTANCE.getRun_Backend();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ENGINE_VERSION = eINSTANCE.getRun_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Jvm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__JVM = eINSTANCE.getRun_Jvm();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__THREADS = eINSTANCE.getRun_Threads();

		/**
		 * The meta object literal for the '<em><b>Data Digests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__DATA_DIGESTS = eINSTANCE.getRun_DataDigests();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.ConfigurationSnapshotImpl <em>Configuration Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.ConfigurationSnapshotImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getConfigurationSnapshot()
		 * @generated
		 */
		EClass CONFIGURATION_SNAPSHOT = eINSTANCE.getConfigurationSnapshot();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIGURATION_SNAPSHOT__SEED = eINSTANCE.getConfigurationSnapshot_Seed();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION_SNAPSHOT__DATASET = eINSTANCE.getConfigurationSnapshot_Dataset();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION_SNAPSHOT__NETWORK = eINSTANCE.getConfigurationSnapshot_Network();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION_SNAPSHOT__OPTIMIZER = eINSTANCE.getConfigurationSnapshot_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION_SNAPSHOT__TRAINING = eINSTANCE.getConfigurationSnapshot_Training();

		/**
		 * The meta object literal for the '<em><b>Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONFIGURATION_SNAPSHOT__ANALYSES = eINSTANCE.getConfigurationSnapshot_Analyses();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.MetricImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__STEP = eINSTANCE.getMetric_Step();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.ResultRefImpl <em>Result Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.ResultRefImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getResultRef()
		 * @generated
		 */
		EClass RESULT_REF = eINSTANCE.getResultRef();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_REF__KIND = eINSTANCE.getResultRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_REF__URI = eINSTANCE.getResultRef_Uri();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_REF__DESCRIPTION = eINSTANCE.getResultRef_Description();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT_REF__METADATA = eINSTANCE.getResultRef_Metadata();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.MetadataEntryImpl <em>Metadata Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.MetadataEntryImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getMetadataEntry()
		 * @generated
		 */
		EClass METADATA_ENTRY = eINSTANCE.getMetadataEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__KEY = eINSTANCE.getMetadataEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__TYPE = eINSTANCE.getMetadataEntry_Type();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METADATA_ENTRY__VALUES = eINSTANCE.getMetadataEntry_Values();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.impl.ComparisonImpl <em>Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.impl.ComparisonImpl
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getComparison()
		 * @generated
		 */
		EClass COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__NAME = eINSTANCE.getComparison_Name();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__RUNS = eINSTANCE.getComparison_Runs();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.DatasetKind <em>Dataset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.DatasetKind
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getDatasetKind()
		 * @generated
		 */
		EEnum DATASET_KIND = eINSTANCE.getDatasetKind();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.LossKind <em>Loss Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.LossKind
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getLossKind()
		 * @generated
		 */
		EEnum LOSS_KIND = eINSTANCE.getLossKind();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.InitializerKind <em>Initializer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.InitializerKind
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getInitializerKind()
		 * @generated
		 */
		EEnum INITIALIZER_KIND = eINSTANCE.getInitializerKind();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.Parameterization <em>Parameterization</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.Parameterization
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getParameterization()
		 * @generated
		 */
		EEnum PARAMETERIZATION = eINSTANCE.getParameterization();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.ScheduleKind <em>Schedule Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.ScheduleKind
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getScheduleKind()
		 * @generated
		 */
		EEnum SCHEDULE_KIND = eINSTANCE.getScheduleKind();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.DirectionKind <em>Direction Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.DirectionKind
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getDirectionKind()
		 * @generated
		 */
		EEnum DIRECTION_KIND = eINSTANCE.getDirectionKind();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.DataSplit <em>Data Split</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.DataSplit
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getDataSplit()
		 * @generated
		 */
		EEnum DATA_SPLIT = eINSTANCE.getDataSplit();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.BatchNormMode <em>Batch Norm Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.BatchNormMode
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getBatchNormMode()
		 * @generated
		 */
		EEnum BATCH_NORM_MODE = eINSTANCE.getBatchNormMode();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.HessianMethod <em>Hessian Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.HessianMethod
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getHessianMethod()
		 * @generated
		 */
		EEnum HESSIAN_METHOD = eINSTANCE.getHessianMethod();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.SharpnessDefinition <em>Sharpness Definition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.SharpnessDefinition
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getSharpnessDefinition()
		 * @generated
		 */
		EEnum SHARPNESS_DEFINITION = eINSTANCE.getSharpnessDefinition();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.RunStatus <em>Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.RunStatus
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

		/**
		 * The meta object literal for the '{@link org.losslandscape.model.MetadataType <em>Metadata Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.MetadataType
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getMetadataType()
		 * @generated
		 */
		EEnum METADATA_TYPE = eINSTANCE.getMetadataType();

		/**
		 * The meta object literal for the '<em>Run Id</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getRunId()
		 * @generated
		 */
		EDataType RUN_ID = eINSTANCE.getRunId();

		/**
		 * The meta object literal for the '<em>Result Kind</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.losslandscape.model.ResultKind
		 * @see org.losslandscape.model.impl.LandscapePackageImpl#getResultKind()
		 * @generated
		 */
		EDataType RESULT_KIND = eINSTANCE.getResultKind();

	}

} //LandscapePackage
