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

import org.losslandscape.model.InitializerKind;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.LayerSpec;
import org.losslandscape.model.LossKind;
import org.losslandscape.model.ModelSource;
import org.losslandscape.model.NetworkSpec;
import org.losslandscape.model.Parameterization;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.NetworkSpecImpl#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.NetworkSpecImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.NetworkSpecImpl#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.NetworkSpecImpl#getLabelSmoothing <em>Label Smoothing</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.NetworkSpecImpl#getInitializer <em>Initializer</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.NetworkSpecImpl#getInitSigma <em>Init Sigma</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.NetworkSpecImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.NetworkSpecImpl#getParameterization <em>Parameterization</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkSpecImpl extends EObjectImpl implements NetworkSpec {
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
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<LayerSpec> layers;

	/**
	 * The default value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected static final LossKind LOSS_EDEFAULT = LossKind.CROSS_ENTROPY;

	/**
	 * The cached value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected LossKind loss = LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelSmoothing() <em>Label Smoothing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSmoothing()
	 * @generated
	 * @ordered
	 */
	protected static final double LABEL_SMOOTHING_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLabelSmoothing() <em>Label Smoothing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSmoothing()
	 * @generated
	 * @ordered
	 */
	protected double labelSmoothing = LABEL_SMOOTHING_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitializer() <em>Initializer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitializer()
	 * @generated
	 * @ordered
	 */
	protected static final InitializerKind INITIALIZER_EDEFAULT = InitializerKind.PYTORCH_DEFAULT;

	/**
	 * The cached value of the '{@link #getInitializer() <em>Initializer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitializer()
	 * @generated
	 * @ordered
	 */
	protected InitializerKind initializer = INITIALIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitSigma() <em>Init Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitSigma()
	 * @generated
	 * @ordered
	 */
	protected static final double INIT_SIGMA_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getInitSigma() <em>Init Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitSigma()
	 * @generated
	 * @ordered
	 */
	protected double initSigma = INIT_SIGMA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected ModelSource source;

	/**
	 * The default value of the '{@link #getParameterization() <em>Parameterization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterization()
	 * @generated
	 * @ordered
	 */
	protected static final Parameterization PARAMETERIZATION_EDEFAULT = Parameterization.STANDARD;

	/**
	 * The cached value of the '{@link #getParameterization() <em>Parameterization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameterization()
	 * @generated
	 * @ordered
	 */
	protected Parameterization parameterization = PARAMETERIZATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.NETWORK_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.NETWORK_SPEC__INPUT_SIZE, oldInputSize, inputSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayerSpec> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<LayerSpec>(LayerSpec.class, this, LandscapePackage.NETWORK_SPEC__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossKind getLoss() {
		return loss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoss(LossKind newLoss) {
		LossKind oldLoss = loss;
		loss = newLoss == null ? LOSS_EDEFAULT : newLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.NETWORK_SPEC__LOSS, oldLoss, loss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLabelSmoothing() {
		return labelSmoothing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelSmoothing(double newLabelSmoothing) {
		double oldLabelSmoothing = labelSmoothing;
		labelSmoothing = newLabelSmoothing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.NETWORK_SPEC__LABEL_SMOOTHING, oldLabelSmoothing, labelSmoothing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitializerKind getInitializer() {
		return initializer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitializer(InitializerKind newInitializer) {
		InitializerKind oldInitializer = initializer;
		initializer = newInitializer == null ? INITIALIZER_EDEFAULT : newInitializer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.NETWORK_SPEC__INITIALIZER, oldInitializer, initializer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInitSigma() {
		return initSigma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitSigma(double newInitSigma) {
		double oldInitSigma = initSigma;
		initSigma = newInitSigma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.NETWORK_SPEC__INIT_SIGMA, oldInitSigma, initSigma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(ModelSource newSource, NotificationChain msgs) {
		ModelSource oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.NETWORK_SPEC__SOURCE, oldSource, newSource);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(ModelSource newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.NETWORK_SPEC__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.NETWORK_SPEC__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.NETWORK_SPEC__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameterization getParameterization() {
		return parameterization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameterization(Parameterization newParameterization) {
		Parameterization oldParameterization = parameterization;
		parameterization = newParameterization == null ? PARAMETERIZATION_EDEFAULT : newParameterization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.NETWORK_SPEC__PARAMETERIZATION, oldParameterization, parameterization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.NETWORK_SPEC__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
			case LandscapePackage.NETWORK_SPEC__SOURCE:
				return basicSetSource(null, msgs);
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
			case LandscapePackage.NETWORK_SPEC__INPUT_SIZE:
				return getInputSize();
			case LandscapePackage.NETWORK_SPEC__LAYERS:
				return getLayers();
			case LandscapePackage.NETWORK_SPEC__LOSS:
				return getLoss();
			case LandscapePackage.NETWORK_SPEC__LABEL_SMOOTHING:
				return getLabelSmoothing();
			case LandscapePackage.NETWORK_SPEC__INITIALIZER:
				return getInitializer();
			case LandscapePackage.NETWORK_SPEC__INIT_SIGMA:
				return getInitSigma();
			case LandscapePackage.NETWORK_SPEC__SOURCE:
				return getSource();
			case LandscapePackage.NETWORK_SPEC__PARAMETERIZATION:
				return getParameterization();
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
			case LandscapePackage.NETWORK_SPEC__INPUT_SIZE:
				setInputSize((Integer)newValue);
				return;
			case LandscapePackage.NETWORK_SPEC__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends LayerSpec>)newValue);
				return;
			case LandscapePackage.NETWORK_SPEC__LOSS:
				setLoss((LossKind)newValue);
				return;
			case LandscapePackage.NETWORK_SPEC__LABEL_SMOOTHING:
				setLabelSmoothing((Double)newValue);
				return;
			case LandscapePackage.NETWORK_SPEC__INITIALIZER:
				setInitializer((InitializerKind)newValue);
				return;
			case LandscapePackage.NETWORK_SPEC__INIT_SIGMA:
				setInitSigma((Double)newValue);
				return;
			case LandscapePackage.NETWORK_SPEC__SOURCE:
				setSource((ModelSource)newValue);
				return;
			case LandscapePackage.NETWORK_SPEC__PARAMETERIZATION:
				setParameterization((Parameterization)newValue);
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
			case LandscapePackage.NETWORK_SPEC__INPUT_SIZE:
				setInputSize(INPUT_SIZE_EDEFAULT);
				return;
			case LandscapePackage.NETWORK_SPEC__LAYERS:
				getLayers().clear();
				return;
			case LandscapePackage.NETWORK_SPEC__LOSS:
				setLoss(LOSS_EDEFAULT);
				return;
			case LandscapePackage.NETWORK_SPEC__LABEL_SMOOTHING:
				setLabelSmoothing(LABEL_SMOOTHING_EDEFAULT);
				return;
			case LandscapePackage.NETWORK_SPEC__INITIALIZER:
				setInitializer(INITIALIZER_EDEFAULT);
				return;
			case LandscapePackage.NETWORK_SPEC__INIT_SIGMA:
				setInitSigma(INIT_SIGMA_EDEFAULT);
				return;
			case LandscapePackage.NETWORK_SPEC__SOURCE:
				setSource((ModelSource)null);
				return;
			case LandscapePackage.NETWORK_SPEC__PARAMETERIZATION:
				setParameterization(PARAMETERIZATION_EDEFAULT);
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
			case LandscapePackage.NETWORK_SPEC__INPUT_SIZE:
				return inputSize != INPUT_SIZE_EDEFAULT;
			case LandscapePackage.NETWORK_SPEC__LAYERS:
				return layers != null && !layers.isEmpty();
			case LandscapePackage.NETWORK_SPEC__LOSS:
				return loss != LOSS_EDEFAULT;
			case LandscapePackage.NETWORK_SPEC__LABEL_SMOOTHING:
				return labelSmoothing != LABEL_SMOOTHING_EDEFAULT;
			case LandscapePackage.NETWORK_SPEC__INITIALIZER:
				return initializer != INITIALIZER_EDEFAULT;
			case LandscapePackage.NETWORK_SPEC__INIT_SIGMA:
				return initSigma != INIT_SIGMA_EDEFAULT;
			case LandscapePackage.NETWORK_SPEC__SOURCE:
				return source != null;
			case LandscapePackage.NETWORK_SPEC__PARAMETERIZATION:
				return parameterization != PARAMETERIZATION_EDEFAULT;
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
		result.append(" (inputSize: ");
		result.append(inputSize);
		result.append(", loss: ");
		result.append(loss);
		result.append(", labelSmoothing: ");
		result.append(labelSmoothing);
		result.append(", initializer: ");
		result.append(initializer);
		result.append(", initSigma: ");
		result.append(initSigma);
		result.append(", parameterization: ");
		result.append(parameterization);
		result.append(')');
		return result.toString();
	}

} //NetworkSpecImpl
