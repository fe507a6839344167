/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.losslandscape.model.LandscapePackage
 * @generated
 */
public interface LandscapeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LandscapeFactory eINSTANCE = org.losslandscape.model.impl.LandscapeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Experiment</em>'.
	 * @generated
	 */
	Experiment createExperiment();

	/**
	 * Returns a new object of class '<em>Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Variant</em>'.
	 * @generated
	 */
	Variant createVariant();

	/**
	 * Returns a new object of class '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter</em>'.
	 * @generated
	 */
	Parameter createParameter();

	/**
	 * Returns a new object of class '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dataset Spec</em>'.
	 * @generated
	 */
	DatasetSpec createDatasetSpec();

	/**
	 * Returns a new object of class '<em>Network Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Spec</em>'.
	 * @generated
	 */
	NetworkSpec createNetworkSpec();

	/**
	 * Returns a new object of class '<em>Model Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Model Source</em>'.
	 * @generated
	 */
	ModelSource createModelSource();

	/**
	 * Returns a new object of class '<em>Layer Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layer Spec</em>'.
	 * @generated
	 */
	LayerSpec createLayerSpec();

	/**
	 * Returns a new object of class '<em>Optimizer Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Optimizer Spec</em>'.
	 * @generated
	 */
	OptimizerSpec createOptimizerSpec();

	/**
	 * Returns a new object of class '<em>Schedule Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Schedule Spec</em>'.
	 * @generated
	 */
	ScheduleSpec createScheduleSpec();

	/**
	 * Returns a new object of class '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Spec</em>'.
	 * @generated
	 */
	TrainingSpec createTrainingSpec();

	/**
	 * Returns a new object of class '<em>Surface Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Surface Analysis</em>'.
	 * @generated
	 */
	SurfaceAnalysis createSurfaceAnalysis();

	/**
	 * Returns a new object of class '<em>Hessian Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hessian Analysis</em>'.
	 * @generated
	 */
	HessianAnalysis createHessianAnalysis();

	/**
	 * Returns a new object of class '<em>Trace Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trace Analysis</em>'.
	 * @generated
	 */
	TraceAnalysis createTraceAnalysis();

	/**
	 * Returns a new object of class '<em>Spectral Density Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spectral Density Analysis</em>'.
	 * @generated
	 */
	SpectralDensityAnalysis createSpectralDensityAnalysis();

	/**
	 * Returns a new object of class '<em>Sharpness Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sharpness Analysis</em>'.
	 * @generated
	 */
	SharpnessAnalysis createSharpnessAnalysis();

	/**
	 * Returns a new object of class '<em>Trajectory Pca Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trajectory Pca Analysis</em>'.
	 * @generated
	 */
	TrajectoryPcaAnalysis createTrajectoryPcaAnalysis();

	/**
	 * Returns a new object of class '<em>Mode Connectivity Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mode Connectivity Analysis</em>'.
	 * @generated
	 */
	ModeConnectivityAnalysis createModeConnectivityAnalysis();

	/**
	 * Returns a new object of class '<em>Edge Of Stability Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Of Stability Analysis</em>'.
	 * @generated
	 */
	EdgeOfStabilityAnalysis createEdgeOfStabilityAnalysis();

	/**
	 * Returns a new object of class '<em>Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run</em>'.
	 * @generated
	 */
	Run createRun();

	/**
	 * Returns a new object of class '<em>Configuration Snapshot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Configuration Snapshot</em>'.
	 * @generated
	 */
	ConfigurationSnapshot createConfigurationSnapshot();

	/**
	 * Returns a new object of class '<em>Metric</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric</em>'.
	 * @generated
	 */
	Metric createMetric();

	/**
	 * Returns a new object of class '<em>Result Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Result Ref</em>'.
	 * @generated
	 */
	ResultRef createResultRef();

	/**
	 * Returns a new object of class '<em>Metadata Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metadata Entry</em>'.
	 * @generated
	 */
	MetadataEntry createMetadataEntry();

	/**
	 * Returns a new object of class '<em>Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Comparison</em>'.
	 * @generated
	 */
	Comparison createComparison();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	LandscapePackage getLandscapePackage();

} //LandscapeFactory
