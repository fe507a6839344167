/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Surface Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getDirectionKind <em>Direction Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getXMin <em>XMin</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getXMax <em>XMax</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getYMin <em>YMin</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getYMax <em>YMax</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#isIncludeBiases <em>Include Biases</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getDataSplit <em>Data Split</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getBatchNormMode <em>Batch Norm Mode</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getCurvatureResolution <em>Curvature Resolution</em>}</li>
 *   <li>{@link org.losslandscape.model.SurfaceAnalysis#getCurvatureSteps <em>Curvature Steps</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis()
 * @model
 * @generated
 */
public interface SurfaceAnalysis extends AnalysisSpec {
	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 (a line) or 2 (a plane).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimensions</em>' attribute.
	 * @see #setDimensions(int)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_Dimensions()
	 * @model default="2"
	 *        annotation="http://losslandscape.org/ui label='Dimensions' help='1: the loss along a line; 2: the loss over a plane.'"
	 * @generated
	 */
	int getDimensions();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getDimensions <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimensions</em>' attribute.
	 * @see #getDimensions()
	 * @generated
	 */
	void setDimensions(int value);

	/**
	 * Returns the value of the '<em><b>Direction Kind</b></em>' attribute.
	 * The default value is <code>"FILTER_NORMALISED"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.DirectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction Kind</em>' attribute.
	 * @see org.losslandscape.model.DirectionKind
	 * @see #setDirectionKind(DirectionKind)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_DirectionKind()
	 * @model default="FILTER_NORMALISED"
	 *        annotation="http://losslandscape.org/ui label='Directions' help='How the axes are chosen: random, filter-normalised (Li et al. 2018), layer-normalised, the two principal components of the optimizer\'s trajectory, the line to another run\'s solution, or the plane through three models.'"
	 * @generated
	 */
	DirectionKind getDirectionKind();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getDirectionKind <em>Direction Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction Kind</em>' attribute.
	 * @see org.losslandscape.model.DirectionKind
	 * @see #getDirectionKind()
	 * @generated
	 */
	void setDirectionKind(DirectionKind value);

	/**
	 * Returns the value of the '<em><b>Resolution</b></em>' attribute.
	 * The default value is <code>"51"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolution</em>' attribute.
	 * @see #setResolution(int)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_Resolution()
	 * @model default="51"
	 *        annotation="http://losslandscape.org/ui label='Resolution' unit='points per axis' help='Grid points along each axis; a plane costs the square of it in loss evaluations.'"
	 * @generated
	 */
	int getResolution();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getResolution <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolution</em>' attribute.
	 * @see #getResolution()
	 * @generated
	 */
	void setResolution(int value);

	/**
	 * Returns the value of the '<em><b>XMin</b></em>' attribute.
	 * The default value is <code>"-1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XMin</em>' attribute.
	 * @see #setXMin(double)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_XMin()
	 * @model default="-1.0"
	 *        annotation="http://losslandscape.org/ui label='\u03b1 from' unit='\327 direction' help='Start of the first axis, in lengths of its direction vector; 0 is the trained solution.'"
	 * @generated
	 */
	double getXMin();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getXMin <em>XMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XMin</em>' attribute.
	 * @see #getXMin()
	 * @generated
	 */
	void setXMin(double value);

	/**
	 * Returns the value of the '<em><b>XMax</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>XMax</em>' attribute.
	 * @see #setXMax(double)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_XMax()
	 * @model default="1.0"
	 *        annotation="http://losslandscape.org/ui label='\u03b1 to' unit='\327 direction' help='End of the first axis, in lengths of its direction vector.'"
	 * @generated
	 */
	double getXMax();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getXMax <em>XMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>XMax</em>' attribute.
	 * @see #getXMax()
	 * @generated
	 */
	void setXMax(double value);

	/**
	 * Returns the value of the '<em><b>YMin</b></em>' attribute.
	 * The default value is <code>"-1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>YMin</em>' attribute.
	 * @see #setYMin(double)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_YMin()
	 * @model default="-1.0"
	 *        annotation="http://losslandscape.org/ui label='\u03b2 from' unit='\327 direction' help='Start of the second axis (planes only), in lengths of its direction vector.'"
	 * @generated
	 */
	double getYMin();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getYMin <em>YMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>YMin</em>' attribute.
	 * @see #getYMin()
	 * @generated
	 */
	void setYMin(double value);

	/**
	 * Returns the value of the '<em><b>YMax</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>YMax</em>' attribute.
	 * @see #setYMax(double)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_YMax()
	 * @model default="1.0"
	 *        annotation="http://losslandscape.org/ui label='\u03b2 to' unit='\327 direction' help='End of the second axis (planes only), in lengths of its direction vector.'"
	 * @generated
	 */
	double getYMax();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getYMax <em>YMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>YMax</em>' attribute.
	 * @see #getYMax()
	 * @generated
	 */
	void setYMax(double value);

	/**
	 * Returns the value of the '<em><b>Include Biases</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Include Biases</em>' attribute.
	 * @see #setIncludeBiases(boolean)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_IncludeBiases()
	 * @model default="false"
	 *        annotation="http://losslandscape.org/ui label='Perturb biases' help='Also move biases and normalisation parameters along random directions; off, they stay fixed, as in Li et al.'"
	 * @generated
	 */
	boolean isIncludeBiases();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#isIncludeBiases <em>Include Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Biases</em>' attribute.
	 * @see #isIncludeBiases()
	 * @generated
	 */
	void setIncludeBiases(boolean value);

	/**
	 * Returns the value of the '<em><b>Data Split</b></em>' attribute.
	 * The default value is <code>"TRAIN"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.DataSplit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Split</em>' attribute.
	 * @see org.losslandscape.model.DataSplit
	 * @see #setDataSplit(DataSplit)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_DataSplit()
	 * @model default="TRAIN"
	 *        annotation="http://losslandscape.org/ui label='Data' help='The rows the loss is evaluated on: training, validation or both (one surface each).'"
	 * @generated
	 */
	DataSplit getDataSplit();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getDataSplit <em>Data Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Split</em>' attribute.
	 * @see org.losslandscape.model.DataSplit
	 * @see #getDataSplit()
	 * @generated
	 */
	void setDataSplit(DataSplit value);

	/**
	 * Returns the value of the '<em><b>Batch Norm Mode</b></em>' attribute.
	 * The default value is <code>"KEEP"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.BatchNormMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Norm Mode</em>' attribute.
	 * @see org.losslandscape.model.BatchNormMode
	 * @see #setBatchNormMode(BatchNormMode)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_BatchNormMode()
	 * @model default="KEEP"
	 *        annotation="http://losslandscape.org/ui label='Batch norm' help='KEEP: the running statistics of training; RECOMPUTE: estimated again at every grid point from the training data.'"
	 * @generated
	 */
	BatchNormMode getBatchNormMode();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getBatchNormMode <em>Batch Norm Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Norm Mode</em>' attribute.
	 * @see org.losslandscape.model.BatchNormMode
	 * @see #getBatchNormMode()
	 * @generated
	 */
	void setBatchNormMode(BatchNormMode value);

	/**
	 * Returns the value of the '<em><b>Curvature Resolution</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points per axis of a coarse grid over the same plane at which λ_max and λ_min of the full Hessian are computed (Li et al. 2018, section 6: the map of |λ_min/λ_max|); 0: none. 2D slices only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Curvature Resolution</em>' attribute.
	 * @see #setCurvatureResolution(int)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_CurvatureResolution()
	 * @model default="0"
	 *        annotation="http://losslandscape.org/ui label='Curvature map' unit='points per axis' help='A coarse grid over the same plane where \u03bb_max and \u03bb_min of the full Hessian are computed (Li et al. 2018); 0 for none. 2D slices only.'"
	 * @generated
	 */
	int getCurvatureResolution();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getCurvatureResolution <em>Curvature Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Curvature Resolution</em>' attribute.
	 * @see #getCurvatureResolution()
	 * @generated
	 */
	void setCurvatureResolution(int value);

	/**
	 * Returns the value of the '<em><b>Curvature Steps</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lanczos steps (Hessian-vector products) per point of the curvature map, at most.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Curvature Steps</em>' attribute.
	 * @see #setCurvatureSteps(int)
	 * @see org.losslandscape.model.LandscapePackage#getSurfaceAnalysis_CurvatureSteps()
	 * @model default="20"
	 *        annotation="http://losslandscape.org/ui label='Curvature steps' unit='Hessian-vector products' help='Lanczos steps per point of the curvature map, at most.'"
	 * @generated
	 */
	int getCurvatureSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.SurfaceAnalysis#getCurvatureSteps <em>Curvature Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Curvature Steps</em>' attribute.
	 * @see #getCurvatureSteps()
	 * @generated
	 */
	void setCurvatureSteps(int value);

} // SurfaceAnalysis
