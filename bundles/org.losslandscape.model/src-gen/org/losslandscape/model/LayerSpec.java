/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One layer. Its kind is the id of a layer kind registered with the engine (the built-in ones: DENSE, EMBEDDING, RELU, LEAKY_RELU, TANH, SIGMOID, GELU, SOFTPLUS, IDENTITY, DROPOUT, LAYER_NORM, BATCH_NORM, RESIDUAL; bundles add others). The kind reads the settings it declares: a setting named like one of the attributes below is read from that attribute, any other from the generic settings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.LayerSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getUnits <em>Units</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#isBias <em>Bias</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getDim <em>Dim</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getTokens <em>Tokens</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getRate <em>Rate</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getEps <em>Eps</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#isAffine <em>Affine</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getSlope <em>Slope</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getChildren <em>Children</em>}</li>
 *   <li>{@link org.losslandscape.model.LayerSpec#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getLayerSpec()
 * @model
 * @generated
 */
public interface LayerSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"DENSE"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a layer kind, resolved through the layer-kind registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Kind()
	 * @model default="DENSE"
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see #setUnits(int)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Units()
	 * @model default="0"
	 * @generated
	 */
	int getUnits();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(int value);

	/**
	 * Returns the value of the '<em><b>Input Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of the input; 0 infers it from the previous layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Size</em>' attribute.
	 * @see #setInputSize(int)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_InputSize()
	 * @model default="0"
	 * @generated
	 */
	int getInputSize();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getInputSize <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Size</em>' attribute.
	 * @see #getInputSize()
	 * @generated
	 */
	void setInputSize(int value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

	/**
	 * Returns the value of the '<em><b>Vocabulary</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vocabulary</em>' attribute.
	 * @see #setVocabulary(int)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Vocabulary()
	 * @model default="0"
	 * @generated
	 */
	int getVocabulary();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getVocabulary <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vocabulary</em>' attribute.
	 * @see #getVocabulary()
	 * @generated
	 */
	void setVocabulary(int value);

	/**
	 * Returns the value of the '<em><b>Dim</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dim</em>' attribute.
	 * @see #setDim(int)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Dim()
	 * @model default="0"
	 * @generated
	 */
	int getDim();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getDim <em>Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dim</em>' attribute.
	 * @see #getDim()
	 * @generated
	 */
	void setDim(int value);

	/**
	 * Returns the value of the '<em><b>Tokens</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tokens</em>' attribute.
	 * @see #setTokens(int)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Tokens()
	 * @model default="1"
	 * @generated
	 */
	int getTokens();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getTokens <em>Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tokens</em>' attribute.
	 * @see #getTokens()
	 * @generated
	 */
	void setTokens(int value);

	/**
	 * Returns the value of the '<em><b>Rate</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rate</em>' attribute.
	 * @see #setRate(double)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Rate()
	 * @model default="0.5"
	 * @generated
	 */
	double getRate();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getRate <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate</em>' attribute.
	 * @see #getRate()
	 * @generated
	 */
	void setRate(double value);

	/**
	 * Returns the value of the '<em><b>Eps</b></em>' attribute.
	 * The default value is <code>"1.0E-5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eps</em>' attribute.
	 * @see #setEps(double)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Eps()
	 * @model default="1.0E-5"
	 * @generated
	 */
	double getEps();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getEps <em>Eps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eps</em>' attribute.
	 * @see #getEps()
	 * @generated
	 */
	void setEps(double value);

	/**
	 * Returns the value of the '<em><b>Momentum</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Momentum</em>' attribute.
	 * @see #setMomentum(double)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Momentum()
	 * @model default="0.1"
	 * @generated
	 */
	double getMomentum();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getMomentum <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Momentum</em>' attribute.
	 * @see #getMomentum()
	 * @generated
	 */
	void setMomentum(double value);

	/**
	 * Returns the value of the '<em><b>Affine</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affine</em>' attribute.
	 * @see #setAffine(boolean)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Affine()
	 * @model default="true"
	 * @generated
	 */
	boolean isAffine();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#isAffine <em>Affine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affine</em>' attribute.
	 * @see #isAffine()
	 * @generated
	 */
	void setAffine(boolean value);

	/**
	 * Returns the value of the '<em><b>Slope</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slope</em>' attribute.
	 * @see #setSlope(double)
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Slope()
	 * @model default="0.01"
	 * @generated
	 */
	double getSlope();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.LayerSpec#getSlope <em>Slope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slope</em>' attribute.
	 * @see #getSlope()
	 * @generated
	 */
	void setSlope(double value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.LayerSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The body of a RESIDUAL group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayerSpec> getChildren();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings of the layer kind that have no attribute of their own, by name (typed and validated by the kind).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getLayerSpec_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getSettings();

} // LayerSpec
