/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.SpectralDensityAnalysis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spectral Density Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.SpectralDensityAnalysisImpl#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SpectralDensityAnalysisImpl#getLanczosSteps <em>Lanczos Steps</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SpectralDensityAnalysisImpl#getSigma <em>Sigma</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpectralDensityAnalysisImpl extends AnalysisSpecImpl implements SpectralDensityAnalysis {
	/**
	 * The default value of the '{@link #getProbes() <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbes()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBES_EDEFAULT = 10;

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
	 * The default value of the '{@link #getLanczosSteps() <em>Lanczos Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanczosSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int LANCZOS_STEPS_EDEFAULT = 90;

	/**
	 * The cached value of the '{@link #getLanczosSteps() <em>Lanczos Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanczosSteps()
	 * @generated
	 * @ordered
	 */
	protected int lanczosSteps = LANCZOS_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSigma() <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigma()
	 * @generated
	 * @ordered
	 */
	protected static final double SIGMA_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getSigma() <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigma()
	 * @generated
	 * @ordered
	 */
	protected double sigma = SIGMA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpectralDensityAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.SPECTRAL_DENSITY_ANALYSIS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__PROBES, oldProbes, probes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLanczosSteps() {
		return lanczosSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanczosSteps(int newLanczosSteps) {
		int oldLanczosSteps = lanczosSteps;
		lanczosSteps = newLanczosSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__LANCZOS_STEPS, oldLanczosSteps, lanczosSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSigma() {
		return sigma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigma(double newSigma) {
		double oldSigma = sigma;
		sigma = newSigma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__SIGMA, oldSigma, sigma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__PROBES:
				return getProbes();
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__LANCZOS_STEPS:
				return getLanczosSteps();
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__SIGMA:
				return getSigma();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__PROBES:
				setProbes((Integer)newValue);
				return;
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__LANCZOS_STEPS:
				setLanczosSteps((Integer)newValue);
				return;
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__SIGMA:
				setSigma((Double)newValue);
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
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__PROBES:
				setProbes(PROBES_EDEFAULT);
				return;
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__LANCZOS_STEPS:
				setLanczosSteps(LANCZOS_STEPS_EDEFAULT);
				return;
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__SIGMA:
				setSigma(SIGMA_EDEFAULT);
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
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__PROBES:
				return probes != PROBES_EDEFAULT;
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__LANCZOS_STEPS:
				return lanczosSteps != LANCZOS_STEPS_EDEFAULT;
			case LandscapePackage.SPECTRAL_DENSITY_ANALYSIS__SIGMA:
				return sigma != SIGMA_EDEFAULT;
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
		result.append(" (probes: ");
		result.append(probes);
		result.append(", lanczosSteps: ");
		result.append(lanczosSteps);
		result.append(", sigma: ");
		result.append(sigma);
		result.append(')');
		return result.toString();
	}

} //SpectralDensityAnalysisImpl
