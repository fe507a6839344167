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

import org.losslandscape.analysis.flatness.model.CurvatureOperatorKind;
import org.losslandscape.analysis.flatness.model.FlatnessPackage;
import org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis;

import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer Curvature Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.LayerCurvatureAnalysisImpl#getOperators <em>Operators</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.LayerCurvatureAnalysisImpl#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.LayerCurvatureAnalysisImpl#getLanczosSteps <em>Lanczos Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.impl.LayerCurvatureAnalysisImpl#getGridPoints <em>Grid Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerCurvatureAnalysisImpl extends AnalysisSpecImpl implements LayerCurvatureAnalysis {
	/**
	 * The cached value of the '{@link #getOperators() <em>Operators</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperators()
	 * @generated
	 * @ordered
	 */
	protected EList<CurvatureOperatorKind> operators;

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
	protected static final int LANCZOS_STEPS_EDEFAULT = 30;

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
	 * The default value of the '{@link #getGridPoints() <em>Grid Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGridPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int GRID_POINTS_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getGridPoints() <em>Grid Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGridPoints()
	 * @generated
	 * @ordered
	 */
	protected int gridPoints = GRID_POINTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerCurvatureAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlatnessPackage.Literals.LAYER_CURVATURE_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CurvatureOperatorKind> getOperators() {
		if (operators == null) {
			operators = new EDataTypeUniqueEList<CurvatureOperatorKind>(CurvatureOperatorKind.class, this, FlatnessPackage.LAYER_CURVATURE_ANALYSIS__OPERATORS);
		}
		return operators;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.LAYER_CURVATURE_ANALYSIS__PROBES, oldProbes, probes));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.LAYER_CURVATURE_ANALYSIS__LANCZOS_STEPS, oldLanczosSteps, lanczosSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGridPoints() {
		return gridPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGridPoints(int newGridPoints) {
		int oldGridPoints = gridPoints;
		gridPoints = newGridPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlatnessPackage.LAYER_CURVATURE_ANALYSIS__GRID_POINTS, oldGridPoints, gridPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__OPERATORS:
				return getOperators();
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__PROBES:
				return getProbes();
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__LANCZOS_STEPS:
				return getLanczosSteps();
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__GRID_POINTS:
				return getGridPoints();
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
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__OPERATORS:
				getOperators().clear();
				getOperators().addAll((Collection<? extends CurvatureOperatorKind>)newValue);
				return;
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__PROBES:
				setProbes((Integer)newValue);
				return;
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__LANCZOS_STEPS:
				setLanczosSteps((Integer)newValue);
				return;
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__GRID_POINTS:
				setGridPoints((Integer)newValue);
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
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__OPERATORS:
				getOperators().clear();
				return;
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__PROBES:
				setProbes(PROBES_EDEFAULT);
				return;
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__LANCZOS_STEPS:
				setLanczosSteps(LANCZOS_STEPS_EDEFAULT);
				return;
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__GRID_POINTS:
				setGridPoints(GRID_POINTS_EDEFAULT);
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
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__OPERATORS:
				return operators != null && !operators.isEmpty();
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__PROBES:
				return probes != PROBES_EDEFAULT;
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__LANCZOS_STEPS:
				return lanczosSteps != LANCZOS_STEPS_EDEFAULT;
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS__GRID_POINTS:
				return gridPoints != GRID_POINTS_EDEFAULT;
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
		result.append(" (operators: ");
		result.append(operators);
		result.append(", probes: ");
		result.append(probes);
		result.append(", lanczosSteps: ");
		result.append(lanczosSteps);
		result.append(", gridPoints: ");
		result.append(gridPoints);
		result.append(')');
		return result.toString();
	}

} //LayerCurvatureAnalysisImpl
