/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.losslandscape.model.BatchNormMode;
import org.losslandscape.model.DataSplit;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.SurfaceAnalysis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Surface Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getDirectionKind <em>Direction Kind</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getXMin <em>XMin</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getXMax <em>XMax</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getYMin <em>YMin</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getYMax <em>YMax</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#isIncludeBiases <em>Include Biases</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getDataSplit <em>Data Split</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getBatchNormMode <em>Batch Norm Mode</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getCurvatureResolution <em>Curvature Resolution</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.SurfaceAnalysisImpl#getCurvatureSteps <em>Curvature Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SurfaceAnalysisImpl extends AnalysisSpecImpl implements SurfaceAnalysis {
	/**
	 * The default value of the '{@link #getDimensions() <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected static final int DIMENSIONS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected int dimensions = DIMENSIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirectionKind() <em>Direction Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionKind()
	 * @generated
	 * @ordered
	 */
	protected static final DirectionKind DIRECTION_KIND_EDEFAULT = DirectionKind.FILTER_NORMALISED;

	/**
	 * The cached value of the '{@link #getDirectionKind() <em>Direction Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectionKind()
	 * @generated
	 * @ordered
	 */
	protected DirectionKind directionKind = DIRECTION_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected static final int RESOLUTION_EDEFAULT = 51;

	/**
	 * The cached value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected int resolution = RESOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getXMin() <em>XMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXMin()
	 * @generated
	 * @ordered
	 */
	protected static final double XMIN_EDEFAULT = -1.0;

	/**
	 * The cached value of the '{@link #getXMin() <em>XMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXMin()
	 * @generated
	 * @ordered
	 */
	protected double xMin = XMIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getXMax() <em>XMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXMax()
	 * @generated
	 * @ordered
	 */
	protected static final double XMAX_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getXMax() <em>XMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXMax()
	 * @generated
	 * @ordered
	 */
	protected double xMax = XMAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getYMin() <em>YMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYMin()
	 * @generated
	 * @ordered
	 */
	protected static final double YMIN_EDEFAULT = -1.0;

	/**
	 * The cached value of the '{@link #getYMin() <em>YMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYMin()
	 * @generated
	 * @ordered
	 */
	protected double yMin = YMIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getYMax() <em>YMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYMax()
	 * @generated
	 * @ordered
	 */
	protected static final double YMAX_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getYMax() <em>YMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYMax()
	 * @generated
	 * @ordered
	 */
	protected double yMax = YMAX_EDEFAULT;

	/**
	 * The default value of the '{@link #isIncludeBiases() <em>Include Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeBiases()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INCLUDE_BIASES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIncludeBiases() <em>Include Biases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeBiases()
	 * @generated
	 * @ordered
	 */
	protected boolean includeBiases = INCLUDE_BIASES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSplit() <em>Data Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSplit()
	 * @generated
	 * @ordered
	 */
	protected static final DataSplit DATA_SPLIT_EDEFAULT = DataSplit.TRAIN;

	/**
	 * The cached value of the '{@link #getDataSplit() <em>Data Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSplit()
	 * @generated
	 * @ordered
	 */
	protected DataSplit dataSplit = DATA_SPLIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchNormMode() <em>Batch Norm Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchNormMode()
	 * @generated
	 * @ordered
	 */
	protected static final BatchNormMode BATCH_NORM_MODE_EDEFAULT = BatchNormMode.KEEP;

	/**
	 * The cached value of the '{@link #getBatchNormMode() <em>Batch Norm Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchNormMode()
	 * @generated
	 * @ordered
	 */
	protected BatchNormMode batchNormMode = BATCH_NORM_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurvatureResolution() <em>Curvature Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurvatureResolution()
	 * @generated
	 * @ordered
	 */
	protected static final int CURVATURE_RESOLUTION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCurvatureResolution() <em>Curvature Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurvatureResolution()
	 * @generated
	 * @ordered
	 */
	protected int curvatureResolution = CURVATURE_RESOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurvatureSteps() <em>Curvature Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurvatureSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int CURVATURE_STEPS_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getCurvatureSteps() <em>Curvature Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurvatureSteps()
	 * @generated
	 * @ordered
	 */
	protected int curvatureSteps = CURVATURE_STEPS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurfaceAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.SURFACE_ANALYSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDimensions() {
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimensions(int newDimensions) {
		int oldDimensions = dimensions;
		dimensions = newDimensions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__DIMENSIONS, oldDimensions, dimensions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectionKind getDirectionKind() {
		return directionKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectionKind(DirectionKind newDirectionKind) {
		DirectionKind oldDirectionKind = directionKind;
		directionKind = newDirectionKind == null ? DIRECTION_KIND_EDEFAULT : newDirectionKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__DIRECTION_KIND, oldDirectionKind, directionKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolution() {
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(int newResolution) {
		int oldResolution = resolution;
		resolution = newResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__RESOLUTION, oldResolution, resolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getXMin() {
		return xMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXMin(double newXMin) {
		double oldXMin = xMin;
		xMin = newXMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__XMIN, oldXMin, xMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getXMax() {
		return xMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXMax(double newXMax) {
		double oldXMax = xMax;
		xMax = newXMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__XMAX, oldXMax, xMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getYMin() {
		return yMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYMin(double newYMin) {
		double oldYMin = yMin;
		yMin = newYMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__YMIN, oldYMin, yMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getYMax() {
		return yMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYMax(double newYMax) {
		double oldYMax = yMax;
		yMax = newYMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__YMAX, oldYMax, yMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncludeBiases() {
		return includeBiases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludeBiases(boolean newIncludeBiases) {
		boolean oldIncludeBiases = includeBiases;
		includeBiases = newIncludeBiases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__INCLUDE_BIASES, oldIncludeBiases, includeBiases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSplit getDataSplit() {
		return dataSplit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSplit(DataSplit newDataSplit) {
		DataSplit oldDataSplit = dataSplit;
		dataSplit = newDataSplit == null ? DATA_SPLIT_EDEFAULT : newDataSplit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__DATA_SPLIT, oldDataSplit, dataSplit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BatchNormMode getBatchNormMode() {
		return batchNormMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchNormMode(BatchNormMode newBatchNormMode) {
		BatchNormMode oldBatchNormMode = batchNormMode;
		batchNormMode = newBatchNormMode == null ? BATCH_NORM_MODE_EDEFAULT : newBatchNormMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__BATCH_NORM_MODE, oldBatchNormMode, batchNormMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCurvatureResolution() {
		return curvatureResolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurvatureResolution(int newCurvatureResolution) {
		int oldCurvatureResolution = curvatureResolution;
		curvatureResolution = newCurvatureResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__CURVATURE_RESOLUTION, oldCurvatureResolution, curvatureResolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCurvatureSteps() {
		return curvatureSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurvatureSteps(int newCurvatureSteps) {
		int oldCurvatureSteps = curvatureSteps;
		curvatureSteps = newCurvatureSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SURFACE_ANALYSIS__CURVATURE_STEPS, oldCurvatureSteps, curvatureSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.SURFACE_ANALYSIS__DIMENSIONS:
				return getDimensions();
			case LandscapePackage.SURFACE_ANALYSIS__DIRECTION_KIND:
				return getDirectionKind();
			case LandscapePackage.SURFACE_ANALYSIS__RESOLUTION:
				return getResolution();
			case LandscapePackage.SURFACE_ANALYSIS__XMIN:
				return getXMin();
			case LandscapePackage.SURFACE_ANALYSIS__XMAX:
				return getXMax();
			case LandscapePackage.SURFACE_ANALYSIS__YMIN:
				return getYMin();
			case LandscapePackage.SURFACE_ANALYSIS__YMAX:
				return getYMax();
			case LandscapePackage.SURFACE_ANALYSIS__INCLUDE_BIASES:
				return isIncludeBiases();
			case LandscapePackage.SURFACE_ANALYSIS__DATA_SPLIT:
				return getDataSplit();
			case LandscapePackage.SURFACE_ANALYSIS__BATCH_NORM_MODE:
				return getBatchNormMode();
			case LandscapePackage.SURFACE_ANALYSIS__CURVATURE_RESOLUTION:
				return getCurvatureResolution();
			case LandscapePackage.SURFACE_ANALYSIS__CURVATURE_STEPS:
				return getCurvatureSteps();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.SURFACE_ANALYSIS__DIMENSIONS:
				setDimensions((Integer)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__DIRECTION_KIND:
				setDirectionKind((DirectionKind)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__RESOLUTION:
				setResolution((Integer)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__XMIN:
				setXMin((Double)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__XMAX:
				setXMax((Double)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__YMIN:
				setYMin((Double)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__YMAX:
				setYMax((Double)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__INCLUDE_BIASES:
				setIncludeBiases((Boolean)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__DATA_SPLIT:
				setDataSplit((DataSplit)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__BATCH_NORM_MODE:
				setBatchNormMode((BatchNormMode)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__CURVATURE_RESOLUTION:
				setCurvatureResolution((Integer)newValue);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__CURVATURE_STEPS:
				setCurvatureSteps((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LandscapePackage.SURFACE_ANALYSIS__DIMENSIONS:
				setDimensions(DIMENSIONS_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__DIRECTION_KIND:
				setDirectionKind(DIRECTION_KIND_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__RESOLUTION:
				setResolution(RESOLUTION_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__XMIN:
				setXMin(XMIN_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__XMAX:
				setXMax(XMAX_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__YMIN:
				setYMin(YMIN_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__YMAX:
				setYMax(YMAX_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__INCLUDE_BIASES:
				setIncludeBiases(INCLUDE_BIASES_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__DATA_SPLIT:
				setDataSplit(DATA_SPLIT_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__BATCH_NORM_MODE:
				setBatchNormMode(BATCH_NORM_MODE_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__CURVATURE_RESOLUTION:
				setCurvatureResolution(CURVATURE_RESOLUTION_EDEFAULT);
				return;
			case LandscapePackage.SURFACE_ANALYSIS__CURVATURE_STEPS:
				setCurvatureSteps(CURVATURE_STEPS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LandscapePackage.SURFACE_ANALYSIS__DIMENSIONS:
				return dimensions != DIMENSIONS_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__DIRECTION_KIND:
				return directionKind != DIRECTION_KIND_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__RESOLUTION:
				return resolution != RESOLUTION_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__XMIN:
				return xMin != XMIN_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__XMAX:
				return xMax != XMAX_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__YMIN:
				return yMin != YMIN_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__YMAX:
				return yMax != YMAX_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__INCLUDE_BIASES:
				return includeBiases != INCLUDE_BIASES_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__DATA_SPLIT:
				return dataSplit != DATA_SPLIT_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__BATCH_NORM_MODE:
				return batchNormMode != BATCH_NORM_MODE_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__CURVATURE_RESOLUTION:
				return curvatureResolution != CURVATURE_RESOLUTION_EDEFAULT;
			case LandscapePackage.SURFACE_ANALYSIS__CURVATURE_STEPS:
				return curvatureSteps != CURVATURE_STEPS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (dimensions: ");
		result.append(dimensions);
		result.append(", directionKind: ");
		result.append(directionKind);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(", xMin: ");
		result.append(xMin);
		result.append(", xMax: ");
		result.append(xMax);
		result.append(", yMin: ");
		result.append(yMin);
		result.append(", yMax: ");
		result.append(yMax);
		result.append(", includeBiases: ");
		result.append(includeBiases);
		result.append(", dataSplit: ");
		result.append(dataSplit);
		result.append(", batchNormMode: ");
		result.append(batchNormMode);
		result.append(", curvatureResolution: ");
		result.append(curvatureResolution);
		result.append(", curvatureSteps: ");
		result.append(curvatureSteps);
		result.append(')');
		return result.toString();
	}

} //SurfaceAnalysisImpl
