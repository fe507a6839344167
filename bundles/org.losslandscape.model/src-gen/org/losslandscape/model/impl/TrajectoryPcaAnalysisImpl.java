/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.TrajectoryPcaAnalysis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trajectory Pca Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TrajectoryPcaAnalysisImpl extends AnalysisSpecImpl implements TrajectoryPcaAnalysis {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrajectoryPcaAnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.TRAJECTORY_PCA_ANALYSIS;
	}

} //TrajectoryPcaAnalysisImpl
