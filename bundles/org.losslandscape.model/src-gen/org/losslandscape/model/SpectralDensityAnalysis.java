/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spectral Density Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.SpectralDensityAnalysis#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.losslandscape.model.SpectralDensityAnalysis#getLanczosSteps <em>Lanczos Steps</em>}</li>
 *   <li>{@link org.losslandscape.model.SpectralDensityAnalysis#getSigma <em>Sigma</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getSpectralDensityAnalysis()
 * @model
 * @generated
 */
public interface SpectralDensityAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Probes</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probes</em>' attribute.
	 * @see #setProbes(int)
	 * @see org.losslandscape.model.LandscapePackage#getSpectralDensityAnalysis_Probes()
	 * @model default="10"
	 *        annotation="http://losslandscape.org/ui label='Probes' unit='random vectors' help='Starting vectors of stochastic Lanczos quadrature; their densities are averaged.'"
	 * @generated
	 */
	int getProbes();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SpectralDensityAnalysis#getProbes <em>Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probes</em>' attribute.
	 * @see #getProbes()
	 * @generated
	 */
	void setProbes(int value);

	/**
	 * Returns the value of the '<em><b>Lanczos Steps</b></em>' attribute.
	 * The default value is <code>"90"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lanczos Steps</em>' attribute.
	 * @see #setLanczosSteps(int)
	 * @see org.losslandscape.model.LandscapePackage#getSpectralDensityAnalysis_LanczosSteps()
	 * @model default="90"
	 *        annotation="http://losslandscape.org/ui label='Lanczos steps' unit='per probe' help='More steps resolve finer detail of the density.'"
	 * @generated
	 */
	int getLanczosSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SpectralDensityAnalysis#getLanczosSteps <em>Lanczos Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lanczos Steps</em>' attribute.
	 * @see #getLanczosSteps()
	 * @generated
	 */
	void setLanczosSteps(int value);

	/**
	 * Returns the value of the '<em><b>Sigma</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of the Gaussian kernel that smooths the density.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sigma</em>' attribute.
	 * @see #setSigma(double)
	 * @see org.losslandscape.model.LandscapePackage#getSpectralDensityAnalysis_Sigma()
	 * @model default="0.01"
	 *        annotation="http://losslandscape.org/ui label='Smoothing width' unit='eigenvalue units' help='Width of the Gaussian kernel that smooths the density.'"
	 * @generated
	 */
	double getSigma();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SpectralDensityAnalysis#getSigma <em>Sigma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sigma</em>' attribute.
	 * @see #getSigma()
	 * @generated
	 */
	void setSigma(double value);

} // SpectralDensityAnalysis
