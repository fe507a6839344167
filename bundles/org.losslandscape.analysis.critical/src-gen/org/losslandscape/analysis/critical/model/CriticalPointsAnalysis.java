/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.critical.model;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Points Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Critical points of the training loss found by Levenberg–Marquardt on ∇L = 0 (exact Hessian-vector products, MINRES) from random initialisations, points of the training path and perturbed copies of the trained point; for each point with ‖∇L‖ below the tolerance its loss, index fraction (dense Hessian or SLQ) and distance to the training path, and the index against the loss with Pennington and Bahri's 3/2 law fitted.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getRandomStarts <em>Random Starts</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPathStarts <em>Path Starts</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPerturbedStarts <em>Perturbed Starts</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPerturbation <em>Perturbation</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getMaxIterations <em>Max Iterations</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getDenseLimit <em>Dense Limit</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getLanczosSteps <em>Lanczos Steps</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.critical'"
 * @generated
 */
public interface CriticalPointsAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Random Starts</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Starts drawn by the network's initialiser, each with its own seed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Random Starts</em>' attribute.
	 * @see #setRandomStarts(int)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_RandomStarts()
	 * @model default="8"
	 *        annotation="http://losslandscape.org/ui label='Random starts' unit='starts' help='Starts drawn by the network\'s initialiser, each with its own seed.'"
	 * @generated
	 */
	int getRandomStarts();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getRandomStarts <em>Random Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Starts</em>' attribute.
	 * @see #getRandomStarts()
	 * @generated
	 */
	void setRandomStarts(int value);

	/**
	 * Returns the value of the '<em><b>Path Starts</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Starts taken evenly along the training path (its checkpoints and the trained point).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path Starts</em>' attribute.
	 * @see #setPathStarts(int)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_PathStarts()
	 * @model default="8"
	 *        annotation="http://losslandscape.org/ui label='Starts along the path' unit='starts' help='Starts taken evenly along the training path (its checkpoints and the trained point).'"
	 * @generated
	 */
	int getPathStarts();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPathStarts <em>Path Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path Starts</em>' attribute.
	 * @see #getPathStarts()
	 * @generated
	 */
	void setPathStarts(int value);

	/**
	 * Returns the value of the '<em><b>Perturbed Starts</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Starts at the trained point plus Gaussian noise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Perturbed Starts</em>' attribute.
	 * @see #setPerturbedStarts(int)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_PerturbedStarts()
	 * @model default="8"
	 *        annotation="http://losslandscape.org/ui label='Perturbed starts' unit='starts' help='Starts at the trained point plus Gaussian noise.'"
	 * @generated
	 */
	int getPerturbedStarts();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPerturbedStarts <em>Perturbed Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Perturbed Starts</em>' attribute.
	 * @see #getPerturbedStarts()
	 * @generated
	 */
	void setPerturbedStarts(int value);

	/**
	 * Returns the value of the '<em><b>Perturbation</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The noise of the perturbed starts: its standard deviation per parameter is this times the trained point's root-mean-square parameter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Perturbation</em>' attribute.
	 * @see #setPerturbation(double)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_Perturbation()
	 * @model default="0.5"
	 *        annotation="http://losslandscape.org/ui label='Perturbation' unit='\327 parameter RMS' help='The noise of the perturbed starts: its standard deviation per parameter is this times the trained point\'s root-mean-square parameter.'"
	 * @generated
	 */
	double getPerturbation();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getPerturbation <em>Perturbation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Perturbation</em>' attribute.
	 * @see #getPerturbation()
	 * @generated
	 */
	void setPerturbation(double value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * The default value is <code>"1.0E-8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A point is critical when ‖∇L‖ ≤ tolerance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(double)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_Tolerance()
	 * @model default="1.0E-8"
	 *        annotation="http://losslandscape.org/ui label='Gradient tolerance' unit='\u2016\u2207L\u2016' help='A point is critical when \u2016\u2207L\u2016 \u2264 tolerance.'"
	 * @generated
	 */
	double getTolerance();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Max Iterations</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Iterations</em>' attribute.
	 * @see #setMaxIterations(int)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_MaxIterations()
	 * @model default="100"
	 *        annotation="http://losslandscape.org/ui label='Iterations' unit='per start, at most' help='Newton-type iterations on \u2016\u2207L\u2016\262 from each start before it is given up.'"
	 * @generated
	 */
	int getMaxIterations();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getMaxIterations <em>Max Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Iterations</em>' attribute.
	 * @see #getMaxIterations()
	 * @generated
	 */
	void setMaxIterations(int value);

	/**
	 * Returns the value of the '<em><b>Dense Limit</b></em>' attribute.
	 * The default value is <code>"2000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Networks with at most this many parameters have their index counted from the dense Hessian; larger ones estimated by stochastic Lanczos quadrature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dense Limit</em>' attribute.
	 * @see #setDenseLimit(int)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_DenseLimit()
	 * @model default="2000"
	 *        annotation="http://losslandscape.org/ui label='Dense Hessian up to' unit='parameters' help='Networks with at most this many parameters have their index counted from the dense Hessian; larger ones estimated by stochastic Lanczos quadrature.'"
	 * @generated
	 */
	int getDenseLimit();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getDenseLimit <em>Dense Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dense Limit</em>' attribute.
	 * @see #getDenseLimit()
	 * @generated
	 */
	void setDenseLimit(int value);

	/**
	 * Returns the value of the '<em><b>Probes</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probes</em>' attribute.
	 * @see #setProbes(int)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_Probes()
	 * @model default="10"
	 *        annotation="http://losslandscape.org/ui label='Probes' unit='vectors' help='Random probe vectors of the stochastic estimate of the index (networks above the dense limit).'"
	 * @generated
	 */
	int getProbes();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getProbes <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probes</em>' attribute.
	 * @see #getProbes()
	 * @generated
	 */
	void setProbes(int value);

	/**
	 * Returns the value of the '<em><b>Lanczos Steps</b></em>' attribute.
	 * The default value is <code>"80"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lanczos Steps</em>' attribute.
	 * @see #setLanczosSteps(int)
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#getCriticalPointsAnalysis_LanczosSteps()
	 * @model default="80"
	 *        annotation="http://losslandscape.org/ui label='Lanczos steps' unit='Hessian-vector products' help='Lanczos steps per probe of the index estimate.'"
	 * @generated
	 */
	int getLanczosSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.critical.model.CriticalPointsAnalysis#getLanczosSteps <em>Lanczos Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lanczos Steps</em>' attribute.
	 * @see #getLanczosSteps()
	 * @generated
	 */
	void setLanczosSteps(int value);

} // CriticalPointsAnalysis
