/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.LandscapePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hessian Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.HessianAnalysisImpl#getTopK <em>Top K</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.HessianAnalysisImpl#getBottomK <em>Bottom K</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.HessianAnalysisImpl#getMethod <em>Method</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HessianAnalysisImpl extends AnalysisSpecImpl implements HessianAnalysis {
	/**
	 * The default value of the '{@link #getTopK() <em>Top K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopK()
	 * @generated
	 * @ordered
	 */
	protected static final int TOP_K_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getTopK() <em>Top K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopK()
	 * @generated
	 * @ordered
	 */
	protected int topK = TOP_K_EDEFAULT;

	/**
	 * The default value of the '{@link #getBottomK() <em>Bottom K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBottomK()
	 * @generated
	 * @ordered
	 */
	protected static final int BOTTOM_K_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBottomK() <em>Bottom K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBottomK()
	 * @generated
	 * @ordered
	 */
	protected int bottomK = BOTTOM_K_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final HessianMethod METHOD_EDEFAULT = HessianMethod.LANCZOS;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected HessianMethod method = METHOD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HessianAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.HESSIAN_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTopK() {
		return topK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopK(int newTopK) {
		int oldTopK = topK;
		topK = newTopK;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.HESSIAN_ANALYSIS__TOP_K, oldTopK, topK));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBottomK() {
		return bottomK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBottomK(int newBottomK) {
		int oldBottomK = bottomK;
		bottomK = newBottomK;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.HESSIAN_ANALYSIS__BOTTOM_K, oldBottomK, bottomK));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HessianMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(HessianMethod newMethod) {
		HessianMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.HESSIAN_ANALYSIS__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.HESSIAN_ANALYSIS__TOP_K:
				return getTopK();
			case LandscapePackage.HESSIAN_ANALYSIS__BOTTOM_K:
				return getBottomK();
			case LandscapePackage.HESSIAN_ANALYSIS__METHOD:
				return getMethod();
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
			case LandscapePackage.HESSIAN_ANALYSIS__TOP_K:
				setTopK((Integer)newValue);
				return;
			case LandscapePackage.HESSIAN_ANALYSIS__BOTTOM_K:
				setBottomK((Integer)newValue);
				return;
			case LandscapePackage.HESSIAN_ANALYSIS__METHOD:
				setMethod((HessianMethod)newValue);
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
			case LandscapePackage.HESSIAN_ANALYSIS__TOP_K:
				setTopK(TOP_K_EDEFAULT);
				return;
			case LandscapePackage.HESSIAN_ANALYSIS__BOTTOM_K:
				setBottomK(BOTTOM_K_EDEFAULT);
				return;
			case LandscapePackage.HESSIAN_ANALYSIS__METHOD:
				setMethod(METHOD_EDEFAULT);
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
			case LandscapePackage.HESSIAN_ANALYSIS__TOP_K:
				return topK != TOP_K_EDEFAULT;
			case LandscapePackage.HESSIAN_ANALYSIS__BOTTOM_K:
				return bottomK != BOTTOM_K_EDEFAULT;
			case LandscapePackage.HESSIAN_ANALYSIS__METHOD:
				return method != METHOD_EDEFAULT;
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
		result.append(" (topK: ");
		result.append(topK);
		result.append(", bottomK: ");
		result.append(bottomK);
		result.append(", method: ");
		result.append(method);
		result.append(')');
		return result.toString();
	}

} //HessianAnalysisImpl
