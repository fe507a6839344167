/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.NetworkSpec#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link org.losslandscape.model.NetworkSpec#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.losslandscape.model.NetworkSpec#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.losslandscape.model.NetworkSpec#getLabelSmoothing <em>Label Smoothing</em>}</li>
 *   <li>{@link org.losslandscape.model.NetworkSpec#getInitializer <em>Initializer</em>}</li>
 *   <li>{@link org.losslandscape.model.NetworkSpec#getInitSigma <em>Init Sigma</em>}</li>
 *   <li>{@link org.losslandscape.model.NetworkSpec#getSource <em>Source</em>}</li>
 *   <li>{@link org.losslandscape.model.NetworkSpec#getParameterization <em>Parameterization</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec()
 * @model
 * @generated
 */
public interface NetworkSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Input Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of the input; 0 takes it from the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Size</em>' attribute.
	 * @see #setInputSize(int)
	 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec_InputSize()
	 * @model default="0"
	 * @generated
	 */
	int getInputSize();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.NetworkSpec#getInputSize <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Size</em>' attribute.
	 * @see #getInputSize()
	 * @generated
	 */
	void setInputSize(int value);

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.LayerSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayerSpec> getLayers();

	/**
	 * Returns the value of the '<em><b>Loss</b></em>' attribute.
	 * The default value is <code>"CROSS_ENTROPY"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.LossKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss</em>' attribute.
	 * @see org.losslandscape.model.LossKind
	 * @see #setLoss(LossKind)
	 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec_Loss()
	 * @model default="CROSS_ENTROPY"
	 * @generated
	 */
	LossKind getLoss();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.NetworkSpec#getLoss <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss</em>' attribute.
	 * @see org.losslandscape.model.LossKind
	 * @see #getLoss()
	 * @generated
	 */
	void setLoss(LossKind value);

	/**
	 * Returns the value of the '<em><b>Label Smoothing</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Smoothing</em>' attribute.
	 * @see #setLabelSmoothing(double)
	 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec_LabelSmoothing()
	 * @model default="0.0"
	 * @generated
	 */
	double getLabelSmoothing();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.NetworkSpec#getLabelSmoothing <em>Label Smoothing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Smoothing</em>' attribute.
	 * @see #getLabelSmoothing()
	 * @generated
	 */
	void setLabelSmoothing(double value);

	/**
	 * Returns the value of the '<em><b>Initializer</b></em>' attribute.
	 * The default value is <code>"PYTORCH_DEFAULT"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.InitializerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initializer</em>' attribute.
	 * @see org.losslandscape.model.InitializerKind
	 * @see #setInitializer(InitializerKind)
	 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec_Initializer()
	 * @model default="PYTORCH_DEFAULT"
	 * @generated
	 */
	InitializerKind getInitializer();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.NetworkSpec#getInitializer <em>Initializer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initializer</em>' attribute.
	 * @see org.losslandscape.model.InitializerKind
	 * @see #getInitializer()
	 * @generated
	 */
	void setInitializer(InitializerKind value);

	/**
	 * Returns the value of the '<em><b>Init Sigma</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation of the NORMAL initializer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Init Sigma</em>' attribute.
	 * @see #setInitSigma(double)
	 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec_InitSigma()
	 * @model default="0.01"
	 * @generated
	 */
	double getInitSigma();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.NetworkSpec#getInitSigma <em>Init Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init Sigma</em>' attribute.
	 * @see #getInitSigma()
	 * @generated
	 */
	void setInitSigma(double value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the starting parameters and buffers come from instead of the initializer: a trained model (a PyTorch state_dict as safetensors), its checkpoints and other models; none when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(ModelSource)
	 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec_Source()
	 * @model containment="true"
	 * @generated
	 */
	ModelSource getSource();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.NetworkSpec#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ModelSource value);

	/**
	 * Returns the value of the '<em><b>Parameterization</b></em>' attribute.
	 * The default value is <code>"STANDARD"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.Parameterization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the scale of the Dense layers' weights lives: STANDARD in the initial values (the initializer); NTK and MEAN_FIELD in a fixed multiplier of each Dense layer, its weights starting N(0, 1) and its biases at 0 whatever the initializer (NTK: 1/√fan_in everywhere; MEAN_FIELD: the same for hidden layers, 1/fan_in for the last Dense layer and its bias, to be trained with the learning rate × width). Only for networks whose layers with parameters are Dense layers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameterization</em>' attribute.
	 * @see org.losslandscape.model.Parameterization
	 * @see #setParameterization(Parameterization)
	 * @see org.losslandscape.model.LandscapePackage#getNetworkSpec_Parameterization()
	 * @model default="STANDARD"
	 * @generated
	 */
	Parameterization getParameterization();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.NetworkSpec#getParameterization <em>Parameterization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameterization</em>' attribute.
	 * @see org.losslandscape.model.Parameterization
	 * @see #getParameterization()
	 * @generated
	 */
	void setParameterization(Parameterization value);

} // NetworkSpec
