/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.critical.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.losslandscape.analysis.critical.model.CriticalPackage;
import org.losslandscape.analysis.critical.model.CriticalPointsAnalysis;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Points Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getRandomStarts <em>Random Starts</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getPathStarts <em>Path Starts</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getPerturbedStarts <em>Perturbed Starts</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getPerturbation <em>Perturbation</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getMaxIterations <em>Max Iterations</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getDenseLimit <em>Dense Limit</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.impl.CriticalPointsAnalysisImpl#getLanczosSteps <em>Lanczos Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriticalPointsAnalysisImpl extends AnalysisSpecImpl implements CriticalPointsAnalysis {
	/**
	 * The default value of the '{@link #getRandomStarts() <em>Random Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomStarts()
	 * @generated
	 * @ordered
	 */
	protected static final int RANDOM_STARTS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getRandomStarts() <em>Random Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomStarts()
	 * @generated
	 * @ordered
	 */
	protected int randomStarts = RANDOM_STARTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPathStarts() <em>Path Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathStarts()
	 * @generated
	 * @ordered
	 */
	protected static final int PATH_STARTS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getPathStarts() <em>Path Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathStarts()
	 * @generated
	 * @ordered
	 */
	protected int pathStarts = PATH_STARTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerturbedStarts() <em>Perturbed Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerturbedStarts()
	 * @generated
	 * @ordered
	 */
	protected static final int PERTURBED_STARTS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getPerturbedStarts() <em>Perturbed Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerturbedStarts()
	 * @generated
	 * @ordered
	 */
	protected int perturbedStarts = PERTURBED_STARTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerturbation() <em>Perturbation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerturbation()
	 * @generated
	 * @ordered
	 */
	protected static final double PERTURBATION_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getPerturbation() <em>Perturbation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerturbation()
	 * @generated
	 * @ordered
	 */
	protected double perturbation = PERTURBATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double TOLERANCE_EDEFAULT = 1.0E-8;

	/**
	 * The cached value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected double tolerance = TOLERANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxIterations() <em>Max Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxIterations()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ITERATIONS_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getMaxIterations() <em>Max Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxIterations()
	 * @generated
	 * @ordered
	 */
	protected int maxIterations = MAX_ITERATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDenseLimit() <em>Dense Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenseLimit()
	 * @generated
	 * @ordered
	 */
	protected static final int DENSE_LIMIT_EDEFAULT = 2000;

	/**
	 * The cached value of the '{@link #getDenseLimit() <em>Dense Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenseLimit()
	 * @generated
	 * @ordered
	 */
	protected int denseLimit = DENSE_LIMIT_EDEFAULT;

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
	protected static final int LANCZOS_STEPS_EDEFAULT = 80;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriticalPointsAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CriticalPackage.Literals.CRITICAL_POINTS_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRandomStarts() {
		return randomStarts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomStarts(int newRandomStarts) {
		int oldRandomStarts = randomStarts;
		randomStarts = newRandomStarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__RANDOM_STARTS, oldRandomStarts, randomStarts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPathStarts() {
		return pathStarts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPathStarts(int newPathStarts) {
		int oldPathStarts = pathStarts;
		pathStarts = newPathStarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__PATH_STARTS, oldPathStarts, pathStarts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPerturbedStarts() {
		return perturbedStarts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerturbedStarts(int newPerturbedStarts) {
		int oldPerturbedStarts = perturbedStarts;
		perturbedStarts = newPerturbedStarts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBED_STARTS, oldPerturbedStarts, perturbedStarts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPerturbation() {
		return perturbation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerturbation(double newPerturbation) {
		double oldPerturbation = perturbation;
		perturbation = newPerturbation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBATION, oldPerturbation, perturbation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTolerance() {
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerance(double newTolerance) {
		double oldTolerance = tolerance;
		tolerance = newTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__TOLERANCE, oldTolerance, tolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxIterations() {
		return maxIterations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxIterations(int newMaxIterations) {
		int oldMaxIterations = maxIterations;
		maxIterations = newMaxIterations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__MAX_ITERATIONS, oldMaxIterations, maxIterations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDenseLimit() {
		return denseLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenseLimit(int newDenseLimit) {
		int oldDenseLimit = denseLimit;
		denseLimit = newDenseLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__DENSE_LIMIT, oldDenseLimit, denseLimit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__PROBES, oldProbes, probes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CriticalPackage.CRITICAL_POINTS_ANALYSIS__LANCZOS_STEPS, oldLanczosSteps, lanczosSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__RANDOM_STARTS:
				return getRandomStarts();
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PATH_STARTS:
				return getPathStarts();
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBED_STARTS:
				return getPerturbedStarts();
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBATION:
				return getPerturbation();
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__TOLERANCE:
				return getTolerance();
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__MAX_ITERATIONS:
				return getMaxIterations();
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__DENSE_LIMIT:
				return getDenseLimit();
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PROBES:
				return getProbes();
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__LANCZOS_STEPS:
				return getLanczosSteps();
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
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__RANDOM_STARTS:
				setRandomStarts((Integer)newValue);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PATH_STARTS:
				setPathStarts((Integer)newValue);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBED_STARTS:
				setPerturbedStarts((Integer)newValue);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBATION:
				setPerturbation((Double)newValue);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__TOLERANCE:
				setTolerance((Double)newValue);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__MAX_ITERATIONS:
				setMaxIterations((Integer)newValue);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__DENSE_LIMIT:
				setDenseLimit((Integer)newValue);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PROBES:
				setProbes((Integer)newValue);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__LANCZOS_STEPS:
				setLanczosSteps((Integer)newValue);
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
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__RANDOM_STARTS:
				setRandomStarts(RANDOM_STARTS_EDEFAULT);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PATH_STARTS:
				setPathStarts(PATH_STARTS_EDEFAULT);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBED_STARTS:
				setPerturbedStarts(PERTURBED_STARTS_EDEFAULT);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBATION:
				setPerturbation(PERTURBATION_EDEFAULT);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__TOLERANCE:
				setTolerance(TOLERANCE_EDEFAULT);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__MAX_ITERATIONS:
				setMaxIterations(MAX_ITERATIONS_EDEFAULT);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__DENSE_LIMIT:
				setDenseLimit(DENSE_LIMIT_EDEFAULT);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PROBES:
				setProbes(PROBES_EDEFAULT);
				return;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__LANCZOS_STEPS:
				setLanczosSteps(LANCZOS_STEPS_EDEFAULT);
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
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__RANDOM_STARTS:
				return randomStarts != RANDOM_STARTS_EDEFAULT;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PATH_STARTS:
				return pathStarts != PATH_STARTS_EDEFAULT;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBED_STARTS:
				return perturbedStarts != PERTURBED_STARTS_EDEFAULT;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PERTURBATION:
				return perturbation != PERTURBATION_EDEFAULT;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__TOLERANCE:
				return tolerance != TOLERANCE_EDEFAULT;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__MAX_ITERATIONS:
				return maxIterations != MAX_ITERATIONS_EDEFAULT;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__DENSE_LIMIT:
				return denseLimit != DENSE_LIMIT_EDEFAULT;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__PROBES:
				return probes != PROBES_EDEFAULT;
			case CriticalPackage.CRITICAL_POINTS_ANALYSIS__LANCZOS_STEPS:
				return lanczosSteps != LANCZOS_STEPS_EDEFAULT;
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
		result.append(" (randomStarts: ");
		result.append(randomStarts);
		result.append(", pathStarts: ");
		result.append(pathStarts);
		result.append(", perturbedStarts: ");
		result.append(perturbedStarts);
		result.append(", perturbation: ");
		result.append(perturbation);
		result.append(", tolerance: ");
		result.append(tolerance);
		result.append(", maxIterations: ");
		result.append(maxIterations);
		result.append(", denseLimit: ");
		result.append(denseLimit);
		result.append(", probes: ");
		result.append(probes);
		result.append(", lanczosSteps: ");
		result.append(lanczosSteps);
		result.append(')');
		return result.toString();
	}

} //CriticalPointsAnalysisImpl
