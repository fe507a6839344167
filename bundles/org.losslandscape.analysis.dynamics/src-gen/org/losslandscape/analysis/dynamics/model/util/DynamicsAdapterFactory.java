/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.losslandscape.analysis.dynamics.model.*;

import org.losslandscape.model.AnalysisSpec;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage
 * @generated
 */
public class DynamicsAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DynamicsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DynamicsAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = DynamicsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DynamicsSwitch<Adapter> modelSwitch =
		new DynamicsSwitch<Adapter>() {
			@Override
			public Adapter caseGradientFlowAnalysis(GradientFlowAnalysis object) {
				return createGradientFlowAnalysisAdapter();
			}
			@Override
			public Adapter caseLazyRichAnalysis(LazyRichAnalysis object) {
				return createLazyRichAnalysisAdapter();
			}
			@Override
			public Adapter caseGradientNoiseAnalysis(GradientNoiseAnalysis object) {
				return createGradientNoiseAnalysisAdapter();
			}
			@Override
			public Adapter caseLearningCoefficientAnalysis(LearningCoefficientAnalysis object) {
				return createLearningCoefficientAnalysisAdapter();
			}
			@Override
			public Adapter caseImplicitBiasAnalysis(ImplicitBiasAnalysis object) {
				return createImplicitBiasAnalysisAdapter();
			}
			@Override
			public Adapter caseAnalysisSpec(AnalysisSpec object) {
				return createAnalysisSpecAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis <em>Gradient Flow Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis
	 * @generated
	 */
	public Adapter createGradientFlowAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.analysis.dynamics.model.LazyRichAnalysis <em>Lazy Rich Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.analysis.dynamics.model.LazyRichAnalysis
	 * @generated
	 */
	public Adapter createLazyRichAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis <em>Gradient Noise Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis
	 * @generated
	 */
	public Adapter createGradientNoiseAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis <em>Learning Coefficient Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis
	 * @generated
	 */
	public Adapter createLearningCoefficientAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis <em>Implicit Bias Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis
	 * @generated
	 */
	public Adapter createImplicitBiasAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.losslandscape.model.AnalysisSpec <em>Analysis Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.losslandscape.model.AnalysisSpec
	 * @generated
	 */
	public Adapter createAnalysisSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //DynamicsAdapterFactory
