/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.toy.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.losslandscape.analysis.toy.model.ToyPackage;
import org.losslandscape.analysis.toy.model.ToySurfaceAnalysis;
import org.losslandscape.analysis.toy.model.ToySurfaceKind;

import org.losslandscape.model.OptimizerSpec;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Surface Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl#getSurface <em>Surface</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl#getStarts <em>Starts</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl#getNoise <em>Noise</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl#getOptimizers <em>Optimizers</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.impl.ToySurfaceAnalysisImpl#isCriticalPoints <em>Critical Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ToySurfaceAnalysisImpl extends AnalysisSpecImpl implements ToySurfaceAnalysis {
	/**
	 * The default value of the '{@link #getSurface() <em>Surface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurface()
	 * @generated
	 * @ordered
	 */
	protected static final ToySurfaceKind SURFACE_EDEFAULT = ToySurfaceKind.HIMMELBLAU;

	/**
	 * The cached value of the '{@link #getSurface() <em>Surface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurface()
	 * @generated
	 * @ordered
	 */
	protected ToySurfaceKind surface = SURFACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected static final int RESOLUTION_EDEFAULT = 101;

	/**
	 * The cached value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected int resolution = RESOLUTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStarts() <em>Starts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> starts;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoise() <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNoise() <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected double noise = NOISE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptimizers() <em>Optimizers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizers()
	 * @generated
	 * @ordered
	 */
	protected EList<OptimizerSpec> optimizers;

	/**
	 * The default value of the '{@link #isCriticalPoints() <em>Critical Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCriticalPoints()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRITICAL_POINTS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCriticalPoints() <em>Critical Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCriticalPoints()
	 * @generated
	 * @ordered
	 */
	protected boolean criticalPoints = CRITICAL_POINTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ToySurfaceAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ToyPackage.Literals.TOY_SURFACE_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ToySurfaceKind getSurface() {
		return surface;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurface(ToySurfaceKind newSurface) {
		ToySurfaceKind oldSurface = surface;
		surface = newSurface == null ? SURFACE_EDEFAULT : newSurface;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ToyPackage.TOY_SURFACE_ANALYSIS__SURFACE, oldSurface, surface));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolution() {
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(int newResolution) {
		int oldResolution = resolution;
		resolution = newResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ToyPackage.TOY_SURFACE_ANALYSIS__RESOLUTION, oldResolution, resolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStarts() {
		if (starts == null) {
			starts = new EDataTypeUniqueEList<String>(String.class, this, ToyPackage.TOY_SURFACE_ANALYSIS__STARTS);
		}
		return starts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps) {
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ToyPackage.TOY_SURFACE_ANALYSIS__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoise() {
		return noise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoise(double newNoise) {
		double oldNoise = noise;
		noise = newNoise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ToyPackage.TOY_SURFACE_ANALYSIS__NOISE, oldNoise, noise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OptimizerSpec> getOptimizers() {
		if (optimizers == null) {
			optimizers = new EObjectContainmentEList<OptimizerSpec>(OptimizerSpec.class, this, ToyPackage.TOY_SURFACE_ANALYSIS__OPTIMIZERS);
		}
		return optimizers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCriticalPoints() {
		return criticalPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriticalPoints(boolean newCriticalPoints) {
		boolean oldCriticalPoints = criticalPoints;
		criticalPoints = newCriticalPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ToyPackage.TOY_SURFACE_ANALYSIS__CRITICAL_POINTS, oldCriticalPoints, criticalPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ToyPackage.TOY_SURFACE_ANALYSIS__OPTIMIZERS:
				return ((InternalEList<?>)getOptimizers()).basicRemove(otherEnd, msgs);
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
			case ToyPackage.TOY_SURFACE_ANALYSIS__SURFACE:
				return getSurface();
			case ToyPackage.TOY_SURFACE_ANALYSIS__RESOLUTION:
				return getResolution();
			case ToyPackage.TOY_SURFACE_ANALYSIS__STARTS:
				return getStarts();
			case ToyPackage.TOY_SURFACE_ANALYSIS__STEPS:
				return getSteps();
			case ToyPackage.TOY_SURFACE_ANALYSIS__NOISE:
				return getNoise();
			case ToyPackage.TOY_SURFACE_ANALYSIS__OPTIMIZERS:
				return getOptimizers();
			case ToyPackage.TOY_SURFACE_ANALYSIS__CRITICAL_POINTS:
				return isCriticalPoints();
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
			case ToyPackage.TOY_SURFACE_ANALYSIS__SURFACE:
				setSurface((ToySurfaceKind)newValue);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__RESOLUTION:
				setResolution((Integer)newValue);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__STARTS:
				getStarts().clear();
				getStarts().addAll((Collection<? extends String>)newValue);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__STEPS:
				setSteps((Integer)newValue);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__NOISE:
				setNoise((Double)newValue);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__OPTIMIZERS:
				getOptimizers().clear();
				getOptimizers().addAll((Collection<? extends OptimizerSpec>)newValue);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__CRITICAL_POINTS:
				setCriticalPoints((Boolean)newValue);
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
			case ToyPackage.TOY_SURFACE_ANALYSIS__SURFACE:
				setSurface(SURFACE_EDEFAULT);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__RESOLUTION:
				setResolution(RESOLUTION_EDEFAULT);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__STARTS:
				getStarts().clear();
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__NOISE:
				setNoise(NOISE_EDEFAULT);
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__OPTIMIZERS:
				getOptimizers().clear();
				return;
			case ToyPackage.TOY_SURFACE_ANALYSIS__CRITICAL_POINTS:
				setCriticalPoints(CRITICAL_POINTS_EDEFAULT);
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
			case ToyPackage.TOY_SURFACE_ANALYSIS__SURFACE:
				return surface != SURFACE_EDEFAULT;
			case ToyPackage.TOY_SURFACE_ANALYSIS__RESOLUTION:
				return resolution != RESOLUTION_EDEFAULT;
			case ToyPackage.TOY_SURFACE_ANALYSIS__STARTS:
				return starts != null && !starts.isEmpty();
			case ToyPackage.TOY_SURFACE_ANALYSIS__STEPS:
				return steps != STEPS_EDEFAULT;
			case ToyPackage.TOY_SURFACE_ANALYSIS__NOISE:
				return noise != NOISE_EDEFAULT;
			case ToyPackage.TOY_SURFACE_ANALYSIS__OPTIMIZERS:
				return optimizers != null && !optimizers.isEmpty();
			case ToyPackage.TOY_SURFACE_ANALYSIS__CRITICAL_POINTS:
				return criticalPoints != CRITICAL_POINTS_EDEFAULT;
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
		result.append(" (surface: ");
		result.append(surface);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(", starts: ");
		result.append(starts);
		result.append(", steps: ");
		result.append(steps);
		result.append(", noise: ");
		result.append(noise);
		result.append(", criticalPoints: ");
		result.append(criticalPoints);
		result.append(')');
		return result.toString();
	}

} //ToySurfaceAnalysisImpl
