/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.losslandscape.analysis.flatness.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FlatnessFactoryImpl extends EFactoryImpl implements FlatnessFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FlatnessFactory init() {
		try {
			FlatnessFactory theFlatnessFactory = (FlatnessFactory)EPackage.Registry.INSTANCE.getEFactory(FlatnessPackage.eNS_URI);
			if (theFlatnessFactory != null) {
				return theFlatnessFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FlatnessFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlatnessFactoryImpl() {
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
			case FlatnessPackage.PAC_BAYES_ANALYSIS: return createPacBayesAnalysis();
			case FlatnessPackage.LAYER_CURVATURE_ANALYSIS: return createLayerCurvatureAnalysis();
			case FlatnessPackage.REPARAMETERISATION_ANALYSIS: return createReparameterisationAnalysis();
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
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FlatnessPackage.POSTERIOR_SHAPE:
				return createPosteriorShapeFromString(eDataType, initialValue);
			case FlatnessPackage.CURVATURE_OPERATOR_KIND:
				return createCurvatureOperatorKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FlatnessPackage.POSTERIOR_SHAPE:
				return convertPosteriorShapeToString(eDataType, instanceValue);
			case FlatnessPackage.CURVATURE_OPERATOR_KIND:
				return convertCurvatureOperatorKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PacBayesAnalysis createPacBayesAnalysis() {
		PacBayesAnalysisImpl pacBayesAnalysis = new PacBayesAnalysisImpl();
		return pacBayesAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerCurvatureAnalysis createLayerCurvatureAnalysis() {
		LayerCurvatureAnalysisImpl layerCurvatureAnalysis = new LayerCurvatureAnalysisImpl();
		return layerCurvatureAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReparameterisationAnalysis createReparameterisationAnalysis() {
		ReparameterisationAnalysisImpl reparameterisationAnalysis = new ReparameterisationAnalysisImpl();
		return reparameterisationAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PosteriorShape createPosteriorShapeFromString(EDataType eDataType, String initialValue) {
		PosteriorShape result = PosteriorShape.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPosteriorShapeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CurvatureOperatorKind createCurvatureOperatorKindFromString(EDataType eDataType, String initialValue) {
		CurvatureOperatorKind result = CurvatureOperatorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCurvatureOperatorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlatnessPackage getFlatnessPackage() {
		return (FlatnessPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FlatnessPackage getPackage() {
		return FlatnessPackage.eINSTANCE;
	}

} //FlatnessFactoryImpl
