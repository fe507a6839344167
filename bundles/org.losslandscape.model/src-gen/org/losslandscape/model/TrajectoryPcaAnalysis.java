/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trajectory Pca Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.losslandscape.model.LandscapePackage#getTrajectoryPcaAnalysis()
 * @model
 * @generated
 */
public interface TrajectoryPcaAnalysis extends AnalysisSpec {
} // TrajectoryPcaAnalysis
