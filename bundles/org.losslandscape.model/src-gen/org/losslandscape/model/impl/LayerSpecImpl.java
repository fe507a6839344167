/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.Parameter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#isBias <em>Bias</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getDim <em>Dim</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getTokens <em>Tokens</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getRate <em>Rate</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getEps <em>Eps</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#isAffine <em>Affine</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getSlope <em>Slope</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.LayerSpecImpl#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerSpecImpl extends EObjectImpl implements LayerSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = "DENSE";

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int UNITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected int units = UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputSize() <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputSize()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInputSize() <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputSize()
	 * @generated
	 * @ordered
	 */
	protected int inputSize = INPUT_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIAS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected boolean bias = BIAS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVocabulary() <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabulary()
	 * @generated
	 * @ordered
	 */
	protected static final int VOCABULARY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVocabulary() <em>Vocabulary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVocabulary()
	 * @generated
	 * @ordered
	 */
	protected int vocabulary = VOCABULARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDim() <em>Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDim()
	 * @generated
	 * @ordered
	 */
	protected static final int DIM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDim() <em>Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDim()
	 * @generated
	 * @ordered
	 */
	protected int dim = DIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTokens() <em>Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTokens()
	 * @generated
	 * @ordered
	 */
	protected static final int TOKENS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getTokens() <em>Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTokens()
	 * @generated
	 * @ordered
	 */
	protected int tokens = TOKENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRate() <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRate()
	 * @generated
	 * @ordered
	 */
	protected static final double RATE_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getRate() <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRate()
	 * @generated
	 * @ordered
	 */
	protected double rate = RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEps() <em>Eps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEps()
	 * @generated
	 * @ordered
	 */
	protected static final double EPS_EDEFAULT = 1.0E-5;

	/**
	 * The cached value of the '{@link #getEps() <em>Eps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEps()
	 * @generated
	 * @ordered
	 */
	protected double eps = EPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMomentum() <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentum()
	 * @generated
	 * @ordered
	 */
	protected static final double MOMENTUM_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getMomentum() <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentum()
	 * @generated
	 * @ordered
	 */
	protected double momentum = MOMENTUM_EDEFAULT;

	/**
	 * The default value of the '{@link #isAffine() <em>Affine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAffine()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AFFINE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAffine() <em>Affine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAffine()
	 * @generated
	 * @ordered
	 */
	protected boolean affine = AFFINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlope() <em>Slope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlope()
	 * @generated
	 * @ordered
	 */
	protected static final double SLOPE_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getSlope() <em>Slope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlope()
	 * @generated
	 * @ordered
	 */
	protected double slope = SLOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<LayerSpec> children;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> settings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.LAYER_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnits() {
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnits(int newUnits) {
		int oldUnits = units;
		units = newUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__UNITS, oldUnits, units));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputSize() {
		return inputSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputSize(int newInputSize) {
		int oldInputSize = inputSize;
		inputSize = newInputSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__INPUT_SIZE, oldInputSize, inputSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBias() {
		return bias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBias(boolean newBias) {
		boolean oldBias = bias;
		bias = newBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVocabulary() {
		return vocabulary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVocabulary(int newVocabulary) {
		int oldVocabulary = vocabulary;
		vocabulary = newVocabulary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__VOCABULARY, oldVocabulary, vocabulary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDim() {
		return dim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDim(int newDim) {
		int oldDim = dim;
		dim = newDim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__DIM, oldDim, dim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTokens() {
		return tokens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTokens(int newTokens) {
		int oldTokens = tokens;
		tokens = newTokens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__TOKENS, oldTokens, tokens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRate() {
		return rate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRate(double newRate) {
		double oldRate = rate;
		rate = newRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__RATE, oldRate, rate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEps() {
		return eps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEps(double newEps) {
		double oldEps = eps;
		eps = newEps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__EPS, oldEps, eps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMomentum() {
		return momentum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentum(double newMomentum) {
		double oldMomentum = momentum;
		momentum = newMomentum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__MOMENTUM, oldMomentum, momentum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAffine() {
		return affine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffine(boolean newAffine) {
		boolean oldAffine = affine;
		affine = newAffine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__AFFINE, oldAffine, affine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSlope() {
		return slope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlope(double newSlope) {
		double oldSlope = slope;
		slope = newSlope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LAYER_SPEC__SLOPE, oldSlope, slope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayerSpec> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<LayerSpec>(LayerSpec.class, this, LandscapePackage.LAYER_SPEC__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getSettings() {
		if (settings == null) {
			settings = new EObjectContainmentEList<Parameter>(Parameter.class, this, LandscapePackage.LAYER_SPEC__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.LAYER_SPEC__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case LandscapePackage.LAYER_SPEC__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.LAYER_SPEC__KIND:
				return getKind();
			case LandscapePackage.LAYER_SPEC__UNITS:
				return getUnits();
			case LandscapePackage.LAYER_SPEC__INPUT_SIZE:
				return getInputSize();
			case LandscapePackage.LAYER_SPEC__BIAS:
				return isBias();
			case LandscapePackage.LAYER_SPEC__VOCABULARY:
				return getVocabulary();
			case LandscapePackage.LAYER_SPEC__DIM:
				return getDim();
			case LandscapePackage.LAYER_SPEC__TOKENS:
				return getTokens();
			case LandscapePackage.LAYER_SPEC__RATE:
				return getRate();
			case LandscapePackage.LAYER_SPEC__EPS:
				return getEps();
			case LandscapePackage.LAYER_SPEC__MOMENTUM:
				return getMomentum();
			case LandscapePackage.LAYER_SPEC__AFFINE:
				return isAffine();
			case LandscapePackage.LAYER_SPEC__SLOPE:
				return getSlope();
			case LandscapePackage.LAYER_SPEC__CHILDREN:
				return getChildren();
			case LandscapePackage.LAYER_SPEC__SETTINGS:
				return getSettings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.LAYER_SPEC__KIND:
				setKind((String)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__UNITS:
				setUnits((Integer)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__INPUT_SIZE:
				setInputSize((Integer)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__BIAS:
				setBias((Boolean)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__VOCABULARY:
				setVocabulary((Integer)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__DIM:
				setDim((Integer)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__TOKENS:
				setTokens((Integer)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__RATE:
				setRate((Double)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__EPS:
				setEps((Double)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__MOMENTUM:
				setMomentum((Double)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__AFFINE:
				setAffine((Boolean)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__SLOPE:
				setSlope((Double)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends LayerSpec>)newValue);
				return;
			case LandscapePackage.LAYER_SPEC__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends Parameter>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LandscapePackage.LAYER_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__UNITS:
				setUnits(UNITS_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__INPUT_SIZE:
				setInputSize(INPUT_SIZE_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__BIAS:
				setBias(BIAS_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__VOCABULARY:
				setVocabulary(VOCABULARY_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__DIM:
				setDim(DIM_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__TOKENS:
				setTokens(TOKENS_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__RATE:
				setRate(RATE_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__EPS:
				setEps(EPS_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__MOMENTUM:
				setMomentum(MOMENTUM_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__AFFINE:
				setAffine(AFFINE_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__SLOPE:
				setSlope(SLOPE_EDEFAULT);
				return;
			case LandscapePackage.LAYER_SPEC__CHILDREN:
				getChildren().clear();
				return;
			case LandscapePackage.LAYER_SPEC__SETTINGS:
				getSettings().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LandscapePackage.LAYER_SPEC__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case LandscapePackage.LAYER_SPEC__UNITS:
				return units != UNITS_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__INPUT_SIZE:
				return inputSize != INPUT_SIZE_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__BIAS:
				return bias != BIAS_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__VOCABULARY:
				return vocabulary != VOCABULARY_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__DIM:
				return dim != DIM_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__TOKENS:
				return tokens != TOKENS_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__RATE:
				return rate != RATE_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__EPS:
				return eps != EPS_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__MOMENTUM:
				return momentum != MOMENTUM_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__AFFINE:
				return affine != AFFINE_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__SLOPE:
				return slope != SLOPE_EDEFAULT;
			case LandscapePackage.LAYER_SPEC__CHILDREN:
				return children != null && !children.isEmpty();
			case LandscapePackage.LAYER_SPEC__SETTINGS:
				return settings != null && !settings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", units: ");
		result.append(units);
		result.append(", inputSize: ");
		result.append(inputSize);
		result.append(", bias: ");
		result.append(bias);
		result.append(", vocabulary: ");
		result.append(vocabulary);
		result.append(", dim: ");
		result.append(dim);
		result.append(", tokens: ");
		result.append(tokens);
		result.append(", rate: ");
		result.append(rate);
		result.append(", eps: ");
		result.append(eps);
		result.append(", momentum: ");
		result.append(momentum);
		result.append(", affine: ");
		result.append(affine);
		result.append(", slope: ");
		result.append(slope);
		result.append(')');
		return result.toString();
	}

} //LayerSpecImpl
