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
import org.losslandscape.analysis.flatness.model.PacBayesAnalysis;
import org.losslandscape.analysis.flatness.model.PosteriorShape;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pac Bayes Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl#getPosterior <em>Posterior</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl#getSigmas <em>Sigmas</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl#getDelta <em>Delta</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl#getSamplingDelta <em>Sampling Delta</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.PacBayesAnalysisImpl#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PacBayesAnalysisImpl extends AnalysisSpecImpl implements PacBayesAnalysis {
	/**
	 * The default value of the '{@link #getPosterior() <em>Posterior</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosterior()
	 * @generated
	 * @ordered
	 */
	protected static final PosteriorShape POSTERIOR_EDEFAULT = PosteriorShape.ISOTROPIC;

	/**
	 * The cached value of the '{@link #getPosterior() <em>Posterior</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosterior()
	 * @generated
	 * @ordered
	 */
	protected PosteriorShape posterior = POSTERIOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSigmas() <em>Sigmas</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigmas()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> sigmas;

	/**
	 * The default value of the '{@link #getDelta() <em>Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelta()
	 * @generated
	 * @ordered
	 */
	protected static final double DELTA_EDEFAULT = 0.025;

	/**
	 * The cached value of the '{@link #getDelta() <em>Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelta()
	 * @generated
	 * @ordered
	 */
	protected double delta = DELTA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamplingDelta() <em>Sampling Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplingDelta()
	 * @generated
	 * @ordered
	 */
	protected static final double SAMPLING_DELTA_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getSamplingDelta() <em>Sampling Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplingDelta()
	 * @generated
	 * @ordered
	 */
	protected double samplingDelta = SAMPLING_DELTA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 100;

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
	protected PacBayesAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlatnessPackage.Literals.PAC_BAYES_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PosteriorShape getPosterior() {
		return posterior;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosterior(PosteriorShape newPosterior) {
		PosteriorShape oldPosterior = posterior;
		posterior = newPosterior == null ? POSTERIOR_EDEFAULT : newPosterior;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.PAC_BAYES_ANALYSIS__POSTERIOR, oldPosterior, posterior));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getSigmas() {
		if (sigmas == null) {
			sigmas = new EDataTypeUniqueEList<Double>(Double.class, this, FlatnessPackage.PAC_BAYES_ANALYSIS__SIGMAS);
		}
		return sigmas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDelta() {
		return delta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelta(double newDelta) {
		double oldDelta = delta;
		delta = newDelta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.PAC_BAYES_ANALYSIS__DELTA, oldDelta, delta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSamplingDelta() {
		return samplingDelta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamplingDelta(double newSamplingDelta) {
		double oldSamplingDelta = samplingDelta;
		samplingDelta = newSamplingDelta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLING_DELTA, oldSamplingDelta, samplingDelta));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlatnessPackage.PAC_BAYES_ANALYSIS__POSTERIOR:
				return getPosterior();
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SIGMAS:
				return getSigmas();
			case FlatnessPackage.PAC_BAYES_ANALYSIS__DELTA:
				return getDelta();
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLING_DELTA:
				return getSamplingDelta();
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLES:
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
			case FlatnessPackage.PAC_BAYES_ANALYSIS__POSTERIOR:
				setPosterior((PosteriorShape)newValue);
				return;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SIGMAS:
				getSigmas().clear();
				getSigmas().addAll((Collection<? extends Double>)newValue);
				return;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__DELTA:
				setDelta((Double)newValue);
				return;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLING_DELTA:
				setSamplingDelta((Double)newValue);
				return;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLES:
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
			case FlatnessPackage.PAC_BAYES_ANALYSIS__POSTERIOR:
				setPosterior(POSTERIOR_EDEFAULT);
				return;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SIGMAS:
				getSigmas().clear();
				return;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__DELTA:
				setDelta(DELTA_EDEFAULT);
				return;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLING_DELTA:
				setSamplingDelta(SAMPLING_DELTA_EDEFAULT);
				return;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLES:
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
			case FlatnessPackage.PAC_BAYES_ANALYSIS__POSTERIOR:
				return posterior != POSTERIOR_EDEFAULT;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SIGMAS:
				return sigmas != null && !sigmas.isEmpty();
			case FlatnessPackage.PAC_BAYES_ANALYSIS__DELTA:
				return delta != DELTA_EDEFAULT;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLING_DELTA:
				return samplingDelta != SAMPLING_DELTA_EDEFAULT;
			case FlatnessPackage.PAC_BAYES_ANALYSIS__SAMPLES:
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
		result.append(" (posterior: ");
		result.append(posterior);
		result.append(", sigmas: ");
		result.append(sigmas);
		result.append(", delta: ");
		result.append(delta);
		result.append(", samplingDelta: ");
		result.append(samplingDelta);
		result.append(", samples: ");
		result.append(samples);
		result.append(')');
		return result.toString();
	}

} //PacBayesAnalysisImpl
