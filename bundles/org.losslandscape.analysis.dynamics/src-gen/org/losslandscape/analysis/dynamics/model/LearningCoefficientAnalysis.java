/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learning Coefficient Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The local learning coefficient λ̂(w*) = nβ(E_w[L_n(w)] − L_n(w*)) of singular learning theory, estimated by SGLD chains localised at w* (Lau et al. 2023): at the trained parameters, or at every checkpoint along training. A regular model has λ = d/2; degenerate (singular) solutions have less.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getLocalisation <em>Localisation</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getInverseTemperature <em>Inverse Temperature</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getStepSize <em>Step Size</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getBurnIn <em>Burn In</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getChains <em>Chains</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#isAlongTraining <em>Along Training</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.dynamics'"
 * @generated
 */
public interface LearningCoefficientAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Localisation</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * γ, the pull of the chains back to w*: the term γ/2 ‖w − w*‖² of the localised posterior.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Localisation</em>' attribute.
	 * @see #setLocalisation(double)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis_Localisation()
	 * @model default="100.0"
	 *        annotation="http://losslandscape.org/ui label='Localisation \u03b3' help='\u03b3, the pull of the chains back to w*: the term \u03b3/2 \u2016w \u2212 w*\u2016\262 of the localised posterior.'"
	 * @generated
	 */
	double getLocalisation();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getLocalisation <em>Localisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Localisation</em>' attribute.
	 * @see #getLocalisation()
	 * @generated
	 */
	void setLocalisation(double value);

	/**
	 * Returns the value of the '<em><b>Inverse Temperature</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * β; 0 for Watanabe's 1/log n (n training rows).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inverse Temperature</em>' attribute.
	 * @see #setInverseTemperature(double)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis_InverseTemperature()
	 * @model default="0.0"
	 *        annotation="http://losslandscape.org/ui label='Inverse temperature \u03b2' help='\u03b2; 0 for Watanabe\'s 1/log n (n training rows).'"
	 * @generated
	 */
	double getInverseTemperature();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getInverseTemperature <em>Inverse Temperature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inverse Temperature</em>' attribute.
	 * @see #getInverseTemperature()
	 * @generated
	 */
	void setInverseTemperature(double value);

	/**
	 * Returns the value of the '<em><b>Step Size</b></em>' attribute.
	 * The default value is <code>"1.0E-4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ε, the SGLD step: w ← w − ε/2 (nβ∇L_m(w) + γ(w − w*)) + N(0, ε).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step Size</em>' attribute.
	 * @see #setStepSize(double)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis_StepSize()
	 * @model default="1.0E-4"
	 *        annotation="http://losslandscape.org/ui label='SGLD step \u03b5' help='\u03b5, the SGLD step: w \u2190 w \u2212 \u03b5/2 (n\u03b2\u2207L_m(w) + \u03b3(w \u2212 w*)) + N(0, \u03b5).'"
	 * @generated
	 */
	double getStepSize();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getStepSize <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Size</em>' attribute.
	 * @see #getStepSize()
	 * @generated
	 */
	void setStepSize(double value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Draws per chain after the burn-in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis_Steps()
	 * @model default="500"
	 *        annotation="http://losslandscape.org/ui label='Draws' unit='per chain' help='Draws per chain after the burn-in.'"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Burn In</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Burn In</em>' attribute.
	 * @see #setBurnIn(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis_BurnIn()
	 * @model default="100"
	 *        annotation="http://losslandscape.org/ui label='Burn-in' unit='steps per chain' help='SGLD steps per chain discarded before the draws are kept.'"
	 * @generated
	 */
	int getBurnIn();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getBurnIn <em>Burn In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Burn In</em>' attribute.
	 * @see #getBurnIn()
	 * @generated
	 */
	void setBurnIn(int value);

	/**
	 * Returns the value of the '<em><b>Chains</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chains</em>' attribute.
	 * @see #setChains(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis_Chains()
	 * @model default="4"
	 *        annotation="http://losslandscape.org/ui label='Chains' unit='chains' help='Independent SGLD chains, each with its own seed; the estimate averages them.'"
	 * @generated
	 */
	int getChains();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getChains <em>Chains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chains</em>' attribute.
	 * @see #getChains()
	 * @generated
	 */
	void setChains(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows per SGLD step; 0 for the full training set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis_BatchSize()
	 * @model default="0"
	 *        annotation="http://losslandscape.org/ui label='Batch size' unit='rows' help='Rows per SGLD step; 0 for the full training set.'"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Along Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimate at every checkpoint of the run (training.checkpointEvery > 0) instead of at the trained parameters only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Along Training</em>' attribute.
	 * @see #setAlongTraining(boolean)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLearningCoefficientAnalysis_AlongTraining()
	 * @model annotation="http://losslandscape.org/ui label='Along training' help='Estimate at every checkpoint of the run (training.checkpointEvery &gt; 0) instead of at the trained parameters only.'"
	 * @generated
	 */
	boolean isAlongTraining();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis#isAlongTraining <em>Along Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Along Training</em>' attribute.
	 * @see #isAlongTraining()
	 * @generated
	 */
	void setAlongTraining(boolean value);

} // LearningCoefficientAnalysis
