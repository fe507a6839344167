/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.toy.model;

import org.eclipse.emf.common.util.EList;

import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.OptimizerSpec;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Surface Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A two-dimensional test function with known critical points: its grid, the critical points found by Newton's method and classified, and the paths of optimizers from given starts. Needs no dataset or network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getSurface <em>Surface</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getStarts <em>Starts</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getNoise <em>Noise</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getOptimizers <em>Optimizers</em>}</li>
 *   <li>{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#isCriticalPoints <em>Critical Points</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceAnalysis()
 * @model annotation="http://www.losslandscape.org/analysis bundle='org.losslandscape.analysis.toy'"
 *        annotation="http://www.losslandscape.org/model/moved from='http://losslandscape.org/model/1.0#ToySurfaceAnalysis'"
 * @generated
 */
public interface ToySurfaceAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Surface</b></em>' attribute.
	 * The default value is <code>"HIMMELBLAU"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.analysis.toy.model.ToySurfaceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Surface</em>' attribute.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceKind
	 * @see #setSurface(ToySurfaceKind)
	 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceAnalysis_Surface()
	 * @model default="HIMMELBLAU"
	 *        annotation="http://losslandscape.org/ui label='Surface' help='The test function: Himmelblau, Rosenbrock, the six-hump camel, Rastrigin, the monkey saddle, \u2026'"
	 * @generated
	 */
	ToySurfaceKind getSurface();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getSurface <em>Surface</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Surface</em>' attribute.
	 * @see org.losslandscape.analysis.toy.model.ToySurfaceKind
	 * @see #getSurface()
	 * @generated
	 */
	void setSurface(ToySurfaceKind value);

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * The default value is <code>"101"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see #setResolution(int)
	 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceAnalysis_Resolution()
	 * @model default="101"
	 *        annotation="http://losslandscape.org/ui label='Resolution' unit='points per axis' help='Grid points along each axis of the drawn surface.'"
	 * @generated
	 */
	int getResolution();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(int value);

	/**
	 * Returns the value of the '<em><b>Starts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start points 'x, y'; none: a point near the corner of the surface's range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starts</em>' attribute list.
	 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceAnalysis_Starts()
	 * @model annotation="http://losslandscape.org/ui label='Starts' unit='x, y' help='Start points \'x, y\'; none: a point near the corner of the surface\'s range.'"
	 * @generated
	 */
	EList<String> getStarts();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceAnalysis_Steps()
	 * @model default="200"
	 *        annotation="http://losslandscape.org/ui label='Steps' unit='per path' help='Steps of each optimizer path from each start.'"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Noise</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation of Gaussian gradient noise; when above 0 every path is also run with the noise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Noise</em>' attribute.
	 * @see #setNoise(double)
	 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceAnalysis_Noise()
	 * @model default="0.0"
	 *        annotation="http://losslandscape.org/ui label='Gradient noise \u03c3' help='Standard deviation of Gaussian gradient noise; when above 0 every path is also run with the noise.'"
	 * @generated
	 */
	double getNoise();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#getNoise <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise</em>' attribute.
	 * @see #getNoise()
	 * @generated
	 */
	void setNoise(double value);

	/**
	 * Returns the value of the '<em><b>Optimizers</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.OptimizerSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The optimizers to run from each start; none: the experiment's optimizer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optimizers</em>' containment reference list.
	 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceAnalysis_Optimizers()
	 * @model containment="true"
	 * @generated
	 */
	EList<OptimizerSpec> getOptimizers();

	/**
	 * Returns the value of the '<em><b>Critical Points</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Critical Points</em>' attribute.
	 * @see #setCriticalPoints(boolean)
	 * @see org.losslandscape.analysis.toy.model.ToyPackage#getToySurfaceAnalysis_CriticalPoints()
	 * @model default="true"
	 *        annotation="http://losslandscape.org/ui label='Find critical points' help='Find the critical points by Newton\'s method and type them by the Hessian (minimum, saddle, maximum).'"
	 * @generated
	 */
	boolean isCriticalPoints();

	/**
	 * Sets the value of the '{@link org.losslandscape.analysis.toy.model.ToySurfaceAnalysis#isCriticalPoints <em>Critical Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical Points</em>' attribute.
	 * @see #isCriticalPoints()
	 * @generated
	 */
	void setCriticalPoints(boolean value);

} // ToySurfaceAnalysis
