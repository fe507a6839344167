/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hessian Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.HessianAnalysis#getTopK <em>Top K</em>}</li>
 *   <li>{@link org.losslandscape.model.HessianAnalysis#getBottomK <em>Bottom K</em>}</li>
 *   <li>{@link org.losslandscape.model.HessianAnalysis#getMethod <em>Method</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getHessianAnalysis()
 * @model
 * @generated
 */
public interface HessianAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Top K</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Top K</em>' attribute.
	 * @see #setTopK(int)
	 * @see org.losslandscape.model.LandscapePackage#getHessianAnalysis_TopK()
	 * @model default="10"
	 *        annotation="http://losslandscape.org/ui label='Top eigenvalues' unit='count' help='How many of the largest eigenvalues to find.'"
	 * @generated
	 */
	int getTopK();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.HessianAnalysis#getTopK <em>Top K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Top K</em>' attribute.
	 * @see #getTopK()
	 * @generated
	 */
	void setTopK(int value);

	/**
	 * Returns the value of the '<em><b>Bottom K</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bottom K</em>' attribute.
	 * @see #setBottomK(int)
	 * @see org.losslandscape.model.LandscapePackage#getHessianAnalysis_BottomK()
	 * @model default="0"
	 *        annotation="http://losslandscape.org/ui label='Bottom eigenvalues' unit='count' help='How many of the smallest (most negative) eigenvalues to find; 0 = none.'"
	 * @generated
	 */
	int getBottomK();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.HessianAnalysis#getBottomK <em>Bottom K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bottom K</em>' attribute.
	 * @see #getBottomK()
	 * @generated
	 */
	void setBottomK(int value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"LANCZOS"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.HessianMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.losslandscape.model.HessianMethod
	 * @see #setMethod(HessianMethod)
	 * @see org.losslandscape.model.LandscapePackage#getHessianAnalysis_Method()
	 * @model default="LANCZOS"
	 *        annotation="http://losslandscape.org/ui label='Method' help='LANCZOS: Hessian-vector products; POWER: power iteration; DENSE: the whole Hessian (small networks only).'"
	 * @generated
	 */
	HessianMethod getMethod();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.HessianAnalysis#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.losslandscape.model.HessianMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(HessianMethod value);

} // HessianAnalysis
