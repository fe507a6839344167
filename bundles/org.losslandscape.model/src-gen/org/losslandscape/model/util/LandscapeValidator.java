/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;
import org.eclipse.emf.ecore.xml.type.util.XMLTypeValidator;

import org.losslandscape.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage
 * @generated
 */
public class LandscapeValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final LandscapeValidator INSTANCE = new LandscapeValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.losslandscape.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * The cached base package validator.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XMLTypeValidator xmlTypeValidator;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeValidator() {
		super();
		xmlTypeValidator = XMLTypeValidator.INSTANCE;
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return LandscapePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case LandscapePackage.EXPERIMENT:
				return validateExperiment((Experiment)value, diagnostics, context);
			case LandscapePackage.VARIANT:
				return validateVariant((Variant)value, diagnostics, context);
			case LandscapePackage.PARAMETER:
				return validateParameter((Parameter)value, diagnostics, context);
			case LandscapePackage.DATASET_SPEC:
				return validateDatasetSpec((DatasetSpec)value, diagnostics, context);
			case LandscapePackage.NETWORK_SPEC:
				return validateNetworkSpec((NetworkSpec)value, diagnostics, context);
			case LandscapePackage.MODEL_SOURCE:
				return validateModelSource((ModelSource)value, diagnostics, context);
			case LandscapePackage.LAYER_SPEC:
				return validateLayerSpec((LayerSpec)value, diagnostics, context);
			case LandscapePackage.OPTIMIZER_SPEC:
				return validateOptimizerSpec((OptimizerSpec)value, diagnostics, context);
			case LandscapePackage.SCHEDULE_SPEC:
				return validateScheduleSpec((ScheduleSpec)value, diagnostics, context);
			case LandscapePackage.TRAINING_SPEC:
				return validateTrainingSpec((TrainingSpec)value, diagnostics, context);
			case LandscapePackage.ANALYSIS_SPEC:
				return validateAnalysisSpec((AnalysisSpec)value, diagnostics, context);
			case LandscapePackage.SURFACE_ANALYSIS:
				return validateSurfaceAnalysis((SurfaceAnalysis)value, diagnostics, context);
			case LandscapePackage.HESSIAN_ANALYSIS:
				return validateHessianAnalysis((HessianAnalysis)value, diagnostics, context);
			case LandscapePackage.TRACE_ANALYSIS:
				return validateTraceAnalysis((TraceAnalysis)value, diagnostics, context);
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS:
				return validateSpectralDensityAnalysis((SpectralDensityAnalysis)value, diagnostics, context);
			case LandscapePackage.SHARPNESS_ANALYSIS:
				return validateSharpnessAnalysis((SharpnessAnalysis)value, diagnostics, context);
			case LandscapePackage.TRAJECTORY_PCA_ANALYSIS:
				return validateTrajectoryPcaAnalysis((TrajectoryPcaAnalysis)value, diagnostics, context);
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS:
				return validateModeConnectivityAnalysis((ModeConnectivityAnalysis)value, diagnostics, context);
			case LandscapePackage.EDGE_OF_STABILITY_ANALYSIS:
				return validateEdgeOfStabilityAnalysis((EdgeOfStabilityAnalysis)value, diagnostics, context);
			case LandscapePackage.RUN:
				return validateRun((Run)value, diagnostics, context);
			case LandscapePackage.CONFIGURATION_SNAPSHOT:
				return validateConfigurationSnapshot((ConfigurationSnapshot)value, diagnostics, context);
			case LandscapePackage.METRIC:
				return validateMetric((Metric)value, diagnostics, context);
			case LandscapePackage.RESULT_REF:
				return validateResultRef((ResultRef)value, diagnostics, context);
			case LandscapePackage.METADATA_ENTRY:
				return validateMetadataEntry((MetadataEntry)value, diagnostics, context);
			case LandscapePackage.COMPARISON:
				return validateComparison((Comparison)value, diagnostics, context);
			case LandscapePackage.DATASET_KIND:
				return validateDatasetKind((DatasetKind)value, diagnostics, context);
			case LandscapePackage.LOSS_KIND:
				return validateLossKind((LossKind)value, diagnostics, context);
			case LandscapePackage.INITIALIZER_KIND:
				return validateInitializerKind((InitializerKind)value, diagnostics, context);
			case LandscapePackage.PARAMETERIZATION:
				return validateParameterization((Parameterization)value, diagnostics, context);
			case LandscapePackage.SCHEDULE_KIND:
				return validateScheduleKind((ScheduleKind)value, diagnostics, context);
			case LandscapePackage.DIRECTION_KIND:
				return validateDirectionKind((DirectionKind)value, diagnostics, context);
			case LandscapePackage.DATA_SPLIT:
				return validateDataSplit((DataSplit)value, diagnostics, context);
			case LandscapePackage.BATCH_NORM_MODE:
				return validateBatchNormMode((BatchNormMode)value, diagnostics, context);
			case LandscapePackage.HESSIAN_METHOD:
				return validateHessianMethod((HessianMethod)value, diagnostics, context);
			case LandscapePackage.SHARPNESS_DEFINITION:
				return validateSharpnessDefinition((SharpnessDefinition)value, diagnostics, context);
			case LandscapePackage.RUN_STATUS:
				return validateRunStatus((RunStatus)value, diagnostics, context);
			case LandscapePackage.METADATA_TYPE:
				return validateMetadataType((MetadataType)value, diagnostics, context);
			case LandscapePackage.RUN_ID:
				return validateRunId((String)value, diagnostics, context);
			case LandscapePackage.RESULT_KIND:
				return validateResultKind((ResultKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExperiment(Experiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(experiment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVariant(Variant variant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(variant, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameter(Parameter parameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(parameter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDatasetSpec(DatasetSpec datasetSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(datasetSpec, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetworkSpec(NetworkSpec networkSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(networkSpec, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelSource(ModelSource modelSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(modelSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLayerSpec(LayerSpec layerSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(layerSpec, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOptimizerSpec(OptimizerSpec optimizerSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(optimizerSpec, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScheduleSpec(ScheduleSpec scheduleSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scheduleSpec, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingSpec(TrainingSpec trainingSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(trainingSpec, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnalysisSpec(AnalysisSpec analysisSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(analysisSpec, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSurfaceAnalysis(SurfaceAnalysis surfaceAnalysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(surfaceAnalysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHessianAnalysis(HessianAnalysis hessianAnalysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hessianAnalysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTraceAnalysis(TraceAnalysis traceAnalysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(traceAnalysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpectralDensityAnalysis(SpectralDensityAnalysis spectralDensityAnalysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(spectralDensityAnalysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSharpnessAnalysis(SharpnessAnalysis sharpnessAnalysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sharpnessAnalysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrajectoryPcaAnalysis(TrajectoryPcaAnalysis trajectoryPcaAnalysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(trajectoryPcaAnalysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModeConnectivityAnalysis(ModeConnectivityAnalysis modeConnectivityAnalysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(modeConnectivityAnalysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEdgeOfStabilityAnalysis(EdgeOfStabilityAnalysis edgeOfStabilityAnalysis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(edgeOfStabilityAnalysis, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRun(Run run, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(run, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConfigurationSnapshot(ConfigurationSnapshot configurationSnapshot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(configurationSnapshot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetric(Metric metric, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(metric, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResultRef(ResultRef resultRef, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(resultRef, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetadataEntry(MetadataEntry metadataEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(metadataEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComparison(Comparison comparison, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(comparison, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDatasetKind(DatasetKind datasetKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLossKind(LossKind lossKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitializerKind(InitializerKind initializerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterization(Parameterization parameterization, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScheduleKind(ScheduleKind scheduleKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirectionKind(DirectionKind directionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataSplit(DataSplit dataSplit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBatchNormMode(BatchNormMode batchNormMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHessianMethod(HessianMethod hessianMethod, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSharpnessDefinition(SharpnessDefinition sharpnessDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunStatus(RunStatus runStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetadataType(MetadataType metadataType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunId(String runId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateRunId_Pattern(runId, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateRunId_Pattern
	 */
	public static final  PatternMatcher [][] RUN_ID__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[A-Za-z0-9][A-Za-z0-9_.\\-]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Run Id</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunId_Pattern(String runId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(LandscapePackage.Literals.RUN_ID, runId, RUN_ID__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResultKind(ResultKind resultKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //LandscapeValidator
