/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .landscape file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getTags <em>Tags</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getTraining <em>Training</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getAnalyses <em>Analyses</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getVariants <em>Variants</em>}</li>
 *   <li>{@link org.losslandscape.model.Experiment#getVariantAxis <em>Variant Axis</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Seed()
	 * @model default="0"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(DatasetSpec)
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Dataset()
	 * @model containment="true"
	 * @generated
	 */
	DatasetSpec getDataset();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Experiment#getDataset <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' containment reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(DatasetSpec value);

	/**
	 * Returns the value of the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' containment reference.
	 * @see #setNetwork(NetworkSpec)
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Network()
	 * @model containment="true"
	 * @generated
	 */
	NetworkSpec getNetwork();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Experiment#getNetwork <em>Network</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' containment reference.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(NetworkSpec value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimizer</em>' containment reference.
	 * @see #setOptimizer(OptimizerSpec)
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Optimizer()
	 * @model containment="true"
	 * @generated
	 */
	OptimizerSpec getOptimizer();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Experiment#getOptimizer <em>Optimizer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' containment reference.
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(OptimizerSpec value);

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSpec)
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSpec getTraining();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Experiment#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSpec value);

	/**
	 * Returns the value of the '<em><b>Analyses</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.AnalysisSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analyses</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Analyses()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalysisSpec> getAnalyses();

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.Run}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Run> getRuns();

	/**
	 * Returns the value of the '<em><b>Comparisons</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.Comparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparisons</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Comparisons()
	 * @model containment="true"
	 * @generated
	 */
	EList<Comparison> getComparisons();

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.Variant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named variations of the experiment; when there are any, a run of the experiment runs each of them once and the report compares them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_Variants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variant> getVariants();

	/**
	 * Returns the value of the '<em><b>Variant Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label of the variants' values (e.g. 'random features'); the report plots metrics against it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variant Axis</em>' attribute.
	 * @see #setVariantAxis(String)
	 * @see org.losslandscape.model.LandscapePackage#getExperiment_VariantAxis()
	 * @model
	 * @generated
	 */
	String getVariantAxis();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Experiment#getVariantAxis <em>Variant Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant Axis</em>' attribute.
	 * @see #getVariantAxis()
	 * @generated
	 */
	void setVariantAxis(String value);

} // Experiment
