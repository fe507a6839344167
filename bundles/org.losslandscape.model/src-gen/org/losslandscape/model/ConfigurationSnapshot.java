/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Configuration Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a run was started with: copies (EcoreUtil.copy) of the experiment's specifications at that time, so that later edits of the experiment do not change the record. Runs and comparisons are not part of it (no recursion).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.ConfigurationSnapshot#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.losslandscape.model.ConfigurationSnapshot#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.losslandscape.model.ConfigurationSnapshot#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.losslandscape.model.ConfigurationSnapshot#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.losslandscape.model.ConfigurationSnapshot#getTraining <em>Training</em>}</li>
 *   <li>{@link org.losslandscape.model.ConfigurationSnapshot#getAnalyses <em>Analyses</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getConfigurationSnapshot()
 * @model
 * @generated
 */
public interface ConfigurationSnapshot extends EObject {
	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.losslandscape.model.LandscapePackage#getConfigurationSnapshot_Seed()
	 * @model default="0"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ConfigurationSnapshot#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(DatasetSpec)
	 * @see org.losslandscape.model.LandscapePackage#getConfigurationSnapshot_Dataset()
	 * @model containment="true"
	 * @generated
	 */
	DatasetSpec getDataset();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ConfigurationSnapshot#getDataset <em>Dataset</em>}' containment reference.
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
	 * @see org.losslandscape.model.LandscapePackage#getConfigurationSnapshot_Network()
	 * @model containment="true"
	 * @generated
	 */
	NetworkSpec getNetwork();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ConfigurationSnapshot#getNetwork <em>Network</em>}' containment reference.
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
	 * @see org.losslandscape.model.LandscapePackage#getConfigurationSnapshot_Optimizer()
	 * @model containment="true"
	 * @generated
	 */
	OptimizerSpec getOptimizer();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ConfigurationSnapshot#getOptimizer <em>Optimizer</em>}' containment reference.
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
	 * @see org.losslandscape.model.LandscapePackage#getConfigurationSnapshot_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSpec getTraining();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ConfigurationSnapshot#getTraining <em>Training</em>}' containment reference.
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
	 * @see org.losslandscape.model.LandscapePackage#getConfigurationSnapshot_Analyses()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalysisSpec> getAnalyses();

} // ConfigurationSnapshot
