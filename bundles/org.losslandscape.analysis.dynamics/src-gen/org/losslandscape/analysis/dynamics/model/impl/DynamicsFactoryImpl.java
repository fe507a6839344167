/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.losslandscape.analysis.dynamics.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DynamicsFactoryImpl extends EFactoryImpl implements DynamicsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DynamicsFactory init() {
		try {
			DynamicsFactory theDynamicsFactory = (DynamicsFactory)EPackage.Registry.INSTANCE.getEFactory(DynamicsPackage.eNS_URI);
			if (theDynamicsFactory != null) {
				return theDynamicsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DynamicsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DynamicsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DynamicsPackage.GRADIENT_FLOW_ANALYSIS: return createGradientFlowAnalysis();
			case DynamicsPackage.LAZY_RICH_ANALYSIS: return createLazyRichAnalysis();
			case DynamicsPackage.GRADIENT_NOISE_ANALYSIS: return createGradientNoiseAnalysis();
			case DynamicsPackage.LEARNING_COEFFICIENT_ANALYSIS: return createLearningCoefficientAnalysis();
			case DynamicsPackage.IMPLICIT_BIAS_ANALYSIS: return createImplicitBiasAnalysis();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradientFlowAnalysis createGradientFlowAnalysis() {
		GradientFlowAnalysisImpl gradientFlowAnalysis = new GradientFlowAnalysisImpl();
		return gradientFlowAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LazyRichAnalysis createLazyRichAnalysis() {
		LazyRichAnalysisImpl lazyRichAnalysis = new LazyRichAnalysisImpl();
		return lazyRichAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradientNoiseAnalysis createGradientNoiseAnalysis() {
		GradientNoiseAnalysisImpl gradientNoiseAnalysis = new GradientNoiseAnalysisImpl();
		return gradientNoiseAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LearningCoefficientAnalysis createLearningCoefficientAnalysis() {
		LearningCoefficientAnalysisImpl learningCoefficientAnalysis = new LearningCoefficientAnalysisImpl();
		return learningCoefficientAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplicitBiasAnalysis createImplicitBiasAnalysis() {
		ImplicitBiasAnalysisImpl implicitBiasAnalysis = new ImplicitBiasAnalysisImpl();
		return implicitBiasAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DynamicsPackage getDynamicsPackage() {
		return (DynamicsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DynamicsPackage getPackage() {
		return DynamicsPackage.eINSTANCE;
	}

} //DynamicsFactoryImpl
