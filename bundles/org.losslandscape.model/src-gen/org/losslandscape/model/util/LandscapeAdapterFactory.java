/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.losslandscape.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage
 * @generated
 */
public class LandscapeAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static LandscapePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = LandscapePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LandscapeSwitch<Adapter> modelSwitch =
		new LandscapeSwitch<Adapter>() {
			@Override
			public Adapter caseExperiment(Experiment object) {
				return createExperimentAdapter();
			}
			@Override
			public Adapter caseVariant(Variant object) {
				return createVariantAdapter();
			}
			@Override
			public Adapter caseParameter(Parameter object) {
				return createParameterAdapter();
			}
			@Override
			public Adapter caseDatasetSpec(DatasetSpec object) {
				return createDatasetSpecAdapter();
			}
			@Override
			public Adapter caseNetworkSpec(NetworkSpec object) {
				return createNetworkSpecAdapter();
			}
			@Override
			public Adapter caseModelSource(ModelSource object) {
				return createModelSourceAdapter();
			}
			@Override
			public Adapter caseLayerSpec(LayerSpec object) {
				return createLayerSpecAdapter();
			}
			@Override
			public Adapter caseOptimizerSpec(OptimizerSpec object) {
				return createOptimizerSpecAdapter();
			}
			@Override
			public Adapter caseScheduleSpec(ScheduleSpec object) {
				return createScheduleSpecAdapter();
			}
			@Override
			public Adapter caseTrainingSpec(TrainingSpec object) {
				return createTrainingSpecAdapter();
			}
			@Override
			public Adapter caseAnalysisSpec(AnalysisSpec object) {
				return createAnalysisSpecAdapter();
			}
			@Override
			public Adapter caseSurfaceAnalysis(SurfaceAnalysis object) {
				return createSurfaceAnalysisAdapter();
			}
			@Override
			public Adapter caseHessianAnalysis(HessianAnalysis object) {
				return createHessianAnalysisAdapter();
			}
			@Override
			public Adapter caseTraceAnalysis(TraceAnalysis object) {
				return createTraceAnalysisAdapter();
			}
			@Override
			public Adapter caseSpectralDensityAnalysis(SpectralDensityAnalysis object) {
				return createSpectralDensityAnalysisAdapter();
			}
			@Override
			public Adapter caseSharpnessAnalysis(SharpnessAnalysis object) {
				return createSharpnessAnalysisAdapter();
			}
			@Override
			public Adapter caseTrajectoryPcaAnalysis(TrajectoryPcaAnalysis object) {
				return createTrajectoryPcaAnalysisAdapter();
			}
			@Override
			public Adapter caseModeConnectivityAnalysis(ModeConnectivityAnalysis object) {
				return createModeConnectivityAnalysisAdapter();
			}
			@Override
			public Adapter caseEdgeOfStabilityAnalysis(EdgeOfStabilityAnalysis object) {
				return createEdgeOfStabilityAnalysisAdapter();
			}
			@Override
			public Adapter caseRun(Run object) {
				return createRunAdapter();
			}
			@Override
			public Adapter caseConfigurationSnapshot(ConfigurationSnapshot object) {
				return createConfigurationSnapshotAdapter();
			}
			@Override
			public Adapter caseMetric(Metric object) {
				return createMetricAdapter();
			}
			@Override
			public Adapter caseResultRef(ResultRef object) {
				return createResultRefAdapter();
			}
			@Override
			public Adapter caseMetadataEntry(MetadataEntry object) {
				return createMetadataEntryAdapter();
			}
			@Override
			public Adapter caseComparison(Comparison object) {
				return createComparisonAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.Experiment
	 * @generated
	 */
	public Adapter createExperimentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.Variant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.Variant
	 * @generated
	 */
	public Adapter createVariantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.Parameter
	 * @generated
	 */
	public Adapter createParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.DatasetSpec <em>Dataset Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.DatasetSpec
	 * @generated
	 */
	public Adapter createDatasetSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.NetworkSpec <em>Network Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.NetworkSpec
	 * @generated
	 */
	public Adapter createNetworkSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.ModelSource <em>Model Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.ModelSource
	 * @generated
	 */
	public Adapter createModelSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.LayerSpec <em>Layer Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.LayerSpec
	 * @generated
	 */
	public Adapter createLayerSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.OptimizerSpec <em>Optimizer Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.OptimizerSpec
	 * @generated
	 */
	public Adapter createOptimizerSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.ScheduleSpec <em>Schedule Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.ScheduleSpec
	 * @generated
	 */
	public Adapter createScheduleSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.TrainingSpec
	 * @generated
	 */
	public Adapter createTrainingSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.AnalysisSpec <em>Analysis Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.AnalysisSpec
	 * @generated
	 */
	public Adapter createAnalysisSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.SurfaceAnalysis <em>Surface Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.SurfaceAnalysis
	 * @generated
	 */
	public Adapter createSurfaceAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.HessianAnalysis <em>Hessian Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.HessianAnalysis
	 * @generated
	 */
	public Adapter createHessianAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.TraceAnalysis <em>Trace Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.TraceAnalysis
	 * @generated
	 */
	public Adapter createTraceAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.SpectralDensityAnalysis <em>Spectral Density Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.SpectralDensityAnalysis
	 * @generated
	 */
	public Adapter createSpectralDensityAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.SharpnessAnalysis <em>Sharpness Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.SharpnessAnalysis
	 * @generated
	 */
	public Adapter createSharpnessAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.TrajectoryPcaAnalysis <em>Trajectory Pca Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.TrajectoryPcaAnalysis
	 * @generated
	 */
	public Adapter createTrajectoryPcaAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.ModeConnectivityAnalysis <em>Mode Connectivity Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.ModeConnectivityAnalysis
	 * @generated
	 */
	public Adapter createModeConnectivityAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.EdgeOfStabilityAnalysis <em>Edge Of Stability Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.EdgeOfStabilityAnalysis
	 * @generated
	 */
	public Adapter createEdgeOfStabilityAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.Run
	 * @generated
	 */
	public Adapter createRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.ConfigurationSnapshot <em>Configuration Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.ConfigurationSnapshot
	 * @generated
	 */
	public Adapter createConfigurationSnapshotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.Metric
	 * @generated
	 */
	public Adapter createMetricAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.ResultRef <em>Result Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.ResultRef
	 * @generated
	 */
	public Adapter createResultRefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.MetadataEntry <em>Metadata Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.MetadataEntry
	 * @generated
	 */
	public Adapter createMetadataEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.Comparison
	 * @generated
	 */
	public Adapter createComparisonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //LandscapeAdapterFactory
