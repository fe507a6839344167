/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ModeConnectivityAnalysis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mode Connectivity Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.ModeConnectivityAnalysisImpl#getOtherRunId <em>Other Run Id</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ModeConnectivityAnalysisImpl#isBezier <em>Bezier</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ModeConnectivityAnalysisImpl#isAlignPermutations <em>Align Permutations</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.ModeConnectivityAnalysisImpl#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModeConnectivityAnalysisImpl extends AnalysisSpecImpl implements ModeConnectivityAnalysis {
	/**
	 * The default value of the '{@link #getOtherRunId() <em>Other Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherRunId()
	 * @generated
	 * @ordered
	 */
	protected static final String OTHER_RUN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOtherRunId() <em>Other Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherRunId()
	 * @generated
	 * @ordered
	 */
	protected String otherRunId = OTHER_RUN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isBezier() <em>Bezier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBezier()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BEZIER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBezier() <em>Bezier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBezier()
	 * @generated
	 * @ordered
	 */
	protected boolean bezier = BEZIER_EDEFAULT;

	/**
	 * The default value of the '{@link #isAlignPermutations() <em>Align Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlignPermutations()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALIGN_PERMUTATIONS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAlignPermutations() <em>Align Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlignPermutations()
	 * @generated
	 * @ordered
	 */
	protected boolean alignPermutations = ALIGN_PERMUTATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int POINTS_EDEFAULT = 21;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected int points = POINTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModeConnectivityAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.MODE_CONNECTIVITY_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOtherRunId() {
		return otherRunId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherRunId(String newOtherRunId) {
		String oldOtherRunId = otherRunId;
		otherRunId = newOtherRunId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__OTHER_RUN_ID, oldOtherRunId, otherRunId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBezier() {
		return bezier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBezier(boolean newBezier) {
		boolean oldBezier = bezier;
		bezier = newBezier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__BEZIER, oldBezier, bezier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAlignPermutations() {
		return alignPermutations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlignPermutations(boolean newAlignPermutations) {
		boolean oldAlignPermutations = alignPermutations;
		alignPermutations = newAlignPermutations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__ALIGN_PERMUTATIONS, oldAlignPermutations, alignPermutations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPoints() {
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(int newPoints) {
		int oldPoints = points;
		points = newPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__POINTS, oldPoints, points));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__OTHER_RUN_ID:
				return getOtherRunId();
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__BEZIER:
				return isBezier();
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__ALIGN_PERMUTATIONS:
				return isAlignPermutations();
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__POINTS:
				return getPoints();
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
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__OTHER_RUN_ID:
				setOtherRunId((String)newValue);
				return;
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__BEZIER:
				setBezier((Boolean)newValue);
				return;
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__ALIGN_PERMUTATIONS:
				setAlignPermutations((Boolean)newValue);
				return;
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__POINTS:
				setPoints((Integer)newValue);
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
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__OTHER_RUN_ID:
				setOtherRunId(OTHER_RUN_ID_EDEFAULT);
				return;
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__BEZIER:
				setBezier(BEZIER_EDEFAULT);
				return;
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__ALIGN_PERMUTATIONS:
				setAlignPermutations(ALIGN_PERMUTATIONS_EDEFAULT);
				return;
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__POINTS:
				setPoints(POINTS_EDEFAULT);
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
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__OTHER_RUN_ID:
				return OTHER_RUN_ID_EDEFAULT == null ? otherRunId != null : !OTHER_RUN_ID_EDEFAULT.equals(otherRunId);
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__BEZIER:
				return bezier != BEZIER_EDEFAULT;
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__ALIGN_PERMUTATIONS:
				return alignPermutations != ALIGN_PERMUTATIONS_EDEFAULT;
			case LandscapePackage.MODE_CONNECTIVITY_ANALYSIS__POINTS:
				return points != POINTS_EDEFAULT;
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
		result.append(" (otherRunId: ");
		result.append(otherRunId);
		result.append(", bezier: ");
		result.append(bezier);
		result.append(", alignPermutations: ");
		result.append(alignPermutations);
		result.append(", points: ");
		result.append(points);
		result.append(')');
		return result.toString();
	}

} //ModeConnectivityAnalysisImpl
