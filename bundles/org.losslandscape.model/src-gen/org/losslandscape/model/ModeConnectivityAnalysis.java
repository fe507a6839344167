/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mode Connectivity Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.ModeConnectivityAnalysis#getOtherRunId <em>Other Run Id</em>}</li>
 *   <li>{@link org.losslandscape.model.ModeConnectivityAnalysis#isBezier <em>Bezier</em>}</li>
 *   <li>{@link org.losslandscape.model.ModeConnectivityAnalysis#isAlignPermutations <em>Align Permutations</em>}</li>
 *   <li>{@link org.losslandscape.model.ModeConnectivityAnalysis#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getModeConnectivityAnalysis()
 * @model
 * @generated
 */
public interface ModeConnectivityAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Other Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the run whose solution is the other end point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Run Id</em>' attribute.
	 * @see #setOtherRunId(String)
	 * @see org.losslandscape.model.LandscapePackage#getModeConnectivityAnalysis_OtherRunId()
	 * @model annotation="http://losslandscape.org/ui label='Other run' unit='run id' help='Id of the run whose solution is the other end point; empty: the latest run that differs from this one.'"
	 * @generated
	 */
	String getOtherRunId();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ModeConnectivityAnalysis#getOtherRunId <em>Other Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Run Id</em>' attribute.
	 * @see #getOtherRunId()
	 * @generated
	 */
	void setOtherRunId(String value);

	/**
	 * Returns the value of the '<em><b>Bezier</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bezier</em>' attribute.
	 * @see #setBezier(boolean)
	 * @see org.losslandscape.model.LandscapePackage#getModeConnectivityAnalysis_Bezier()
	 * @model default="true"
	 *        annotation="http://losslandscape.org/ui label='B\351zier curve' help='Train a quadratic B\351zier curve between the two solutions (Garipov et al. 2018); off: the straight line.'"
	 * @generated
	 */
	boolean isBezier();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ModeConnectivityAnalysis#isBezier <em>Bezier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bezier</em>' attribute.
	 * @see #isBezier()
	 * @generated
	 */
	void setBezier(boolean value);

	/**
	 * Returns the value of the '<em><b>Align Permutations</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Align Permutations</em>' attribute.
	 * @see #setAlignPermutations(boolean)
	 * @see org.losslandscape.model.LandscapePackage#getModeConnectivityAnalysis_AlignPermutations()
	 * @model default="false"
	 *        annotation="http://losslandscape.org/ui label='Align neurons' help='Permute the other network\'s hidden units to match this one before connecting them.'"
	 * @generated
	 */
	boolean isAlignPermutations();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ModeConnectivityAnalysis#isAlignPermutations <em>Align Permutations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Align Permutations</em>' attribute.
	 * @see #isAlignPermutations()
	 * @generated
	 */
	void setAlignPermutations(boolean value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * The default value is <code>"21"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(int)
	 * @see org.losslandscape.model.LandscapePackage#getModeConnectivityAnalysis_Points()
	 * @model default="21"
	 *        annotation="http://losslandscape.org/ui label='Points' unit='along the path' help='Where the loss is evaluated along the path.'"
	 * @generated
	 */
	int getPoints();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.ModeConnectivityAnalysis#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(int value);

} // ModeConnectivityAnalysis
