/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.losslandscape.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage
 * @generated
 */
public class LandscapeSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static LandscapePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeSwitch() {
		if (modelPackage == null) {
			modelPackage = LandscapePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case LandscapePackage.EXPERIMENT: {
				Experiment experiment = (Experiment)theEObject;
				T result = caseExperiment(experiment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.VARIANT: {
				Variant variant = (Variant)theEObject;
				T result = caseVariant(variant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.PARAMETER: {
				Parameter parameter = (Parameter)theEObject;
				T result = caseParameter(parameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.DATASET_SPEC: {
				DatasetSpec datasetSpec = (DatasetSpec)theEObject;
				T result = caseDatasetSpec(datasetSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.NETWORK_SPEC: {
				NetworkSpec networkSpec = (NetworkSpec)theEObject;
				T result = caseNetworkSpec(networkSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.MODEL_SOURCE: {
				ModelSource modelSource = (ModelSource)theEObject;
				T result = caseModelSource(modelSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.LAYER_SPEC: {
				LayerSpec layerSpec = (LayerSpec)theEObject;
				T result = caseLayerSpec(layerSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.OPTIMIZER_SPEC: {
				OptimizerSpec optimizerSpec = (OptimizerSpec)theEObject;
				T result = caseOptimizerSpec(optimizerSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.SCHEDULE_SPEC: {
				ScheduleSpec scheduleSpec = (ScheduleSpec)theEObject;
				T result = caseScheduleSpec(scheduleSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TRAINING_SPEC: {
				TrainingSpec trainingSpec = (TrainingSpec)theEObject;
				T result = caseTrainingSpec(trainingSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.ANALYSIS_SPEC: {
				AnalysisSpec analysisSpec = (AnalysisSpec)theEObject;
				T result = caseAnalysisSpec(analysisSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.SURFACE_ANALYSIS: {
				SurfaceAnalysis surfaceAnalysis = (SurfaceAnalysis)theEObject;
				T result = caseSurfaceAnalysis(surfaceAnalysis);
				if (result == null) result = caseAnalysisSpec(surfaceAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.HESSIAN_ANALYSIS: {
				HessianAnalysis hessianAnalysis = (HessianAnalysis)theEObject;
				T result = caseHessianAnalysis(hessianAnalysis);
				if (result == null) result = caseAnalysisSpec(hessianAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TRACE_ANALYSIS: {
				TraceAnalysis traceAnalysis = (TraceAnalysis)theEObject;
				T result = caseTraceAnalysis(traceAnalysis);
				if (result == null) result = caseAnalysisSpec(traceAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS: {
				SpectralDensityAnalysis spectralDensityAnalysis = (SpectralDensityAnalysis)theEObject;
				T result = caseSpectralDensityAnalysis(spectralDensityAnalysis);
				if (result == null) result = caseAnalysisSpec(spectralDensityAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.SHARPNESS_ANALYSIS: {
				SharpnessAnalysis sharpnessAnalysis = (SharpnessAnalysis)theEObject;
				T result = caseSharpnessAnalysis(sharpnessAnalysis);
				if (result == null) result = caseAnalysisSpec(sharpnessAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TRAJECTORY_PCA_ANALYSIS: {
				TrajectoryPcaAnalysis trajectoryPcaAnalysis = (TrajectoryPcaAnalysis)theEObject;
				T result = caseTrajectoryPcaAnalysis(trajectoryPcaAnalysis);
				if (result == null) result = caseAnalysisSpec(trajectoryPcaAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS: {
				ModeConnectivityAnalysis modeConnectivityAnalysis = (ModeConnectivityAnalysis)theEObject;
				T result = caseModeConnectivityAnalysis(modeConnectivityAnalysis);
				if (result == null) result = caseAnalysisSpec(modeConnectivityAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.EDGE_OF_STABILITY_ANALYSIS: {
				EdgeOfStabilityAnalysis edgeOfStabilityAnalysis = (EdgeOfStabilityAnalysis)theEObject;
				T result = caseEdgeOfStabilityAnalysis(edgeOfStabilityAnalysis);
				if (result == null) result = caseAnalysisSpec(edgeOfStabilityAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.RUN: {
				Run run = (Run)theEObject;
				T result = caseRun(run);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.CONFIGURATION_SNAPSHOT: {
				ConfigurationSnapshot configurationSnapshot = (ConfigurationSnapshot)theEObject;
				T result = caseConfigurationSnapshot(configurationSnapshot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.METRIC: {
				Metric metric = (Metric)theEObject;
				T result = caseMetric(metric);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.RESULT_REF: {
				ResultRef resultRef = (ResultRef)theEObject;
				T result = caseResultRef(resultRef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.METADATA_ENTRY: {
				MetadataEntry metadataEntry = (MetadataEntry)theEObject;
				T result = caseMetadataEntry(metadataEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.COMPARISON: {
				Comparison comparison = (Comparison)theEObject;
				T result = caseComparison(comparison);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Experiment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExperiment(Experiment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Variant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Variant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVariant(Variant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameter(Parameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dataset Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDatasetSpec(DatasetSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkSpec(NetworkSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Model Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Model Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModelSource(ModelSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layer Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layer Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayerSpec(LayerSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Optimizer Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Optimizer Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOptimizerSpec(OptimizerSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Schedule Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Schedule Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScheduleSpec(ScheduleSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingSpec(TrainingSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Analysis Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Analysis Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnalysisSpec(AnalysisSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Surface Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Surface Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurfaceAnalysis(SurfaceAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hessian Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hessian Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHessianAnalysis(HessianAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Trace Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Trace Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTraceAnalysis(TraceAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spectral Density Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spectral Density Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpectralDensityAnalysis(SpectralDensityAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sharpness Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sharpness Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSharpnessAnalysis(SharpnessAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Trajectory Pca Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Trajectory Pca Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrajectoryPcaAnalysis(TrajectoryPcaAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mode Connectivity Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mode Connectivity Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModeConnectivityAnalysis(ModeConnectivityAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Of Stability Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Of Stability Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgeOfStabilityAnalysis(EdgeOfStabilityAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Run</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Run</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRun(Run object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Configuration Snapshot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Configuration Snapshot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConfigurationSnapshot(ConfigurationSnapshot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Metric</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Metric</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMetric(Metric object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Result Ref</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Result Ref</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResultRef(ResultRef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Metadata Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Metadata Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMetadataEntry(MetadataEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Comparison</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparison(Comparison object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //LandscapeSwitch
