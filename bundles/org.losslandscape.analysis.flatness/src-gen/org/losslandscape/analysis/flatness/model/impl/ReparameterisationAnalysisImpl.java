/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.losslandscape.analysis.flatness.model.FlatnessPackage;
import org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reparameterisation Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl#getAlphas <em>Alphas</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl#getFirstLayer <em>First Layer</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl#getSecondLayer <em>Second Layer</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl#getRho <em>Rho</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl#getAscentSteps <em>Ascent Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.ReparameterisationAnalysisImpl#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReparameterisationAnalysisImpl extends AnalysisSpecImpl implements ReparameterisationAnalysis {
	/**
	 * The cached value of the '{@link #getAlphas() <em>Alphas</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlphas()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> alphas;

	/**
	 * The default value of the '{@link #getFirstLayer() <em>First Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstLayer()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_LAYER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstLayer() <em>First Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstLayer()
	 * @generated
	 * @ordered
	 */
	protected int firstLayer = FIRST_LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecondLayer() <em>Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondLayer()
	 * @generated
	 * @ordered
	 */
	protected static final int SECOND_LAYER_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getSecondLayer() <em>Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondLayer()
	 * @generated
	 * @ordered
	 */
	protected int secondLayer = SECOND_LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRho() <em>Rho</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRho()
	 * @generated
	 * @ordered
	 */
	protected static final double RHO_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getRho() <em>Rho</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRho()
	 * @generated
	 * @ordered
	 */
	protected double rho = RHO_EDEFAULT;

	/**
	 * The default value of the '{@link #getAscentSteps() <em>Ascent Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAscentSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int ASCENT_STEPS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getAscentSteps() <em>Ascent Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAscentSteps()
	 * @generated
	 * @ordered
	 */
	protected int ascentSteps = ASCENT_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbes() <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbes()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBES_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getProbes() <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbes()
	 * @generated
	 * @ordered
	 */
	protected int probes = PROBES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected int samples = SAMPLES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReparameterisationAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlatnessPackage.Literals.REPARAMETERISATION_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getAlphas() {
		if (alphas == null) {
			alphas = new EDataTypeUniqueEList<Double>(Double.class, this, FlatnessPackage.REPARAMETERISATION_ANALYSIS__ALPHAS);
		}
		return alphas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstLayer() {
		return firstLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstLayer(int newFirstLayer) {
		int oldFirstLayer = firstLayer;
		firstLayer = newFirstLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.REPARAMETERISATION_ANALYSIS__FIRST_LAYER, oldFirstLayer, firstLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSecondLayer() {
		return secondLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondLayer(int newSecondLayer) {
		int oldSecondLayer = secondLayer;
		secondLayer = newSecondLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.REPARAMETERISATION_ANALYSIS__SECOND_LAYER, oldSecondLayer, secondLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRho() {
		return rho;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRho(double newRho) {
		double oldRho = rho;
		rho = newRho;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.REPARAMETERISATION_ANALYSIS__RHO, oldRho, rho));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAscentSteps() {
		return ascentSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAscentSteps(int newAscentSteps) {
		int oldAscentSteps = ascentSteps;
		ascentSteps = newAscentSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.REPARAMETERISATION_ANALYSIS__ASCENT_STEPS, oldAscentSteps, ascentSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProbes() {
		return probes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbes(int newProbes) {
		int oldProbes = probes;
		probes = newProbes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.REPARAMETERISATION_ANALYSIS__PROBES, oldProbes, probes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSamples() {
		return samples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamples(int newSamples) {
		int oldSamples = samples;
		samples = newSamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.REPARAMETERISATION_ANALYSIS__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__ALPHAS:
				return getAlphas();
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__FIRST_LAYER:
				return getFirstLayer();
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__SECOND_LAYER:
				return getSecondLayer();
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__RHO:
				return getRho();
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__ASCENT_STEPS:
				return getAscentSteps();
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__PROBES:
				return getProbes();
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__SAMPLES:
				return getSamples();
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
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__ALPHAS:
				getAlphas().clear();
				getAlphas().addAll((Collection<? extends Double>)newValue);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__FIRST_LAYER:
				setFirstLayer((Integer)newValue);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__SECOND_LAYER:
				setSecondLayer((Integer)newValue);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__RHO:
				setRho((Double)newValue);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__ASCENT_STEPS:
				setAscentSteps((Integer)newValue);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__PROBES:
				setProbes((Integer)newValue);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__SAMPLES:
				setSamples((Integer)newValue);
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
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__ALPHAS:
				getAlphas().clear();
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__FIRST_LAYER:
				setFirstLayer(FIRST_LAYER_EDEFAULT);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__SECOND_LAYER:
				setSecondLayer(SECOND_LAYER_EDEFAULT);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__RHO:
				setRho(RHO_EDEFAULT);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__ASCENT_STEPS:
				setAscentSteps(ASCENT_STEPS_EDEFAULT);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__PROBES:
				setProbes(PROBES_EDEFAULT);
				return;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__SAMPLES:
				setSamples(SAMPLES_EDEFAULT);
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
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__ALPHAS:
				return alphas != null && !alphas.isEmpty();
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__FIRST_LAYER:
				return firstLayer != FIRST_LAYER_EDEFAULT;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__SECOND_LAYER:
				return secondLayer != SECOND_LAYER_EDEFAULT;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__RHO:
				return rho != RHO_EDEFAULT;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__ASCENT_STEPS:
				return ascentSteps != ASCENT_STEPS_EDEFAULT;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__PROBES:
				return probes != PROBES_EDEFAULT;
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS__SAMPLES:
				return samples != SAMPLES_EDEFAULT;
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
		result.append(" (alphas: ");
		result.append(alphas);
		result.append(", firstLayer: ");
		result.append(firstLayer);
		result.append(", secondLayer: ");
		result.append(secondLayer);
		result.append(", rho: ");
		result.append(rho);
		result.append(", ascentSteps: ");
		result.append(ascentSteps);
		result.append(", probes: ");
		result.append(probes);
		result.append(", samples: ");
		result.append(samples);
		result.append(')');
		return result.toString();
	}

} //ReparameterisationAnalysisImpl
