/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.eclipse.emf.ecore.xml.type.XMLTypeFactory;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

import org.losslandscape.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LandscapeFactoryImpl extends EFactoryImpl implements LandscapeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static LandscapeFactory init() {
		try {
			LandscapeFactory theLandscapeFactory = (LandscapeFactory)EPackage.Registry.INSTANCE.getEFactory(LandscapePackage.eNS_URI);
			if (theLandscapeFactory != null) {
				return theLandscapeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new LandscapeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case LandscapePackage.EXPERIMENT: return createExperiment();
			case LandscapePackage.VARIANT: return createVariant();
			case LandscapePackage.PARAMETER: return createParameter();
			case LandscapePackage.DATASET_SPEC: return createDatasetSpec();
			case LandscapePackage.NETWORK_SPEC: return createNetworkSpec();
			case LandscapePackage.MODEL_SOURCE: return createModelSource();
			case LandscapePackage.LAYER_SPEC: return createLayerSpec();
			case LandscapePackage.OPTIMIZER_SPEC: return createOptimizerSpec();
			case LandscapePackage.SCHEDULE_SPEC: return createScheduleSpec();
			case LandscapePackage.TRAINING_SPEC: return createTrainingSpec();
			case LandscapePackage.SURFACE_ANALYSIS: return createSurfaceAnalysis();
			case LandscapePackage.HESSIAN_ANALYSIS: return createHessianAnalysis();
			case LandscapePackage.TRACE_ANALYSIS: return createTraceAnalysis();
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS: return createSpectralDensityAnalysis();
			case LandscapePackage.SHARPNESS_ANALYSIS: return createSharpnessAnalysis();
			case LandscapePackage.TRAJECTORY_PCA_ANALYSIS: return createTrajectoryPcaAnalysis();
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS: return createModeConnectivityAnalysis();
			case LandscapePackage.EDGE_OF_STABILITY_ANALYSIS: return createEdgeOfStabilityAnalysis();
			case LandscapePackage.RUN: return createRun();
			case LandscapePackage.CONFIGURATION_SNAPSHOT: return createConfigurationSnapshot();
			case LandscapePackage.METRIC: return createMetric();
			case LandscapePackage.RESULT_REF: return createResultRef();
			case LandscapePackage.METADATA_ENTRY: return createMetadataEntry();
			case LandscapePackage.COMPARISON: return createComparison();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case LandscapePackage.DATASET_KIND:
				return createDatasetKindFromString(eDataType, initialValue);
			case LandscapePackage.LOSS_KIND:
				return createLossKindFromString(eDataType, initialValue);
			case LandscapePackage.INITIALIZER_KIND:
				return createInitializerKindFromString(eDataType, initialValue);
			case LandscapePackage.PARAMETERIZATION:
				return createParameterizationFromString(eDataType, initialValue);
			case LandscapePackage.SCHEDULE_KIND:
				return createScheduleKindFromString(eDataType, initialValue);
			case LandscapePackage.DIRECTION_KIND:
				return createDirectionKindFromString(eDataType, initialValue);
			case LandscapePackage.DATA_SPLIT:
				return createDataSplitFromString(eDataType, initialValue);
			case LandscapePackage.BATCH_NORM_MODE:
				return createBatchNormModeFromString(eDataType, initialValue);
			case LandscapePackage.HESSIAN_METHOD:
				return createHessianMethodFromString(eDataType, initialValue);
			case LandscapePackage.SHARPNESS_DEFINITION:
				return createSharpnessDefinitionFromString(eDataType, initialValue);
			case LandscapePackage.RUN_STATUS:
				return createRunStatusFromString(eDataType, initialValue);
			case LandscapePackage.METADATA_TYPE:
				return createMetadataTypeFromString(eDataType, initialValue);
			case LandscapePackage.RUN_ID:
				return createRunIdFromString(eDataType, initialValue);
			case LandscapePackage.RESULT_KIND:
				return createResultKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case LandscapePackage.DATASET_KIND:
				return convertDatasetKindToString(eDataType, instanceValue);
			case LandscapePackage.LOSS_KIND:
				return convertLossKindToString(eDataType, instanceValue);
			case LandscapePackage.INITIALIZER_KIND:
				return convertInitializerKindToString(eDataType, instanceValue);
			case LandscapePackage.PARAMETERIZATION:
				return convertParameterizationToString(eDataType, instanceValue);
			case LandscapePackage.SCHEDULE_KIND:
				return convertScheduleKindToString(eDataType, instanceValue);
			case LandscapePackage.DIRECTION_KIND:
				return convertDirectionKindToString(eDataType, instanceValue);
			case LandscapePackage.DATA_SPLIT:
				return convertDataSplitToString(eDataType, instanceValue);
			case LandscapePackage.BATCH_NORM_MODE:
				return convertBatchNormModeToString(eDataType, instanceValue);
			case LandscapePackage.HESSIAN_METHOD:
				return convertHessianMethodToString(eDataType, instanceValue);
			case LandscapePackage.SHARPNESS_DEFINITION:
				return convertSharpnessDefinitionToString(eDataType, instanceValue);
			case LandscapePackage.RUN_STATUS:
				return convertRunStatusToString(eDataType, instanceValue);
			case LandscapePackage.METADATA_TYPE:
				return convertMetadataTypeToString(eDataType, instanceValue);
			case LandscapePackage.RUN_ID:
				return convertRunIdToString(eDataType, instanceValue);
			case LandscapePackage.RESULT_KIND:
				return convertResultKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variant createVariant() {
		VariantImpl variant = new VariantImpl();
		return variant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetSpec createDatasetSpec() {
		DatasetSpecImpl datasetSpec = new DatasetSpecImpl();
		return datasetSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkSpec createNetworkSpec() {
		NetworkSpecImpl networkSpec = new NetworkSpecImpl();
		return networkSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelSource createModelSource() {
		ModelSourceImpl modelSource = new ModelSourceImpl();
		return modelSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerSpec createLayerSpec() {
		LayerSpecImpl layerSpec = new LayerSpecImpl();
		return layerSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerSpec createOptimizerSpec() {
		OptimizerSpecImpl optimizerSpec = new OptimizerSpecImpl();
		return optimizerSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleSpec createScheduleSpec() {
		ScheduleSpecImpl scheduleSpec = new ScheduleSpecImpl();
		return scheduleSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSpec createTrainingSpec() {
		TrainingSpecImpl trainingSpec = new TrainingSpecImpl();
		return trainingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurfaceAnalysis createSurfaceAnalysis() {
		SurfaceAnalysisImpl surfaceAnalysis = new SurfaceAnalysisImpl();
		return surfaceAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HessianAnalysis createHessianAnalysis() {
		HessianAnalysisImpl hessianAnalysis = new HessianAnalysisImpl();
		return hessianAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TraceAnalysis createTraceAnalysis() {
		TraceAnalysisImpl traceAnalysis = new TraceAnalysisImpl();
		return traceAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpectralDensityAnalysis createSpectralDensityAnalysis() {
		SpectralDensityAnalysisImpl spectralDensityAnalysis = new SpectralDensityAnalysisImpl();
		return spectralDensityAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharpnessAnalysis createSharpnessAnalysis() {
		SharpnessAnalysisImpl sharpnessAnalysis = new SharpnessAnalysisImpl();
		return sharpnessAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrajectoryPcaAnalysis createTrajectoryPcaAnalysis() {
		TrajectoryPcaAnalysisImpl trajectoryPcaAnalysis = new TrajectoryPcaAnalysisImpl();
		return trajectoryPcaAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModeConnectivityAnalysis createModeConnectivityAnalysis() {
		ModeConnectivityAnalysisImpl modeConnectivityAnalysis = new ModeConnectivityAnalysisImpl();
		return modeConnectivityAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeOfStabilityAnalysis createEdgeOfStabilityAnalysis() {
		EdgeOfStabilityAnalysisImpl edgeOfStabilityAnalysis = new EdgeOfStabilityAnalysisImpl();
		return edgeOfStabilityAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Run createRun() {
		RunImpl run = new RunImpl();
		return run;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfigurationSnapshot createConfigurationSnapshot() {
		ConfigurationSnapshotImpl configurationSnapshot = new ConfigurationSnapshotImpl();
		return configurationSnapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResultRef createResultRef() {
		ResultRefImpl resultRef = new ResultRefImpl();
		return resultRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetadataEntry createMetadataEntry() {
		MetadataEntryImpl metadataEntry = new MetadataEntryImpl();
		return metadataEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparison createComparison() {
		ComparisonImpl comparison = new ComparisonImpl();
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DatasetKind createDatasetKindFromString(EDataType eDataType, String initialValue) {
		DatasetKind result = DatasetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDatasetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LossKind createLossKindFromString(EDataType eDataType, String initialValue) {
		LossKind result = LossKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLossKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InitializerKind createInitializerKindFromString(EDataType eDataType, String initialValue) {
		InitializerKind result = InitializerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitializerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Parameterization createParameterizationFromString(EDataType eDataType, String initialValue) {
		Parameterization result = Parameterization.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParameterizationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScheduleKind createScheduleKindFromString(EDataType eDataType, String initialValue) {
		ScheduleKind result = ScheduleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScheduleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DirectionKind createDirectionKindFromString(EDataType eDataType, String initialValue) {
		DirectionKind result = DirectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSplit createDataSplitFromString(EDataType eDataType, String initialValue) {
		DataSplit result = DataSplit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataSplitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BatchNormMode createBatchNormModeFromString(EDataType eDataType, String initialValue) {
		BatchNormMode result = BatchNormMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBatchNormModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HessianMethod createHessianMethodFromString(EDataType eDataType, String initialValue) {
		HessianMethod result = HessianMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHessianMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SharpnessDefinition createSharpnessDefinitionFromString(EDataType eDataType, String initialValue) {
		SharpnessDefinition result = SharpnessDefinition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSharpnessDefinitionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunStatus createRunStatusFromString(EDataType eDataType, String initialValue) {
		RunStatus result = RunStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetadataType createMetadataTypeFromString(EDataType eDataType, String initialValue) {
		MetadataType result = MetadataType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetadataTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createRunIdFromString(EDataType eDataType, String initialValue) {
		return (String)XMLTypeFactory.eINSTANCE.createFromString(XMLTypePackage.Literals.STRING, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunIdToString(EDataType eDataType, Object instanceValue) {
		return XMLTypeFactory.eINSTANCE.convertToString(XMLTypePackage.Literals.STRING, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResultKind createResultKindFromString(EDataType eDataType, String initialValue) {
		return (ResultKind)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResultKindToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapePackage getLandscapePackage() {
		return (LandscapePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static LandscapePackage getPackage() {
		return LandscapePackage.eINSTANCE;
	}

} //LandscapeFactoryImpl
