/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.dynamics.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.losslandscape.analysis.dynamics.model.DynamicsFactory;
import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis;
import org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis;
import org.losslandscape.analysis.dynamics.model.ImplicitBiasAnalysis;
import org.losslandscape.analysis.dynamics.model.LazyRichAnalysis;
import org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis;

import org.losslandscape.model.LandscapePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DynamicsPackageImpl extends EPackageImpl implements DynamicsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gradientFlowAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lazyRichAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gradientNoiseAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass learningCoefficientAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass implicitBiasAnalysisEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.losslandscape.analysis.dynamics.model.DynamicsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DynamicsPackageImpl() {
		super(eNS_URI, DynamicsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DynamicsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DynamicsPackage init() {
		if (isInited) return (DynamicsPackage)EPackage.Registry.INSTANCE.getEPackage(DynamicsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDynamicsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DynamicsPackageImpl theDynamicsPackage = registeredDynamicsPackage instanceof DynamicsPackageImpl ? (DynamicsPackageImpl)registeredDynamicsPackage : new DynamicsPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		LandscapePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theDynamicsPackage.createPackageContents();

		// Initialize created meta-data
		theDynamicsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDynamicsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DynamicsPackage.eNS_URI, theDynamicsPackage);
		return theDynamicsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGradientFlowAnalysis() {
		return gradientFlowAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientFlowAnalysis_LearningRates() {
		return (EAttribute)gradientFlowAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientFlowAnalysis_Horizon() {
		return (EAttribute)gradientFlowAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientFlowAnalysis_Samples() {
		return (EAttribute)gradientFlowAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientFlowAnalysis_Tolerance() {
		return (EAttribute)gradientFlowAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLazyRichAnalysis() {
		return lazyRichAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLazyRichAnalysis_Widths() {
		return (EAttribute)lazyRichAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLazyRichAnalysis_Parameterizations() {
		return (EAttribute)lazyRichAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLazyRichAnalysis_Steps() {
		return (EAttribute)lazyRichAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLazyRichAnalysis_LearningRate() {
		return (EAttribute)lazyRichAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLazyRichAnalysis_Probes() {
		return (EAttribute)lazyRichAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLazyRichAnalysis_Samples() {
		return (EAttribute)lazyRichAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGradientNoiseAnalysis() {
		return gradientNoiseAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientNoiseAnalysis_BatchSizes() {
		return (EAttribute)gradientNoiseAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientNoiseAnalysis_Batches() {
		return (EAttribute)gradientNoiseAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientNoiseAnalysis_RandomDirections() {
		return (EAttribute)gradientNoiseAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientNoiseAnalysis_HessianDirections() {
		return (EAttribute)gradientNoiseAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientNoiseAnalysis_Bootstrap() {
		return (EAttribute)gradientNoiseAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGradientNoiseAnalysis_AlongTraining() {
		return (EAttribute)gradientNoiseAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLearningCoefficientAnalysis() {
		return learningCoefficientAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningCoefficientAnalysis_Localisation() {
		return (EAttribute)learningCoefficientAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningCoefficientAnalysis_InverseTemperature() {
		return (EAttribute)learningCoefficientAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningCoefficientAnalysis_StepSize() {
		return (EAttribute)learningCoefficientAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningCoefficientAnalysis_Steps() {
		return (EAttribute)learningCoefficientAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningCoefficientAnalysis_BurnIn() {
		return (EAttribute)learningCoefficientAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningCoefficientAnalysis_Chains() {
		return (EAttribute)learningCoefficientAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningCoefficientAnalysis_BatchSize() {
		return (EAttribute)learningCoefficientAnalysisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLearningCoefficientAnalysis_AlongTraining() {
		return (EAttribute)learningCoefficientAnalysisEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImplicitBiasAnalysis() {
		return implicitBiasAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplicitBiasAnalysis_Rows() {
		return (EAttribute)implicitBiasAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplicitBiasAnalysis_Features() {
		return (EAttribute)implicitBiasAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplicitBiasAnalysis_Tolerance() {
		return (EAttribute)implicitBiasAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DynamicsFactory getDynamicsFactory() {
		return (DynamicsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		gradientFlowAnalysisEClass = createEClass(GRADIENT_FLOW_ANALYSIS);
		createEAttribute(gradientFlowAnalysisEClass, GRADIENT_FLOW_ANALYSIS__LEARNING_RATES);
		createEAttribute(gradientFlowAnalysisEClass, GRADIENT_FLOW_ANALYSIS__HORIZON);
		createEAttribute(gradientFlowAnalysisEClass, GRADIENT_FLOW_ANALYSIS__SAMPLES);
		createEAttribute(gradientFlowAnalysisEClass, GRADIENT_FLOW_ANALYSIS__TOLERANCE);

		lazyRichAnalysisEClass = createEClass(LAZY_RICH_ANALYSIS);
		createEAttribute(lazyRichAnalysisEClass, LAZY_RICH_ANALYSIS__WIDTHS);
		createEAttribute(lazyRichAnalysisEClass, LAZY_RICH_ANALYSIS__PARAMETERIZATIONS);
		createEAttribute(lazyRichAnalysisEClass, LAZY_RICH_ANALYSIS__STEPS);
		createEAttribute(lazyRichAnalysisEClass, LAZY_RICH_ANALYSIS__LEARNING_RATE);
		createEAttribute(lazyRichAnalysisEClass, LAZY_RICH_ANALYSIS__PROBES);
		createEAttribute(lazyRichAnalysisEClass, LAZY_RICH_ANALYSIS__SAMPLES);

		gradientNoiseAnalysisEClass = createEClass(GRADIENT_NOISE_ANALYSIS);
		createEAttribute(gradientNoiseAnalysisEClass, GRADIENT_NOISE_ANALYSIS__BATCH_SIZES);
		createEAttribute(gradientNoiseAnalysisEClass, GRADIENT_NOISE_ANALYSIS__BATCHES);
		createEAttribute(gradientNoiseAnalysisEClass, GRADIENT_NOISE_ANALYSIS__RANDOM_DIRECTIONS);
		createEAttribute(gradientNoiseAnalysisEClass, GRADIENT_NOISE_ANALYSIS__HESSIAN_DIRECTIONS);
		createEAttribute(gradientNoiseAnalysisEClass, GRADIENT_NOISE_ANALYSIS__BOOTSTRAP);
		createEAttribute(gradientNoiseAnalysisEClass, GRADIENT_NOISE_ANALYSIS__ALONG_TRAINING);

		learningCoefficientAnalysisEClass = createEClass(LEARNING_COEFFICIENT_ANALYSIS);
		createEAttribute(learningCoefficientAnalysisEClass, LEARNING_COEFFICIENT_ANALYSIS__LOCALISATION);
		createEAttribute(learningCoefficientAnalysisEClass, LEARNING_COEFFICIENT_ANALYSIS__INVERSE_TEMPERATURE);
		createEAttribute(learningCoefficientAnalysisEClass, LEARNING_COEFFICIENT_ANALYSIS__STEP_SIZE);
		createEAttribute(learningCoefficientAnalysisEClass, LEARNING_COEFFICIENT_ANALYSIS__STEPS);
		createEAttribute(learningCoefficientAnalysisEClass, LEARNING_COEFFICIENT_ANALYSIS__BURN_IN);
		createEAttribute(learningCoefficientAnalysisEClass, LEARNING_COEFFICIENT_ANALYSIS__CHAINS);
		createEAttribute(learningCoefficientAnalysisEClass, LEARNING_COEFFICIENT_ANALYSIS__BATCH_SIZE);
		createEAttribute(learningCoefficientAnalysisEClass, LEARNING_COEFFICIENT_ANALYSIS__ALONG_TRAINING);

		implicitBiasAnalysisEClass = createEClass(IMPLICIT_BIAS_ANALYSIS);
		createEAttribute(implicitBiasAnalysisEClass, IMPLICIT_BIAS_ANALYSIS__ROWS);
		createEAttribute(implicitBiasAnalysisEClass, IMPLICIT_BIAS_ANALYSIS__FEATURES);
		createEAttribute(implicitBiasAnalysisEClass, IMPLICIT_BIAS_ANALYSIS__TOLERANCE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		LandscapePackage theLandscapePackage = (LandscapePackage)EPackage.Registry.INSTANCE.getEPackage(LandscapePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		gradientFlowAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());
		lazyRichAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());
		gradientNoiseAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());
		learningCoefficientAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());
		implicitBiasAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());

		// Initialize classes, features, and operations; add parameters
		initEClass(gradientFlowAnalysisEClass, GradientFlowAnalysis.class, "GradientFlowAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGradientFlowAnalysis_LearningRates(), ecorePackage.getEDouble(), "learningRates", null, 0, -1, GradientFlowAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGradientFlowAnalysis_Horizon(), ecorePackage.getEDouble(), "horizon", "2.0", 0, 1, GradientFlowAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGradientFlowAnalysis_Samples(), ecorePackage.getEInt(), "samples", "50", 0, 1, GradientFlowAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGradientFlowAnalysis_Tolerance(), ecorePackage.getEDouble(), "tolerance", "1.0E-9", 0, 1, GradientFlowAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lazyRichAnalysisEClass, LazyRichAnalysis.class, "LazyRichAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLazyRichAnalysis_Widths(), ecorePackage.getEInt(), "widths", null, 0, -1, LazyRichAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLazyRichAnalysis_Parameterizations(), theLandscapePackage.getParameterization(), "parameterizations", null, 0, -1, LazyRichAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLazyRichAnalysis_Steps(), ecorePackage.getEInt(), "steps", "200", 0, 1, LazyRichAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLazyRichAnalysis_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.5", 0, 1, LazyRichAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLazyRichAnalysis_Probes(), ecorePackage.getEInt(), "probes", "20", 0, 1, LazyRichAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLazyRichAnalysis_Samples(), ecorePackage.getEInt(), "samples", "10", 0, 1, LazyRichAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gradientNoiseAnalysisEClass, GradientNoiseAnalysis.class, "GradientNoiseAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGradientNoiseAnalysis_BatchSizes(), ecorePackage.getEInt(), "batchSizes", null, 0, -1, GradientNoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGradientNoiseAnalysis_Batches(), ecorePackage.getEInt(), "batches", "1000", 0, 1, GradientNoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGradientNoiseAnalysis_RandomDirections(), ecorePackage.getEInt(), "randomDirections", "4", 0, 1, GradientNoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGradientNoiseAnalysis_HessianDirections(), ecorePackage.getEInt(), "hessianDirections", "2", 0, 1, GradientNoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGradientNoiseAnalysis_Bootstrap(), ecorePackage.getEInt(), "bootstrap", "200", 0, 1, GradientNoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGradientNoiseAnalysis_AlongTraining(), ecorePackage.getEBoolean(), "alongTraining", "true", 0, 1, GradientNoiseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(learningCoefficientAnalysisEClass, LearningCoefficientAnalysis.class, "LearningCoefficientAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLearningCoefficientAnalysis_Localisation(), ecorePackage.getEDouble(), "localisation", "100.0", 0, 1, LearningCoefficientAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningCoefficientAnalysis_InverseTemperature(), ecorePackage.getEDouble(), "inverseTemperature", "0.0", 0, 1, LearningCoefficientAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningCoefficientAnalysis_StepSize(), ecorePackage.getEDouble(), "stepSize", "1.0E-4", 0, 1, LearningCoefficientAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningCoefficientAnalysis_Steps(), ecorePackage.getEInt(), "steps", "500", 0, 1, LearningCoefficientAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningCoefficientAnalysis_BurnIn(), ecorePackage.getEInt(), "burnIn", "100", 0, 1, LearningCoefficientAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningCoefficientAnalysis_Chains(), ecorePackage.getEInt(), "chains", "4", 0, 1, LearningCoefficientAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningCoefficientAnalysis_BatchSize(), ecorePackage.getEInt(), "batchSize", "0", 0, 1, LearningCoefficientAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLearningCoefficientAnalysis_AlongTraining(), ecorePackage.getEBoolean(), "alongTraining", null, 0, 1, LearningCoefficientAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(implicitBiasAnalysisEClass, ImplicitBiasAnalysis.class, "ImplicitBiasAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImplicitBiasAnalysis_Rows(), ecorePackage.getEInt(), "rows", "6", 0, 1, ImplicitBiasAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplicitBiasAnalysis_Features(), ecorePackage.getEInt(), "features", "20", 0, 1, ImplicitBiasAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplicitBiasAnalysis_Tolerance(), ecorePackage.getEDouble(), "tolerance", "1.0E-13", 0, 1, ImplicitBiasAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.losslandscape.org/analysis
		createAnalysisAnnotations();
		// http://losslandscape.org/ui
		createUiAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.losslandscape.org/analysis</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createAnalysisAnnotations() {
		String source = "http://www.losslandscape.org/analysis";
		addAnnotation
		  (gradientFlowAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.dynamics"
		   });
		addAnnotation
		  (lazyRichAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.dynamics"
		   });
		addAnnotation
		  (gradientNoiseAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.dynamics"
		   });
		addAnnotation
		  (learningCoefficientAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.dynamics"
		   });
		addAnnotation
		  (implicitBiasAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.dynamics"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://losslandscape.org/ui</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createUiAnnotations() {
		String source = "http://losslandscape.org/ui";
		addAnnotation
		  (getGradientFlowAnalysis_LearningRates(),
		   source,
		   new String[] {
			   "label", "Step sizes \u03b7",
			   "help", "The steps \u03b7 of gradient descent compared with the flow; none: 0.1, 0.5 and 1.5 times 2/\u03bb_max at the start."
		   });
		addAnnotation
		  (getGradientFlowAnalysis_Horizon(),
		   source,
		   new String[] {
			   "label", "Horizon",
			   "unit", "time (\u03b7 \u00d7 steps)",
			   "help", "The time the comparison covers (GD takes horizon/\u03b7 steps)."
		   });
		addAnnotation
		  (getGradientFlowAnalysis_Samples(),
		   source,
		   new String[] {
			   "label", "Samples",
			   "unit", "points in time",
			   "help", "Times, evenly spaced over the horizon, at which the flow and gradient descent are compared."
		   });
		addAnnotation
		  (getGradientFlowAnalysis_Tolerance(),
		   source,
		   new String[] {
			   "label", "Integrator tolerance",
			   "help", "The integrator\'s absolute and relative error tolerance."
		   });
		addAnnotation
		  (getLazyRichAnalysis_Widths(),
		   source,
		   new String[] {
			   "label", "Widths",
			   "unit", "hidden units",
			   "help", "The hidden widths (every Dense layer but the last takes it); none: 64, 256 and 1024."
		   });
		addAnnotation
		  (getLazyRichAnalysis_Parameterizations(),
		   source,
		   new String[] {
			   "label", "Parameterisations",
			   "help", "The parameterisations compared; none: NTK and MEAN_FIELD."
		   });
		addAnnotation
		  (getLazyRichAnalysis_Steps(),
		   source,
		   new String[] {
			   "label", "Steps",
			   "unit", "per network",
			   "help", "Gradient-descent steps per network."
		   });
		addAnnotation
		  (getLazyRichAnalysis_LearningRate(),
		   source,
		   new String[] {
			   "label", "Step size \u03b7",
			   "help", "The step \u03b7 (mean-field: \u03b7 \u00d7 width)."
		   });
		addAnnotation
		  (getLazyRichAnalysis_Probes(),
		   source,
		   new String[] {
			   "label", "Kernel rows",
			   "unit", "training rows",
			   "help", "The first training rows, on which the kernel is measured."
		   });
		addAnnotation
		  (getLazyRichAnalysis_Samples(),
		   source,
		   new String[] {
			   "label", "Samples",
			   "unit", "steps",
			   "help", "The steps (evenly spaced) at which the kernel is measured besides the start."
		   });
		addAnnotation
		  (getGradientNoiseAnalysis_BatchSizes(),
		   source,
		   new String[] {
			   "label", "Batch sizes",
			   "unit", "rows",
			   "help", "The batch sizes; none: 1, 8 and 64 (each at most the training rows)."
		   });
		addAnnotation
		  (getGradientNoiseAnalysis_Batches(),
		   source,
		   new String[] {
			   "label", "Batches",
			   "unit", "per batch size",
			   "help", "Mini-batches drawn per batch size: the samples of each direction."
		   });
		addAnnotation
		  (getGradientNoiseAnalysis_RandomDirections(),
		   source,
		   new String[] {
			   "label", "Random directions",
			   "unit", "directions",
			   "help", "Random unit directions the gradient noise is projected on, besides the Hessian eigenvectors."
		   });
		addAnnotation
		  (getGradientNoiseAnalysis_HessianDirections(),
		   source,
		   new String[] {
			   "label", "Hessian directions",
			   "unit", "eigenvectors",
			   "help", "Top Hessian eigenvectors (Lanczos) the noise is projected on."
		   });
		addAnnotation
		  (getGradientNoiseAnalysis_Bootstrap(),
		   source,
		   new String[] {
			   "label", "Bootstrap resamples",
			   "unit", "resamples",
			   "help", "Resamples of the 90 % interval of \u03b1."
		   });
		addAnnotation
		  (getGradientNoiseAnalysis_AlongTraining(),
		   source,
		   new String[] {
			   "label", "Along training",
			   "help", "Also at every checkpoint, at the smallest batch size."
		   });
		addAnnotation
		  (getLearningCoefficientAnalysis_Localisation(),
		   source,
		   new String[] {
			   "label", "Localisation \u03b3",
			   "help", "\u03b3, the pull of the chains back to w*: the term \u03b3/2 \u2016w \u2212 w*\u2016\u00b2 of the localised posterior."
		   });
		addAnnotation
		  (getLearningCoefficientAnalysis_InverseTemperature(),
		   source,
		   new String[] {
			   "label", "Inverse temperature \u03b2",
			   "help", "\u03b2; 0 for Watanabe\'s 1/log n (n training rows)."
		   });
		addAnnotation
		  (getLearningCoefficientAnalysis_StepSize(),
		   source,
		   new String[] {
			   "label", "SGLD step \u03b5",
			   "help", "\u03b5, the SGLD step: w \u2190 w \u2212 \u03b5/2 (n\u03b2\u2207L_m(w) + \u03b3(w \u2212 w*)) + N(0, \u03b5)."
		   });
		addAnnotation
		  (getLearningCoefficientAnalysis_Steps(),
		   source,
		   new String[] {
			   "label", "Draws",
			   "unit", "per chain",
			   "help", "Draws per chain after the burn-in."
		   });
		addAnnotation
		  (getLearningCoefficientAnalysis_BurnIn(),
		   source,
		   new String[] {
			   "label", "Burn-in",
			   "unit", "steps per chain",
			   "help", "SGLD steps per chain discarded before the draws are kept."
		   });
		addAnnotation
		  (getLearningCoefficientAnalysis_Chains(),
		   source,
		   new String[] {
			   "label", "Chains",
			   "unit", "chains",
			   "help", "Independent SGLD chains, each with its own seed; the estimate averages them."
		   });
		addAnnotation
		  (getLearningCoefficientAnalysis_BatchSize(),
		   source,
		   new String[] {
			   "label", "Batch size",
			   "unit", "rows",
			   "help", "Rows per SGLD step; 0 for the full training set."
		   });
		addAnnotation
		  (getLearningCoefficientAnalysis_AlongTraining(),
		   source,
		   new String[] {
			   "label", "Along training",
			   "help", "Estimate at every checkpoint of the run (training.checkpointEvery > 0) instead of at the trained parameters only."
		   });
		addAnnotation
		  (getImplicitBiasAnalysis_Rows(),
		   source,
		   new String[] {
			   "label", "Rows",
			   "unit", "training rows",
			   "help", "Rows of the underdetermined least-squares problem (fewer than the features)."
		   });
		addAnnotation
		  (getImplicitBiasAnalysis_Features(),
		   source,
		   new String[] {
			   "label", "Features",
			   "unit", "columns",
			   "help", "The features, more than the rows: infinitely many solutions interpolate."
		   });
		addAnnotation
		  (getImplicitBiasAnalysis_Tolerance(),
		   source,
		   new String[] {
			   "label", "Integrator tolerance",
			   "help", "The flow integrator\'s absolute and relative error tolerance."
		   });
	}

} //DynamicsPackageImpl
