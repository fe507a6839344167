/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trace Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.TraceAnalysis#getProbes <em>Probes</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getTraceAnalysis()
 * @model
 * @generated
 */
public interface TraceAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Probes</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probes</em>' attribute.
	 * @see #setProbes(int)
	 * @see org.losslandscape.model.LandscapePackage#getTraceAnalysis_Probes()
	 * @model default="100"
	 *        annotation="http://losslandscape.org/ui label='Probes' unit='random vectors' help='Hutchinson probes; the estimate\'s error falls as one over the square root of their number.'"
	 * @generated
	 */
	int getProbes();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TraceAnalysis#getProbes <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probes</em>' attribute.
	 * @see #getProbes()
	 * @generated
	 */
	void setProbes(int value);

} // TraceAnalysis
