/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.BatchNormMode;
import org.losslandscape.model.Comparison;
import org.losslandscape.model.ConfigurationSnapshot;
import org.losslandscape.model.DataSplit;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.EdgeOfStabilityAnalysis;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.InitializerKind;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.LossKind;
import org.losslandscape.model.MetadataEntry;
import org.losslandscape.model.MetadataType;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ModeConnectivityAnalysis;
import org.losslandscape.model.ModelSource;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.OptimizerSpec;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.Parameterization;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.ScheduleKind;
import org.losslandscape.model.ScheduleSpec;
import org.losslandscape.model.SharpnessAnalysis;
import org.losslandscape.model.SharpnessDefinition;
import org.losslandscape.model.SpectralDensityAnalysis;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TraceAnalysis;
import org.losslandscape.model.TrainingSpec;
import org.losslandscape.model.TrajectoryPcaAnalysis;
import org.losslandscape.model.Variant;

import org.losslandscape.model.util.LandscapeValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LandscapePackageImpl extends EPackageImpl implements LandscapePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass variantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass optimizerSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surfaceAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hessianAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spectralDensityAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sharpnessAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trajectoryPcaAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modeConnectivityAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeOfStabilityAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass configurationSnapshotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metadataEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum datasetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lossKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initializerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum parameterizationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scheduleKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataSplitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum batchNormModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hessianMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sharpnessDefinitionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum metadataTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType runIdEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType resultKindEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.losslandscape.model.LandscapePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LandscapePackageImpl() {
		super(eNS_URI, LandscapeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link LandscapePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LandscapePackage init() {
		if (isInited) return (LandscapePackage)EPackage.Registry.INSTANCE.getEPackage(LandscapePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLandscapePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LandscapePackageImpl theLandscapePackage = registeredLandscapePackage instanceof LandscapePackageImpl ? (LandscapePackageImpl)registeredLandscapePackage : new LandscapePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theLandscapePackage.createPackageContents();

		// Initialize created meta-data
		theLandscapePackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theLandscapePackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return LandscapeValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theLandscapePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LandscapePackage.eNS_URI, theLandscapePackage);
		return theLandscapePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Name() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Description() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Tags() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Dataset() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Network() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Optimizer() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Training() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Analyses() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Runs() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Comparisons() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Variants() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_VariantAxis() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVariant() {
		return variantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Name() {
		return (EAttribute)variantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Value() {
		return (EAttribute)variantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Settings() {
		return (EReference)variantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Dataset() {
		return (EReference)variantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Network() {
		return (EReference)variantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Optimizer() {
		return (EReference)variantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Training() {
		return (EReference)variantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter() {
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Key() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatasetSpec() {
		return datasetSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_Kind() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatasetSpec_Parameters() {
		return (EReference)datasetSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_File() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_LabelsFile() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_ValidationFraction() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_Seed() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkSpec() {
		return networkSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkSpec_InputSize() {
		return (EAttribute)networkSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSpec_Layers() {
		return (EReference)networkSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkSpec_Loss() {
		return (EAttribute)networkSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkSpec_LabelSmoothing() {
		return (EAttribute)networkSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkSpec_Initializer() {
		return (EAttribute)networkSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkSpec_InitSigma() {
		return (EAttribute)networkSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSpec_Source() {
		return (EReference)networkSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkSpec_Parameterization() {
		return (EAttribute)networkSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelSource() {
		return modelSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSource_File() {
		return (EAttribute)modelSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSource_ModuleOffset() {
		return (EAttribute)modelSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSource_Sha256() {
		return (EAttribute)modelSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSource_Checkpoints() {
		return (EAttribute)modelSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSource_OtherModels() {
		return (EAttribute)modelSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSource_Digests() {
		return (EAttribute)modelSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayerSpec() {
		return layerSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Kind() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Units() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_InputSize() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Bias() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Vocabulary() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Dim() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Tokens() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Rate() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Eps() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Momentum() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Affine() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerSpec_Slope() {
		return (EAttribute)layerSpecEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayerSpec_Children() {
		return (EReference)layerSpecEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayerSpec_Settings() {
		return (EReference)layerSpecEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOptimizerSpec() {
		return optimizerSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_OptimizerId() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOptimizerSpec_HyperParameters() {
		return (EReference)optimizerSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOptimizerSpec_Schedule() {
		return (EReference)optimizerSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_ClipNorm() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduleSpec() {
		return scheduleSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleSpec_Kind() {
		return (EAttribute)scheduleSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleSpec_WarmupSteps() {
		return (EAttribute)scheduleSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleSpec_Gamma() {
		return (EAttribute)scheduleSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleSpec_StepEvery() {
		return (EAttribute)scheduleSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduleSpec_MinRate() {
		return (EAttribute)scheduleSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSpec() {
		return trainingSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Steps() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Epochs() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_BatchSize() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_EvaluateEvery() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_CheckpointEvery() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_EarlyStoppingPatience() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_EarlyStoppingMinDelta() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_RestoreBest() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysisSpec() {
		return analysisSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSpec_Name() {
		return (EAttribute)analysisSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSpec_Enabled() {
		return (EAttribute)analysisSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurfaceAnalysis() {
		return surfaceAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_Dimensions() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_DirectionKind() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_Resolution() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_XMin() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_XMax() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_YMin() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_YMax() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_IncludeBiases() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_DataSplit() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_BatchNormMode() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_CurvatureResolution() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurfaceAnalysis_CurvatureSteps() {
		return (EAttribute)surfaceAnalysisEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHessianAnalysis() {
		return hessianAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHessianAnalysis_TopK() {
		return (EAttribute)hessianAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHessianAnalysis_BottomK() {
		return (EAttribute)hessianAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHessianAnalysis_Method() {
		return (EAttribute)hessianAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraceAnalysis() {
		return traceAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceAnalysis_Probes() {
		return (EAttribute)traceAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpectralDensityAnalysis() {
		return spectralDensityAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpectralDensityAnalysis_Probes() {
		return (EAttribute)spectralDensityAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpectralDensityAnalysis_LanczosSteps() {
		return (EAttribute)spectralDensityAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpectralDensityAnalysis_Sigma() {
		return (EAttribute)spectralDensityAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSharpnessAnalysis() {
		return sharpnessAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharpnessAnalysis_Definition() {
		return (EAttribute)sharpnessAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharpnessAnalysis_Epsilon() {
		return (EAttribute)sharpnessAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharpnessAnalysis_Samples() {
		return (EAttribute)sharpnessAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrajectoryPcaAnalysis() {
		return trajectoryPcaAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModeConnectivityAnalysis() {
		return modeConnectivityAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModeConnectivityAnalysis_OtherRunId() {
		return (EAttribute)modeConnectivityAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModeConnectivityAnalysis_Bezier() {
		return (EAttribute)modeConnectivityAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModeConnectivityAnalysis_AlignPermutations() {
		return (EAttribute)modeConnectivityAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModeConnectivityAnalysis_Points() {
		return (EAttribute)modeConnectivityAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeOfStabilityAnalysis() {
		return edgeOfStabilityAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeOfStabilityAnalysis_Every() {
		return (EAttribute)edgeOfStabilityAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRun() {
		return runEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Id() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Variant() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Status() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_StartTime() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_EndTime() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Message() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Configuration() {
		return (EReference)runEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Metrics() {
		return (EReference)runEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Results() {
		return (EReference)runEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Backend() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_EngineVersion() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Jvm() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Threads() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_DataDigests() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfigurationSnapshot() {
		return configurationSnapshotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfigurationSnapshot_Seed() {
		return (EAttribute)configurationSnapshotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigurationSnapshot_Dataset() {
		return (EReference)configurationSnapshotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigurationSnapshot_Network() {
		return (EReference)configurationSnapshotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigurationSnapshot_Optimizer() {
		return (EReference)configurationSnapshotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigurationSnapshot_Training() {
		return (EReference)configurationSnapshotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConfigurationSnapshot_Analyses() {
		return (EReference)configurationSnapshotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetric() {
		return metricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Name() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Value() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Step() {
		return (EAttribute)metricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResultRef() {
		return resultRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultRef_Kind() {
		return (EAttribute)resultRefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultRef_Uri() {
		return (EAttribute)resultRefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultRef_Description() {
		return (EAttribute)resultRefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResultRef_Metadata() {
		return (EReference)resultRefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetadataEntry() {
		return metadataEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetadataEntry_Key() {
		return (EAttribute)metadataEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetadataEntry_Type() {
		return (EAttribute)metadataEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetadataEntry_Values() {
		return (EAttribute)metadataEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparison() {
		return comparisonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparison_Name() {
		return (EAttribute)comparisonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparison_Runs() {
		return (EReference)comparisonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatasetKind() {
		return datasetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLossKind() {
		return lossKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitializerKind() {
		return initializerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getParameterization() {
		return parameterizationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScheduleKind() {
		return scheduleKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirectionKind() {
		return directionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataSplit() {
		return dataSplitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBatchNormMode() {
		return batchNormModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHessianMethod() {
		return hessianMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSharpnessDefinition() {
		return sharpnessDefinitionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunStatus() {
		return runStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMetadataType() {
		return metadataTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getRunId() {
		return runIdEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getResultKind() {
		return resultKindEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapeFactory getLandscapeFactory() {
		return (LandscapeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__NAME);
		createEAttribute(experimentEClass, EXPERIMENT__DESCRIPTION);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);
		createEAttribute(experimentEClass, EXPERIMENT__TAGS);
		createEReference(experimentEClass, EXPERIMENT__DATASET);
		createEReference(experimentEClass, EXPERIMENT__NETWORK);
		createEReference(experimentEClass, EXPERIMENT__OPTIMIZER);
		createEReference(experimentEClass, EXPERIMENT__TRAINING);
		createEReference(experimentEClass, EXPERIMENT__ANALYSES);
		createEReference(experimentEClass, EXPERIMENT__RUNS);
		createEReference(experimentEClass, EXPERIMENT__COMPARISONS);
		createEReference(experimentEClass, EXPERIMENT__VARIANTS);
		createEAttribute(experimentEClass, EXPERIMENT__VARIANT_AXIS);

		variantEClass = createEClass(VARIANT);
		createEAttribute(variantEClass, VARIANT__NAME);
		createEAttribute(variantEClass, VARIANT__VALUE);
		createEReference(variantEClass, VARIANT__SETTINGS);
		createEReference(variantEClass, VARIANT__DATASET);
		createEReference(variantEClass, VARIANT__NETWORK);
		createEReference(variantEClass, VARIANT__OPTIMIZER);
		createEReference(variantEClass, VARIANT__TRAINING);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__KEY);
		createEAttribute(parameterEClass, PARAMETER__VALUE);

		datasetSpecEClass = createEClass(DATASET_SPEC);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__KIND);
		createEReference(datasetSpecEClass, DATASET_SPEC__PARAMETERS);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__FILE);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__LABELS_FILE);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__VALIDATION_FRACTION);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__SEED);

		networkSpecEClass = createEClass(NETWORK_SPEC);
		createEAttribute(networkSpecEClass, NETWORK_SPEC__INPUT_SIZE);
		createEReference(networkSpecEClass, NETWORK_SPEC__LAYERS);
		createEAttribute(networkSpecEClass, NETWORK_SPEC__LOSS);
		createEAttribute(networkSpecEClass, NETWORK_SPEC__LABEL_SMOOTHING);
		createEAttribute(networkSpecEClass, NETWORK_SPEC__INITIALIZER);
		createEAttribute(networkSpecEClass, NETWORK_SPEC__INIT_SIGMA);
		createEReference(networkSpecEClass, NETWORK_SPEC__SOURCE);
		createEAttribute(networkSpecEClass, NETWORK_SPEC__PARAMETERIZATION);

		modelSourceEClass = createEClass(MODEL_SOURCE);
		createEAttribute(modelSourceEClass, MODEL_SOURCE__FILE);
		createEAttribute(modelSourceEClass, MODEL_SOURCE__MODULE_OFFSET);
		createEAttribute(modelSourceEClass, MODEL_SOURCE__SHA256);
		createEAttribute(modelSourceEClass, MODEL_SOURCE__CHECKPOINTS);
		createEAttribute(modelSourceEClass, MODEL_SOURCE__OTHER_MODELS);
		createEAttribute(modelSourceEClass, MODEL_SOURCE__DIGESTS);

		layerSpecEClass = createEClass(LAYER_SPEC);
		createEAttribute(layerSpecEClass, LAYER_SPEC__KIND);
		createEAttribute(layerSpecEClass, LAYER_SPEC__UNITS);
		createEAttribute(layerSpecEClass, LAYER_SPEC__INPUT_SIZE);
		createEAttribute(layerSpecEClass, LAYER_SPEC__BIAS);
		createEAttribute(layerSpecEClass, LAYER_SPEC__VOCABULARY);
		createEAttribute(layerSpecEClass, LAYER_SPEC__DIM);
		createEAttribute(layerSpecEClass, LAYER_SPEC__TOKENS);
		createEAttribute(layerSpecEClass, LAYER_SPEC__RATE);
		createEAttribute(layerSpecEClass, LAYER_SPEC__EPS);
		createEAttribute(layerSpecEClass, LAYER_SPEC__MOMENTUM);
		createEAttribute(layerSpecEClass, LAYER_SPEC__AFFINE);
		createEAttribute(layerSpecEClass, LAYER_SPEC__SLOPE);
		createEReference(layerSpecEClass, LAYER_SPEC__CHILDREN);
		createEReference(layerSpecEClass, LAYER_SPEC__SETTINGS);

		optimizerSpecEClass = createEClass(OPTIMIZER_SPEC);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__OPTIMIZER_ID);
		createEReference(optimizerSpecEClass, OPTIMIZER_SPEC__HYPER_PARAMETERS);
		createEReference(optimizerSpecEClass, OPTIMIZER_SPEC__SCHEDULE);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__CLIP_NORM);

		scheduleSpecEClass = createEClass(SCHEDULE_SPEC);
		createEAttribute(scheduleSpecEClass, SCHEDULE_SPEC__KIND);
		createEAttribute(scheduleSpecEClass, SCHEDULE_SPEC__WARMUP_STEPS);
		createEAttribute(scheduleSpecEClass, SCHEDULE_SPEC__GAMMA);
		createEAttribute(scheduleSpecEClass, SCHEDULE_SPEC__STEP_EVERY);
		createEAttribute(scheduleSpecEClass, SCHEDULE_SPEC__MIN_RATE);

		trainingSpecEClass = createEClass(TRAINING_SPEC);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__STEPS);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EPOCHS);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__BATCH_SIZE);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EVALUATE_EVERY);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__CHECKPOINT_EVERY);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EARLY_STOPPING_PATIENCE);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EARLY_STOPPING_MIN_DELTA);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__RESTORE_BEST);

		analysisSpecEClass = createEClass(ANALYSIS_SPEC);
		createEAttribute(analysisSpecEClass, ANALYSIS_SPEC__NAME);
		createEAttribute(analysisSpecEClass, ANALYSIS_SPEC__ENABLED);

		surfaceAnalysisEClass = createEClass(SURFACE_ANALYSIS);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__DIMENSIONS);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__DIRECTION_KIND);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__RESOLUTION);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__XMIN);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__XMAX);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__YMIN);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__YMAX);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__INCLUDE_BIASES);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__DATA_SPLIT);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__BATCH_NORM_MODE);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__CURVATURE_RESOLUTION);
		createEAttribute(surfaceAnalysisEClass, SURFACE_ANALYSIS__CURVATURE_STEPS);

		hessianAnalysisEClass = createEClass(HESSIAN_ANALYSIS);
		createEAttribute(hessianAnalysisEClass, HESSIAN_ANALYSIS__TOP_K);
		createEAttribute(hessianAnalysisEClass, HESSIAN_ANALYSIS__BOTTOM_K);
		createEAttribute(hessianAnalysisEClass, HESSIAN_ANALYSIS__METHOD);

		traceAnalysisEClass = createEClass(TRACE_ANALYSIS);
		createEAttribute(traceAnalysisEClass, TRACE_ANALYSIS__PROBES);

		spectralDensityAnalysisEClass = createEClass(SPECTRAL_DENSITY_ANALYSIS);
		createEAttribute(spectralDensityAnalysisEClass, SPECTRAL_DENSITY_ANALYSIS__PROBES);
		createEAttribute(spectralDensityAnalysisEClass, SPECTRAL_DENSITY_ANALYSIS__LANCZOS_STEPS);
		createEAttribute(spectralDensityAnalysisEClass, SPECTRAL_DENSITY_ANALYSIS__SIGMA);

		sharpnessAnalysisEClass = createEClass(SHARPNESS_ANALYSIS);
		createEAttribute(sharpnessAnalysisEClass, SHARPNESS_ANALYSIS__DEFINITION);
		createEAttribute(sharpnessAnalysisEClass, SHARPNESS_ANALYSIS__EPSILON);
		createEAttribute(sharpnessAnalysisEClass, SHARPNESS_ANALYSIS__SAMPLES);

		trajectoryPcaAnalysisEClass = createEClass(TRAJECTORY_PCA_ANALYSIS);

		modeConnectivityAnalysisEClass = createEClass(MODE_CONNECTIVITY_ANALYSIS);
		createEAttribute(modeConnectivityAnalysisEClass, MODE_CONNECTIVITY_ANALYSIS__OTHER_RUN_ID);
		createEAttribute(modeConnectivityAnalysisEClass, MODE_CONNECTIVITY_ANALYSIS__BEZIER);
		createEAttribute(modeConnectivityAnalysisEClass, MODE_CONNECTIVITY_ANALYSIS__ALIGN_PERMUTATIONS);
		createEAttribute(modeConnectivityAnalysisEClass, MODE_CONNECTIVITY_ANALYSIS__POINTS);

		edgeOfStabilityAnalysisEClass = createEClass(EDGE_OF_STABILITY_ANALYSIS);
		createEAttribute(edgeOfStabilityAnalysisEClass, EDGE_OF_STABILITY_ANALYSIS__EVERY);

		runEClass = createEClass(RUN);
		createEAttribute(runEClass, RUN__ID);
		createEAttribute(runEClass, RUN__VARIANT);
		createEAttribute(runEClass, RUN__STATUS);
		createEAttribute(runEClass, RUN__START_TIME);
		createEAttribute(runEClass, RUN__END_TIME);
		createEAttribute(runEClass, RUN__MESSAGE);
		createEReference(runEClass, RUN__CONFIGURATION);
		createEReference(runEClass, RUN__METRICS);
		createEReference(runEClass, RUN__RESULTS);
		createEAttribute(runEClass, RUN__BACKEND);
		createEAttribute(runEClass, RUN__ENGINE_VERSION);
		createEAttribute(runEClass, RUN__JVM);
		createEAttribute(runEClass, RUN__THREADS);
		createEAttribute(runEClass, RUN__DATA_DIGESTS);

		configurationSnapshotEClass = createEClass(CONFIGURATION_SNAPSHOT);
		createEAttribute(configurationSnapshotEClass, CONFIGURATION_SNAPSHOT__SEED);
		createEReference(configurationSnapshotEClass, CONFIGURATION_SNAPSHOT__DATASET);
		createEReference(configurationSnapshotEClass, CONFIGURATION_SNAPSHOT__NETWORK);
		createEReference(configurationSnapshotEClass, CONFIGURATION_SNAPSHOT__OPTIMIZER);
		createEReference(configurationSnapshotEClass, CONFIGURATION_SNAPSHOT__TRAINING);
		createEReference(configurationSnapshotEClass, CONFIGURATION_SNAPSHOT__ANALYSES);

		metricEClass = createEClass(METRIC);
		createEAttribute(metricEClass, METRIC__NAME);
		createEAttribute(metricEClass, METRIC__VALUE);
		createEAttribute(metricEClass, METRIC__STEP);

		resultRefEClass = createEClass(RESULT_REF);
		createEAttribute(resultRefEClass, RESULT_REF__KIND);
		createEAttribute(resultRefEClass, RESULT_REF__URI);
		createEAttribute(resultRefEClass, RESULT_REF__DESCRIPTION);
		createEReference(resultRefEClass, RESULT_REF__METADATA);

		metadataEntryEClass = createEClass(METADATA_ENTRY);
		createEAttribute(metadataEntryEClass, METADATA_ENTRY__KEY);
		createEAttribute(metadataEntryEClass, METADATA_ENTRY__TYPE);
		createEAttribute(metadataEntryEClass, METADATA_ENTRY__VALUES);

		comparisonEClass = createEClass(COMPARISON);
		createEAttribute(comparisonEClass, COMPARISON__NAME);
		createEReference(comparisonEClass, COMPARISON__RUNS);

		// Create enums
		datasetKindEEnum = createEEnum(DATASET_KIND);
		lossKindEEnum = createEEnum(LOSS_KIND);
		initializerKindEEnum = createEEnum(INITIALIZER_KIND);
		parameterizationEEnum = createEEnum(PARAMETERIZATION);
		scheduleKindEEnum = createEEnum(SCHEDULE_KIND);
		directionKindEEnum = createEEnum(DIRECTION_KIND);
		dataSplitEEnum = createEEnum(DATA_SPLIT);
		batchNormModeEEnum = createEEnum(BATCH_NORM_MODE);
		hessianMethodEEnum = createEEnum(HESSIAN_METHOD);
		sharpnessDefinitionEEnum = createEEnum(SHARPNESS_DEFINITION);
		runStatusEEnum = createEEnum(RUN_STATUS);
		metadataTypeEEnum = createEEnum(METADATA_TYPE);

		// Create data types
		runIdEDataType = createEDataType(RUN_ID);
		resultKindEDataType = createEDataType(RESULT_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		surfaceAnalysisEClass.getESuperTypes().add(this.getAnalysisSpec());
		hessianAnalysisEClass.getESuperTypes().add(this.getAnalysisSpec());
		traceAnalysisEClass.getESuperTypes().add(this.getAnalysisSpec());
		spectralDensityAnalysisEClass.getESuperTypes().add(this.getAnalysisSpec());
		sharpnessAnalysisEClass.getESuperTypes().add(this.getAnalysisSpec());
		trajectoryPcaAnalysisEClass.getESuperTypes().add(this.getAnalysisSpec());
		modeConnectivityAnalysisEClass.getESuperTypes().add(this.getAnalysisSpec());
		edgeOfStabilityAnalysisEClass.getESuperTypes().add(this.getAnalysisSpec());

		// Initialize classes, features, and operations; add parameters
		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", "0", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Dataset(), this.getDatasetSpec(), null, "dataset", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Network(), this.getNetworkSpec(), null, "network", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Optimizer(), this.getOptimizerSpec(), null, "optimizer", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Training(), this.getTrainingSpec(), null, "training", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Analyses(), this.getAnalysisSpec(), null, "analyses", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Runs(), this.getRun(), null, "runs", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Comparisons(), this.getComparison(), null, "comparisons", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Variants(), this.getVariant(), null, "variants", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_VariantAxis(), ecorePackage.getEString(), "variantAxis", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(variantEClass, Variant.class, "Variant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVariant_Name(), ecorePackage.getEString(), "name", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariant_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVariant_Settings(), this.getParameter(), null, "settings", null, 0, -1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVariant_Dataset(), this.getDatasetSpec(), null, "dataset", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVariant_Network(), this.getNetworkSpec(), null, "network", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVariant_Optimizer(), this.getOptimizerSpec(), null, "optimizer", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVariant_Training(), this.getTrainingSpec(), null, "training", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Key(), ecorePackage.getEString(), "key", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetSpecEClass, DatasetSpec.class, "DatasetSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatasetSpec_Kind(), this.getDatasetKind(), "kind", "TWO_SPIRALS", 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatasetSpec_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_File(), ecorePackage.getEString(), "file", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_LabelsFile(), ecorePackage.getEString(), "labelsFile", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_ValidationFraction(), ecorePackage.getEDouble(), "validationFraction", "0.2", 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_Seed(), ecorePackage.getELong(), "seed", "0", 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkSpecEClass, NetworkSpec.class, "NetworkSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNetworkSpec_InputSize(), ecorePackage.getEInt(), "inputSize", "0", 0, 1, NetworkSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkSpec_Layers(), this.getLayerSpec(), null, "layers", null, 0, -1, NetworkSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkSpec_Loss(), this.getLossKind(), "loss", "CROSS_ENTROPY", 0, 1, NetworkSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkSpec_LabelSmoothing(), ecorePackage.getEDouble(), "labelSmoothing", "0.0", 0, 1, NetworkSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkSpec_Initializer(), this.getInitializerKind(), "initializer", "PYTORCH_DEFAULT", 0, 1, NetworkSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkSpec_InitSigma(), ecorePackage.getEDouble(), "initSigma", "0.01", 0, 1, NetworkSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkSpec_Source(), this.getModelSource(), null, "source", null, 0, 1, NetworkSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNetworkSpec_Parameterization(), this.getParameterization(), "parameterization", "STANDARD", 0, 1, NetworkSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modelSourceEClass, ModelSource.class, "ModelSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelSource_File(), ecorePackage.getEString(), "file", null, 0, 1, ModelSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSource_ModuleOffset(), ecorePackage.getEInt(), "moduleOffset", null, 0, 1, ModelSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSource_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, ModelSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSource_Checkpoints(), ecorePackage.getEString(), "checkpoints", null, 0, -1, ModelSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSource_OtherModels(), ecorePackage.getEString(), "otherModels", null, 0, -1, ModelSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSource_Digests(), ecorePackage.getEString(), "digests", null, 0, -1, ModelSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerSpecEClass, LayerSpec.class, "LayerSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayerSpec_Kind(), ecorePackage.getEString(), "kind", "DENSE", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Units(), ecorePackage.getEInt(), "units", "0", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_InputSize(), ecorePackage.getEInt(), "inputSize", "0", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Vocabulary(), ecorePackage.getEInt(), "vocabulary", "0", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Dim(), ecorePackage.getEInt(), "dim", "0", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Tokens(), ecorePackage.getEInt(), "tokens", "1", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Rate(), ecorePackage.getEDouble(), "rate", "0.5", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Eps(), ecorePackage.getEDouble(), "eps", "1.0E-5", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Momentum(), ecorePackage.getEDouble(), "momentum", "0.1", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Affine(), ecorePackage.getEBoolean(), "affine", "true", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerSpec_Slope(), ecorePackage.getEDouble(), "slope", "0.01", 0, 1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayerSpec_Children(), this.getLayerSpec(), null, "children", null, 0, -1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayerSpec_Settings(), this.getParameter(), null, "settings", null, 0, -1, LayerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(optimizerSpecEClass, OptimizerSpec.class, "OptimizerSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOptimizerSpec_OptimizerId(), ecorePackage.getEString(), "optimizerId", "sgd", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOptimizerSpec_HyperParameters(), this.getParameter(), null, "hyperParameters", null, 0, -1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOptimizerSpec_Schedule(), this.getScheduleSpec(), null, "schedule", null, 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_ClipNorm(), ecorePackage.getEDouble(), "clipNorm", "0.0", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleSpecEClass, ScheduleSpec.class, "ScheduleSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScheduleSpec_Kind(), this.getScheduleKind(), "kind", "CONSTANT", 0, 1, ScheduleSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleSpec_WarmupSteps(), ecorePackage.getELong(), "warmupSteps", "0", 0, 1, ScheduleSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleSpec_Gamma(), ecorePackage.getEDouble(), "gamma", "0.1", 0, 1, ScheduleSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleSpec_StepEvery(), ecorePackage.getELong(), "stepEvery", "1000", 0, 1, ScheduleSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduleSpec_MinRate(), ecorePackage.getEDouble(), "minRate", "0.0", 0, 1, ScheduleSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSpecEClass, TrainingSpec.class, "TrainingSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSpec_Steps(), ecorePackage.getELong(), "steps", "1000", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_Epochs(), ecorePackage.getELong(), "epochs", "0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_BatchSize(), ecorePackage.getEInt(), "batchSize", "0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_EvaluateEvery(), ecorePackage.getEInt(), "evaluateEvery", "100", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_CheckpointEvery(), ecorePackage.getEInt(), "checkpointEvery", "0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_EarlyStoppingPatience(), ecorePackage.getEInt(), "earlyStoppingPatience", "0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_EarlyStoppingMinDelta(), ecorePackage.getEDouble(), "earlyStoppingMinDelta", "0.0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_RestoreBest(), ecorePackage.getEBoolean(), "restoreBest", "false", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisSpecEClass, AnalysisSpec.class, "AnalysisSpec", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnalysisSpec_Name(), ecorePackage.getEString(), "name", null, 0, 1, AnalysisSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSpec_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, AnalysisSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surfaceAnalysisEClass, SurfaceAnalysis.class, "SurfaceAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSurfaceAnalysis_Dimensions(), ecorePackage.getEInt(), "dimensions", "2", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_DirectionKind(), this.getDirectionKind(), "directionKind", "FILTER_NORMALISED", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_Resolution(), ecorePackage.getEInt(), "resolution", "51", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_XMin(), ecorePackage.getEDouble(), "xMin", "-1.0", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_XMax(), ecorePackage.getEDouble(), "xMax", "1.0", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_YMin(), ecorePackage.getEDouble(), "yMin", "-1.0", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_YMax(), ecorePackage.getEDouble(), "yMax", "1.0", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_IncludeBiases(), ecorePackage.getEBoolean(), "includeBiases", "false", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_DataSplit(), this.getDataSplit(), "dataSplit", "TRAIN", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_BatchNormMode(), this.getBatchNormMode(), "batchNormMode", "KEEP", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_CurvatureResolution(), ecorePackage.getEInt(), "curvatureResolution", "0", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurfaceAnalysis_CurvatureSteps(), ecorePackage.getEInt(), "curvatureSteps", "20", 0, 1, SurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hessianAnalysisEClass, HessianAnalysis.class, "HessianAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHessianAnalysis_TopK(), ecorePackage.getEInt(), "topK", "10", 0, 1, HessianAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHessianAnalysis_BottomK(), ecorePackage.getEInt(), "bottomK", "0", 0, 1, HessianAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHessianAnalysis_Method(), this.getHessianMethod(), "method", "LANCZOS", 0, 1, HessianAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceAnalysisEClass, TraceAnalysis.class, "TraceAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraceAnalysis_Probes(), ecorePackage.getEInt(), "probes", "100", 0, 1, TraceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spectralDensityAnalysisEClass, SpectralDensityAnalysis.class, "SpectralDensityAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpectralDensityAnalysis_Probes(), ecorePackage.getEInt(), "probes", "10", 0, 1, SpectralDensityAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpectralDensityAnalysis_LanczosSteps(), ecorePackage.getEInt(), "lanczosSteps", "90", 0, 1, SpectralDensityAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpectralDensityAnalysis_Sigma(), ecorePackage.getEDouble(), "sigma", "0.01", 0, 1, SpectralDensityAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sharpnessAnalysisEClass, SharpnessAnalysis.class, "SharpnessAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSharpnessAnalysis_Definition(), this.getSharpnessDefinition(), "definition", "LAMBDA_MAX", 0, 1, SharpnessAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharpnessAnalysis_Epsilon(), ecorePackage.getEDouble(), "epsilon", "0.001", 0, 1, SharpnessAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharpnessAnalysis_Samples(), ecorePackage.getEInt(), "samples", "100", 0, 1, SharpnessAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trajectoryPcaAnalysisEClass, TrajectoryPcaAnalysis.class, "TrajectoryPcaAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(modeConnectivityAnalysisEClass, ModeConnectivityAnalysis.class, "ModeConnectivityAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModeConnectivityAnalysis_OtherRunId(), ecorePackage.getEString(), "otherRunId", null, 0, 1, ModeConnectivityAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModeConnectivityAnalysis_Bezier(), ecorePackage.getEBoolean(), "bezier", "true", 0, 1, ModeConnectivityAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModeConnectivityAnalysis_AlignPermutations(), ecorePackage.getEBoolean(), "alignPermutations", "false", 0, 1, ModeConnectivityAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModeConnectivityAnalysis_Points(), ecorePackage.getEInt(), "points", "21", 0, 1, ModeConnectivityAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeOfStabilityAnalysisEClass, EdgeOfStabilityAnalysis.class, "EdgeOfStabilityAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEdgeOfStabilityAnalysis_Every(), ecorePackage.getEInt(), "every", "10", 0, 1, EdgeOfStabilityAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runEClass, Run.class, "Run", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRun_Id(), this.getRunId(), "id", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Variant(), ecorePackage.getEString(), "variant", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Status(), this.getRunStatus(), "status", "PLANNED", 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_StartTime(), ecorePackage.getEDate(), "startTime", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_EndTime(), ecorePackage.getEDate(), "endTime", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Message(), ecorePackage.getEString(), "message", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Configuration(), this.getConfigurationSnapshot(), null, "configuration", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Metrics(), this.getMetric(), null, "metrics", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Results(), this.getResultRef(), null, "results", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Backend(), ecorePackage.getEString(), "backend", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_EngineVersion(), ecorePackage.getEString(), "engineVersion", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Jvm(), ecorePackage.getEString(), "jvm", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Threads(), ecorePackage.getEInt(), "threads", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_DataDigests(), ecorePackage.getEString(), "dataDigests", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(configurationSnapshotEClass, ConfigurationSnapshot.class, "ConfigurationSnapshot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConfigurationSnapshot_Seed(), ecorePackage.getELong(), "seed", "0", 0, 1, ConfigurationSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConfigurationSnapshot_Dataset(), this.getDatasetSpec(), null, "dataset", null, 0, 1, ConfigurationSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConfigurationSnapshot_Network(), this.getNetworkSpec(), null, "network", null, 0, 1, ConfigurationSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConfigurationSnapshot_Optimizer(), this.getOptimizerSpec(), null, "optimizer", null, 0, 1, ConfigurationSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConfigurationSnapshot_Training(), this.getTrainingSpec(), null, "training", null, 0, 1, ConfigurationSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConfigurationSnapshot_Analyses(), this.getAnalysisSpec(), null, "analyses", null, 0, -1, ConfigurationSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricEClass, Metric.class, "Metric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetric_Name(), ecorePackage.getEString(), "name", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Step(), ecorePackage.getELong(), "step", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultRefEClass, ResultRef.class, "ResultRef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResultRef_Kind(), this.getResultKind(), "kind", "CURVES", 0, 1, ResultRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResultRef_Uri(), ecorePackage.getEString(), "uri", null, 0, 1, ResultRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResultRef_Description(), ecorePackage.getEString(), "description", null, 0, 1, ResultRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResultRef_Metadata(), this.getMetadataEntry(), null, "metadata", null, 0, -1, ResultRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metadataEntryEClass, MetadataEntry.class, "MetadataEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetadataEntry_Key(), ecorePackage.getEString(), "key", null, 0, 1, MetadataEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetadataEntry_Type(), this.getMetadataType(), "type", "TEXT", 0, 1, MetadataEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetadataEntry_Values(), ecorePackage.getEString(), "values", null, 0, -1, MetadataEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonEClass, Comparison.class, "Comparison", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparison_Name(), ecorePackage.getEString(), "name", null, 0, 1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparison_Runs(), this.getRun(), null, "runs", null, 0, -1, Comparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(datasetKindEEnum, DatasetKind.class, "DatasetKind");
		addEEnumLiteral(datasetKindEEnum, DatasetKind.MODULAR_ARITHMETIC);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.TWO_SPIRALS);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.TWO_MOONS);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.CIRCLES);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.XOR);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.GAUSSIAN_BLOBS);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.TEACHER_STUDENT);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.SINE_REGRESSION);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.RANDOM_FEATURES);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.CSV_FILE);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.NPY_FILES);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.GENERATED_IMAGES);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.IDX_FILES);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.CIFAR10_FILES);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.NPY_IMAGES);

		initEEnum(lossKindEEnum, LossKind.class, "LossKind");
		addEEnumLiteral(lossKindEEnum, LossKind.CROSS_ENTROPY);
		addEEnumLiteral(lossKindEEnum, LossKind.MSE);
		addEEnumLiteral(lossKindEEnum, LossKind.BCE);

		initEEnum(initializerKindEEnum, InitializerKind.class, "InitializerKind");
		addEEnumLiteral(initializerKindEEnum, InitializerKind.PYTORCH_DEFAULT);
		addEEnumLiteral(initializerKindEEnum, InitializerKind.KAIMING);
		addEEnumLiteral(initializerKindEEnum, InitializerKind.XAVIER);
		addEEnumLiteral(initializerKindEEnum, InitializerKind.NORMAL);
		addEEnumLiteral(initializerKindEEnum, InitializerKind.ZEROS);

		initEEnum(parameterizationEEnum, Parameterization.class, "Parameterization");
		addEEnumLiteral(parameterizationEEnum, Parameterization.STANDARD);
		addEEnumLiteral(parameterizationEEnum, Parameterization.NTK);
		addEEnumLiteral(parameterizationEEnum, Parameterization.MEAN_FIELD);

		initEEnum(scheduleKindEEnum, ScheduleKind.class, "ScheduleKind");
		addEEnumLiteral(scheduleKindEEnum, ScheduleKind.CONSTANT);
		addEEnumLiteral(scheduleKindEEnum, ScheduleKind.STEP);
		addEEnumLiteral(scheduleKindEEnum, ScheduleKind.COSINE);

		initEEnum(directionKindEEnum, DirectionKind.class, "DirectionKind");
		addEEnumLiteral(directionKindEEnum, DirectionKind.RANDOM);
		addEEnumLiteral(directionKindEEnum, DirectionKind.FILTER_NORMALISED);
		addEEnumLiteral(directionKindEEnum, DirectionKind.LAYER_NORMALISED);
		addEEnumLiteral(directionKindEEnum, DirectionKind.PCA_TRAJECTORY);
		addEEnumLiteral(directionKindEEnum, DirectionKind.INTERPOLATION);
		addEEnumLiteral(directionKindEEnum, DirectionKind.THREE_POINT_PLANE);

		initEEnum(dataSplitEEnum, DataSplit.class, "DataSplit");
		addEEnumLiteral(dataSplitEEnum, DataSplit.TRAIN);
		addEEnumLiteral(dataSplitEEnum, DataSplit.VALIDATION);
		addEEnumLiteral(dataSplitEEnum, DataSplit.BOTH);

		initEEnum(batchNormModeEEnum, BatchNormMode.class, "BatchNormMode");
		addEEnumLiteral(batchNormModeEEnum, BatchNormMode.KEEP);
		addEEnumLiteral(batchNormModeEEnum, BatchNormMode.RECOMPUTE);

		initEEnum(hessianMethodEEnum, HessianMethod.class, "HessianMethod");
		addEEnumLiteral(hessianMethodEEnum, HessianMethod.LANCZOS);
		addEEnumLiteral(hessianMethodEEnum, HessianMethod.POWER);
		addEEnumLiteral(hessianMethodEEnum, HessianMethod.DENSE);

		initEEnum(sharpnessDefinitionEEnum, SharpnessDefinition.class, "SharpnessDefinition");
		addEEnumLiteral(sharpnessDefinitionEEnum, SharpnessDefinition.LAMBDA_MAX);
		addEEnumLiteral(sharpnessDefinitionEEnum, SharpnessDefinition.TRACE);
		addEEnumLiteral(sharpnessDefinitionEEnum, SharpnessDefinition.EPSILON);
		addEEnumLiteral(sharpnessDefinitionEEnum, SharpnessDefinition.GAUSSIAN);
		addEEnumLiteral(sharpnessDefinitionEEnum, SharpnessDefinition.ADAPTIVE);

		initEEnum(runStatusEEnum, RunStatus.class, "RunStatus");
		addEEnumLiteral(runStatusEEnum, RunStatus.PLANNED);
		addEEnumLiteral(runStatusEEnum, RunStatus.RUNNING);
		addEEnumLiteral(runStatusEEnum, RunStatus.COMPLETED);
		addEEnumLiteral(runStatusEEnum, RunStatus.CANCELLED);
		addEEnumLiteral(runStatusEEnum, RunStatus.DIVERGED);
		addEEnumLiteral(runStatusEEnum, RunStatus.INTERRUPTED);
		addEEnumLiteral(runStatusEEnum, RunStatus.FAILED);

		initEEnum(metadataTypeEEnum, MetadataType.class, "MetadataType");
		addEEnumLiteral(metadataTypeEEnum, MetadataType.TEXT);
		addEEnumLiteral(metadataTypeEEnum, MetadataType.INTEGER);
		addEEnumLiteral(metadataTypeEEnum, MetadataType.REAL);
		addEEnumLiteral(metadataTypeEEnum, MetadataType.RANGE);
		addEEnumLiteral(metadataTypeEEnum, MetadataType.TEXTS);
		addEEnumLiteral(metadataTypeEEnum, MetadataType.INTEGERS);
		addEEnumLiteral(metadataTypeEEnum, MetadataType.REALS);

		// Initialize data types
		initEDataType(runIdEDataType, String.class, "RunId", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(resultKindEDataType, ResultKind.class, "ResultKind", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://losslandscape.org/ui
		createUiAnnotations();
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://losslandscape.org/ui</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createUiAnnotations() {
		String source = "http://losslandscape.org/ui";
		addAnnotation
		  (getAnalysisSpec_Name(),
		   source,
		   new String[] {
			   "label", "Name",
			   "help", "Names this analysis\'s results in the Runs view, the file and the report."
		   });
		addAnnotation
		  (getAnalysisSpec_Enabled(),
		   source,
		   new String[] {
			   "label", "Enabled",
			   "help", "Off: runs skip this analysis; it stays in the file."
		   });
		addAnnotation
		  (getSurfaceAnalysis_Dimensions(),
		   source,
		   new String[] {
			   "label", "Dimensions",
			   "help", "1: the loss along a line; 2: the loss over a plane."
		   });
		addAnnotation
		  (getSurfaceAnalysis_DirectionKind(),
		   source,
		   new String[] {
			   "label", "Directions",
			   "help", "How the axes are chosen: random, filter-normalised (Li et al. 2018), layer-normalised, the two principal components of the optimizer\'s trajectory, the line to another run\'s solution, or the plane through three models."
		   });
		addAnnotation
		  (getSurfaceAnalysis_Resolution(),
		   source,
		   new String[] {
			   "label", "Resolution",
			   "unit", "points per axis",
			   "help", "Grid points along each axis; a plane costs the square of it in loss evaluations."
		   });
		addAnnotation
		  (getSurfaceAnalysis_XMin(),
		   source,
		   new String[] {
			   "label", "\u03b1 from",
			   "unit", "\u00d7 direction",
			   "help", "Start of the first axis, in lengths of its direction vector; 0 is the trained solution."
		   });
		addAnnotation
		  (getSurfaceAnalysis_XMax(),
		   source,
		   new String[] {
			   "label", "\u03b1 to",
			   "unit", "\u00d7 direction",
			   "help", "End of the first axis, in lengths of its direction vector."
		   });
		addAnnotation
		  (getSurfaceAnalysis_YMin(),
		   source,
		   new String[] {
			   "label", "\u03b2 from",
			   "unit", "\u00d7 direction",
			   "help", "Start of the second axis (planes only), in lengths of its direction vector."
		   });
		addAnnotation
		  (getSurfaceAnalysis_YMax(),
		   source,
		   new String[] {
			   "label", "\u03b2 to",
			   "unit", "\u00d7 direction",
			   "help", "End of the second axis (planes only), in lengths of its direction vector."
		   });
		addAnnotation
		  (getSurfaceAnalysis_IncludeBiases(),
		   source,
		   new String[] {
			   "label", "Perturb biases",
			   "help", "Also move biases and normalisation parameters along random directions; off, they stay fixed, as in Li et al."
		   });
		addAnnotation
		  (getSurfaceAnalysis_DataSplit(),
		   source,
		   new String[] {
			   "label", "Data",
			   "help", "The rows the loss is evaluated on: training, validation or both (one surface each)."
		   });
		addAnnotation
		  (getSurfaceAnalysis_BatchNormMode(),
		   source,
		   new String[] {
			   "label", "Batch norm",
			   "help", "KEEP: the running statistics of training; RECOMPUTE: estimated again at every grid point from the training data."
		   });
		addAnnotation
		  (getSurfaceAnalysis_CurvatureResolution(),
		   source,
		   new String[] {
			   "label", "Curvature map",
			   "unit", "points per axis",
			   "help", "A coarse grid over the same plane where \u03bb_max and \u03bb_min of the full Hessian are computed (Li et al. 2018); 0 for none. 2D slices only."
		   });
		addAnnotation
		  (getSurfaceAnalysis_CurvatureSteps(),
		   source,
		   new String[] {
			   "label", "Curvature steps",
			   "unit", "Hessian-vector products",
			   "help", "Lanczos steps per point of the curvature map, at most."
		   });
		addAnnotation
		  (getHessianAnalysis_TopK(),
		   source,
		   new String[] {
			   "label", "Top eigenvalues",
			   "unit", "count",
			   "help", "How many of the largest eigenvalues to find."
		   });
		addAnnotation
		  (getHessianAnalysis_BottomK(),
		   source,
		   new String[] {
			   "label", "Bottom eigenvalues",
			   "unit", "count",
			   "help", "How many of the smallest (most negative) eigenvalues to find; 0 = none."
		   });
		addAnnotation
		  (getHessianAnalysis_Method(),
		   source,
		   new String[] {
			   "label", "Method",
			   "help", "LANCZOS: Hessian-vector products; POWER: power iteration; DENSE: the whole Hessian (small networks only)."
		   });
		addAnnotation
		  (getTraceAnalysis_Probes(),
		   source,
		   new String[] {
			   "label", "Probes",
			   "unit", "random vectors",
			   "help", "Hutchinson probes; the estimate\'s error falls as one over the square root of their number."
		   });
		addAnnotation
		  (getSpectralDensityAnalysis_Probes(),
		   source,
		   new String[] {
			   "label", "Probes",
			   "unit", "random vectors",
			   "help", "Starting vectors of stochastic Lanczos quadrature; their densities are averaged."
		   });
		addAnnotation
		  (getSpectralDensityAnalysis_LanczosSteps(),
		   source,
		   new String[] {
			   "label", "Lanczos steps",
			   "unit", "per probe",
			   "help", "More steps resolve finer detail of the density."
		   });
		addAnnotation
		  (getSpectralDensityAnalysis_Sigma(),
		   source,
		   new String[] {
			   "label", "Smoothing width",
			   "unit", "eigenvalue units",
			   "help", "Width of the Gaussian kernel that smooths the density."
		   });
		addAnnotation
		  (getSharpnessAnalysis_Definition(),
		   source,
		   new String[] {
			   "label", "Definition",
			   "help", "LAMBDA_MAX: the largest Hessian eigenvalue; TRACE: the Hessian\'s trace; EPSILON: the largest loss rise within radius \u03b5 (Keskar et al. 2017); GAUSSIAN: the mean loss rise under noise of width \u03b5; ADAPTIVE: adaptive sharpness of radius \u03b5."
		   });
		addAnnotation
		  (getSharpnessAnalysis_Epsilon(),
		   source,
		   new String[] {
			   "label", "Radius \u03b5",
			   "help", "Size of the neighbourhood of the EPSILON, GAUSSIAN and ADAPTIVE definitions."
		   });
		addAnnotation
		  (getSharpnessAnalysis_Samples(),
		   source,
		   new String[] {
			   "label", "Samples",
			   "help", "Probes (TRACE), ascent steps (EPSILON) or noise draws (GAUSSIAN, ADAPTIVE)."
		   });
		addAnnotation
		  (getModeConnectivityAnalysis_OtherRunId(),
		   source,
		   new String[] {
			   "label", "Other run",
			   "unit", "run id",
			   "help", "Id of the run whose solution is the other end point; empty: the latest run that differs from this one."
		   });
		addAnnotation
		  (getModeConnectivityAnalysis_Bezier(),
		   source,
		   new String[] {
			   "label", "B\u00e9zier curve",
			   "help", "Train a quadratic B\u00e9zier curve between the two solutions (Garipov et al. 2018); off: the straight line."
		   });
		addAnnotation
		  (getModeConnectivityAnalysis_AlignPermutations(),
		   source,
		   new String[] {
			   "label", "Align neurons",
			   "help", "Permute the other network\'s hidden units to match this one before connecting them."
		   });
		addAnnotation
		  (getModeConnectivityAnalysis_Points(),
		   source,
		   new String[] {
			   "label", "Points",
			   "unit", "along the path",
			   "help", "Where the loss is evaluated along the path."
		   });
		addAnnotation
		  (getEdgeOfStabilityAnalysis_Every(),
		   source,
		   new String[] {
			   "label", "Every",
			   "unit", "steps",
			   "help", "Steps between two sharpness estimates during training."
		   });
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (runIdEDataType,
		   source,
		   new String[] {
			   "baseType", "http://www.eclipse.org/emf/2003/XMLType#string",
			   "pattern", "[A-Za-z0-9][A-Za-z0-9_.\\-]*"
		   });
	}

} //LandscapePackageImpl
