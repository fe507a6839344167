/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model;

import org.eclipse.emf.common.util.EList;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer Curvature Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Curvature by block and by operator: λ_max (Lanczos), the trace (Hutchinson) and the spectral density (stochastic Lanczos quadrature) of the whole network and of each layer's block, for the Hessian, the generalised Gauss–Newton matrix and the empirical Fisher.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getOperators <em>Operators</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getLanczosSteps <em>Lanczos Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getGridPoints <em>Grid Points</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getLayerCurvatureAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.flatness'"
 * @generated
 */
public interface LayerCurvatureAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Operators</b></em>' attribute list.
	 * The list contents are of type {@link org.losslandscape.analysis.flatness.model.CurvatureOperatorKind}.
	 * The literals are from the enumeration {@link org.losslandscape.analysis.flatness.model.CurvatureOperatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The operators, each once; none: all three.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operators</em>' attribute list.
	 * @see org.losslandscape.analysis.flatness.model.CurvatureOperatorKind
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getLayerCurvatureAnalysis_Operators()
	 * @model annotation="http://losslandscape.org/ui label='Operators' help='The operators, each once; none: all three.'"
	 * @generated
	 */
	EList<CurvatureOperatorKind> getOperators();

	/**
	 * Returns the value of the '<em><b>Probes</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probes</em>' attribute.
	 * @see #setProbes(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getLayerCurvatureAnalysis_Probes()
	 * @model default="10"
	 *        annotation="http://losslandscape.org/ui label='Probes' unit='vectors' help='Hutchinson probe vectors per layer for the trace, and starts of the spectral density.'"
	 * @generated
	 */
	int getProbes();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getProbes <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probes</em>' attribute.
	 * @see #getProbes()
	 * @generated
	 */
	void setProbes(int value);

	/**
	 * Returns the value of the '<em><b>Lanczos Steps</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lanczos Steps</em>' attribute.
	 * @see #setLanczosSteps(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getLayerCurvatureAnalysis_LanczosSteps()
	 * @model default="30"
	 *        annotation="http://losslandscape.org/ui label='Lanczos steps' unit='products per probe' help='Lanczos steps (operator-vector products) per probe of the spectral density.'"
	 * @generated
	 */
	int getLanczosSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getLanczosSteps <em>Lanczos Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lanczos Steps</em>' attribute.
	 * @see #getLanczosSteps()
	 * @generated
	 */
	void setLanczosSteps(int value);

	/**
	 * Returns the value of the '<em><b>Grid Points</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grid Points</em>' attribute.
	 * @see #setGridPoints(int)
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#getLayerCurvatureAnalysis_GridPoints()
	 * @model default="100"
	 *        annotation="http://losslandscape.org/ui label='Density grid' unit='points' help='Points of the grid on which each spectral density is evaluated.'"
	 * @generated
	 */
	int getGridPoints();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis#getGridPoints <em>Grid Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grid Points</em>' attribute.
	 * @see #getGridPoints()
	 * @generated
	 */
	void setGridPoints(int value);

} // LayerCurvatureAnalysis
