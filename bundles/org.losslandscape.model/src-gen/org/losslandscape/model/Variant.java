/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The experiment with some parts replaced (dataset, network, optimizer, training) and then some settings changed by path, e.g. 'training.batchSize' = 16 or 'dataset.parameters.features' = 200.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.Variant#getName <em>Name</em>}</li>
 *   <li>{@link org.losslandscape.model.Variant#getValue <em>Value</em>}</li>
 *   <li>{@link org.losslandscape.model.Variant#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.losslandscape.model.Variant#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.losslandscape.model.Variant#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.losslandscape.model.Variant#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.losslandscape.model.Variant#getTraining <em>Training</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getVariant()
 * @model
 * @generated
 */
public interface Variant extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.losslandscape.model.LandscapePackage#getVariant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Variant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position of the variant on the experiment's variant axis; unset for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #setValue(double)
	 * @see org.losslandscape.model.LandscapePackage#getVariant_Value()
	 * @model unsettable="true"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Variant#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Unsets the value of the '{@link org.losslandscape.model.Variant#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValue()
	 * @see #getValue()
	 * @see #setValue(double)
	 * @generated
	 */
	void unsetValue();

	/**
	 * Returns whether the value of the '{@link org.losslandscape.model.Variant#getValue <em>Value</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Value</em>' attribute is set.
	 * @see #unsetValue()
	 * @see #getValue()
	 * @see #setValue(double)
	 * @generated
	 */
	boolean isSetValue();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Changes applied after the replacements: key is a path of feature names, list indices and parameter keys, value the new value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getVariant_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getSettings();

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(DatasetSpec)
	 * @see org.losslandscape.model.LandscapePackage#getVariant_Dataset()
	 * @model containment="true"
	 * @generated
	 */
	DatasetSpec getDataset();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Variant#getDataset <em>Dataset</em>}' containment reference.
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
	 * @see org.losslandscape.model.LandscapePackage#getVariant_Network()
	 * @model containment="true"
	 * @generated
	 */
	NetworkSpec getNetwork();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Variant#getNetwork <em>Network</em>}' containment reference.
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
	 * @see org.losslandscape.model.LandscapePackage#getVariant_Optimizer()
	 * @model containment="true"
	 * @generated
	 */
	OptimizerSpec getOptimizer();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Variant#getOptimizer <em>Optimizer</em>}' containment reference.
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
	 * @see org.losslandscape.model.LandscapePackage#getVariant_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSpec getTraining();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Variant#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSpec value);

} // Variant
