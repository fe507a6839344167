/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model;

import org.eclipse.emf.common.util.EList;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gradient Noise Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The noise of mini-batch gradients around the full gradient at the trained point (and, with checkpoints, along training), projected on random directions and on the top Hessian eigenvectors, for several batch sizes: its tail index α by the estimator of Mohammadi et al. 2015 as Şimşekli et al. 2019 use it (α = 2: Gaussian; α < 2: heavy-tailed), with a bootstrap interval, a histogram and a Gaussian Q-Q plot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBatchSizes <em>Batch Sizes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBatches <em>Batches</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getRandomDirections <em>Random Directions</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getHessianDirections <em>Hessian Directions</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBootstrap <em>Bootstrap</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#isAlongTraining <em>Along Training</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientNoiseAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.dynamics'"
 * @generated
 */
public interface GradientNoiseAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Batch Sizes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The batch sizes; none: 1, 8 and 64 (each at most the training rows).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch Sizes</em>' attribute list.
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientNoiseAnalysis_BatchSizes()
	 * @model annotation="http://losslandscape.org/ui label='Batch sizes' unit='rows' help='The batch sizes; none: 1, 8 and 64 (each at most the training rows).'"
	 * @generated
	 */
	EList<Integer> getBatchSizes();

	/**
	 * Returns the value of the '<em><b>Batches</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mini-batches drawn per batch size: the samples of each direction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batches</em>' attribute.
	 * @see #setBatches(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientNoiseAnalysis_Batches()
	 * @model default="1000"
	 *        annotation="http://losslandscape.org/ui label='Batches' unit='per batch size' help='Mini-batches drawn per batch size: the samples of each direction.'"
	 * @generated
	 */
	int getBatches();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBatches <em>Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batches</em>' attribute.
	 * @see #getBatches()
	 * @generated
	 */
	void setBatches(int value);

	/**
	 * Returns the value of the '<em><b>Random Directions</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Random Directions</em>' attribute.
	 * @see #setRandomDirections(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientNoiseAnalysis_RandomDirections()
	 * @model default="4"
	 *        annotation="http://losslandscape.org/ui label='Random directions' unit='directions' help='Random unit directions the gradient noise is projected on, besides the Hessian eigenvectors.'"
	 * @generated
	 */
	int getRandomDirections();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getRandomDirections <em>Random Directions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Directions</em>' attribute.
	 * @see #getRandomDirections()
	 * @generated
	 */
	void setRandomDirections(int value);

	/**
	 * Returns the value of the '<em><b>Hessian Directions</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top Hessian eigenvectors (Lanczos) the noise is projected on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hessian Directions</em>' attribute.
	 * @see #setHessianDirections(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientNoiseAnalysis_HessianDirections()
	 * @model default="2"
	 *        annotation="http://losslandscape.org/ui label='Hessian directions' unit='eigenvectors' help='Top Hessian eigenvectors (Lanczos) the noise is projected on.'"
	 * @generated
	 */
	int getHessianDirections();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getHessianDirections <em>Hessian Directions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hessian Directions</em>' attribute.
	 * @see #getHessianDirections()
	 * @generated
	 */
	void setHessianDirections(int value);

	/**
	 * Returns the value of the '<em><b>Bootstrap</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resamples of the 90 % interval of α.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bootstrap</em>' attribute.
	 * @see #setBootstrap(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientNoiseAnalysis_Bootstrap()
	 * @model default="200"
	 *        annotation="http://losslandscape.org/ui label='Bootstrap resamples' unit='resamples' help='Resamples of the 90 % interval of \u03b1.'"
	 * @generated
	 */
	int getBootstrap();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#getBootstrap <em>Bootstrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bootstrap</em>' attribute.
	 * @see #getBootstrap()
	 * @generated
	 */
	void setBootstrap(int value);

	/**
	 * Returns the value of the '<em><b>Along Training</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also at every checkpoint, at the smallest batch size.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Along Training</em>' attribute.
	 * @see #setAlongTraining(boolean)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getGradientNoiseAnalysis_AlongTraining()
	 * @model default="true"
	 *        annotation="http://losslandscape.org/ui label='Along training' help='Also at every checkpoint, at the smallest batch size.'"
	 * @generated
	 */
	boolean isAlongTraining();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis#isAlongTraining <em>Along Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Along Training</em>' attribute.
	 * @see #isAlongTraining()
	 * @generated
	 */
	void setAlongTraining(boolean value);

} // GradientNoiseAnalysis
