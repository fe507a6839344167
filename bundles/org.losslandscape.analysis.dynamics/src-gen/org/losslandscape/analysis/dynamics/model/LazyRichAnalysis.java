/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model;

import org.eclipse.emf.common.util.EList;

import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.Parameterization;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lazy Rich Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Lazy against rich training: the experiment's network at several hidden widths and parameterisations, each trained from its own initialisation by full-batch gradient descent on the training set, with the relative change of its empirical neural tangent kernel on a probe set, ‖K_t − K_0‖_F/‖K_0‖_F, and the relative movement of its weights, ‖θ_t − θ_0‖/‖θ_0‖. Under NTK both fall like 1/√width (lazy); under mean-field, with the learning rate × width, they do not (rich).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getWidths <em>Widths</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getParameterizations <em>Parameterizations</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getSamples <em>Samples</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLazyRichAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.dynamics'"
 * @generated
 */
public interface LazyRichAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Widths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hidden widths (every Dense layer but the last takes it); none: 64, 256 and 1024.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Widths</em>' attribute list.
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLazyRichAnalysis_Widths()
	 * @model annotation="http://losslandscape.org/ui label='Widths' unit='hidden units' help='The hidden widths (every Dense layer but the last takes it); none: 64, 256 and 1024.'"
	 * @generated
	 */
	EList<Integer> getWidths();

	/**
	 * Returns the value of the '<em><b>Parameterizations</b></em>' attribute list.
	 * The list contents are of type {@link org.losslandscape.model.Parameterization}.
	 * The literals are from the enumeration {@link org.losslandscape.model.Parameterization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parameterisations compared; none: NTK and MEAN_FIELD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameterizations</em>' attribute list.
	 * @see org.losslandscape.model.Parameterization
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLazyRichAnalysis_Parameterizations()
	 * @model annotation="http://losslandscape.org/ui label='Parameterisations' help='The parameterisations compared; none: NTK and MEAN_FIELD.'"
	 * @generated
	 */
	EList<Parameterization> getParameterizations();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gradient-descent steps per network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLazyRichAnalysis_Steps()
	 * @model default="200"
	 *        annotation="http://losslandscape.org/ui label='Steps' unit='per network' help='Gradient-descent steps per network.'"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step η (mean-field: η × width).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLazyRichAnalysis_LearningRate()
	 * @model default="0.5"
	 *        annotation="http://losslandscape.org/ui label='Step size \u03b7' help='The step \u03b7 (mean-field: \u03b7 \327 width).'"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Probes</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first training rows, on which the kernel is measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probes</em>' attribute.
	 * @see #setProbes(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLazyRichAnalysis_Probes()
	 * @model default="20"
	 *        annotation="http://losslandscape.org/ui label='Kernel rows' unit='training rows' help='The first training rows, on which the kernel is measured.'"
	 * @generated
	 */
	int getProbes();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getProbes <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probes</em>' attribute.
	 * @see #getProbes()
	 * @generated
	 */
	void setProbes(int value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps (evenly spaced) at which the kernel is measured besides the start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#getLazyRichAnalysis_Samples()
	 * @model default="10"
	 *        annotation="http://losslandscape.org/ui label='Samples' unit='steps' help='The steps (evenly spaced) at which the kernel is measured besides the start.'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

} // LazyRichAnalysis
