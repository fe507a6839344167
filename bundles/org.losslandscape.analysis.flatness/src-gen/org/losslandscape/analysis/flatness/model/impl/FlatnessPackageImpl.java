/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.flatness.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.losslandscape.analysis.flatness.model.CurvatureOperatorKind;
import org.losslandscape.analysis.flatness.model.FlatnessFactory;
import org.losslandscape.analysis.flatness.model.FlatnessPackage;
import org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis;
import org.losslandscape.analysis.flatness.model.PacBayesAnalysis;
import org.losslandscape.analysis.flatness.model.PosteriorShape;
import org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis;

import org.losslandscape.model.LandscapePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FlatnessPackageImpl extends EPackageImpl implements FlatnessPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pacBayesAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerCurvatureAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reparameterisationAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum posteriorShapeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum curvatureOperatorKindEEnum = null;

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
	 * @see org.losslandscape.analysis.flatness.model.FlatnessPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FlatnessPackageImpl() {
		super(eNS_URI, FlatnessFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link FlatnessPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FlatnessPackage init() {
		if (isInited) return (FlatnessPackage)EPackage.Registry.INSTANCE.getEPackage(FlatnessPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFlatnessPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FlatnessPackageImpl theFlatnessPackage = registeredFlatnessPackage instanceof FlatnessPackageImpl ? (FlatnessPackageImpl)registeredFlatnessPackage : new FlatnessPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		LandscapePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theFlatnessPackage.createPackageContents();

		// Initialize created meta-data
		theFlatnessPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFlatnessPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FlatnessPackage.eNS_URI, theFlatnessPackage);
		return theFlatnessPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPacBayesAnalysis() {
		return pacBayesAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacBayesAnalysis_Posterior() {
		return (EAttribute)pacBayesAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacBayesAnalysis_Sigmas() {
		return (EAttribute)pacBayesAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacBayesAnalysis_Delta() {
		return (EAttribute)pacBayesAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacBayesAnalysis_SamplingDelta() {
		return (EAttribute)pacBayesAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPacBayesAnalysis_Samples() {
		return (EAttribute)pacBayesAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayerCurvatureAnalysis() {
		return layerCurvatureAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerCurvatureAnalysis_Operators() {
		return (EAttribute)layerCurvatureAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerCurvatureAnalysis_Probes() {
		return (EAttribute)layerCurvatureAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerCurvatureAnalysis_LanczosSteps() {
		return (EAttribute)layerCurvatureAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerCurvatureAnalysis_GridPoints() {
		return (EAttribute)layerCurvatureAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReparameterisationAnalysis() {
		return reparameterisationAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReparameterisationAnalysis_Alphas() {
		return (EAttribute)reparameterisationAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReparameterisationAnalysis_FirstLayer() {
		return (EAttribute)reparameterisationAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReparameterisationAnalysis_SecondLayer() {
		return (EAttribute)reparameterisationAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReparameterisationAnalysis_Rho() {
		return (EAttribute)reparameterisationAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReparameterisationAnalysis_AscentSteps() {
		return (EAttribute)reparameterisationAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReparameterisationAnalysis_Probes() {
		return (EAttribute)reparameterisationAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReparameterisationAnalysis_Samples() {
		return (EAttribute)reparameterisationAnalysisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPosteriorShape() {
		return posteriorShapeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCurvatureOperatorKind() {
		return curvatureOperatorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlatnessFactory getFlatnessFactory() {
		return (FlatnessFactory)getEFactoryInstance();
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
		pacBayesAnalysisEClass = createEClass(PAC_BAYES_ANALYSIS);
		createEAttribute(pacBayesAnalysisEClass, PAC_BAYES_ANALYSIS__POSTERIOR);
		createEAttribute(pacBayesAnalysisEClass, PAC_BAYES_ANALYSIS__SIGMAS);
		createEAttribute(pacBayesAnalysisEClass, PAC_BAYES_ANALYSIS__DELTA);
		createEAttribute(pacBayesAnalysisEClass, PAC_BAYES_ANALYSIS__SAMPLING_DELTA);
		createEAttribute(pacBayesAnalysisEClass, PAC_BAYES_ANALYSIS__SAMPLES);

		layerCurvatureAnalysisEClass = createEClass(LAYER_CURVATURE_ANALYSIS);
		createEAttribute(layerCurvatureAnalysisEClass, LAYER_CURVATURE_ANALYSIS__OPERATORS);
		createEAttribute(layerCurvatureAnalysisEClass, LAYER_CURVATURE_ANALYSIS__PROBES);
		createEAttribute(layerCurvatureAnalysisEClass, LAYER_CURVATURE_ANALYSIS__LANCZOS_STEPS);
		createEAttribute(layerCurvatureAnalysisEClass, LAYER_CURVATURE_ANALYSIS__GRID_POINTS);

		reparameterisationAnalysisEClass = createEClass(REPARAMETERISATION_ANALYSIS);
		createEAttribute(reparameterisationAnalysisEClass, REPARAMETERISATION_ANALYSIS__ALPHAS);
		createEAttribute(reparameterisationAnalysisEClass, REPARAMETERISATION_ANALYSIS__FIRST_LAYER);
		createEAttribute(reparameterisationAnalysisEClass, REPARAMETERISATION_ANALYSIS__SECOND_LAYER);
		createEAttribute(reparameterisationAnalysisEClass, REPARAMETERISATION_ANALYSIS__RHO);
		createEAttribute(reparameterisationAnalysisEClass, REPARAMETERISATION_ANALYSIS__ASCENT_STEPS);
		createEAttribute(reparameterisationAnalysisEClass, REPARAMETERISATION_ANALYSIS__PROBES);
		createEAttribute(reparameterisationAnalysisEClass, REPARAMETERISATION_ANALYSIS__SAMPLES);

		// Create enums
		posteriorShapeEEnum = createEEnum(POSTERIOR_SHAPE);
		curvatureOperatorKindEEnum = createEEnum(CURVATURE_OPERATOR_KIND);
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
		pacBayesAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());
		layerCurvatureAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());
		reparameterisationAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());

		// Initialize classes, features, and operations; add parameters
		initEClass(pacBayesAnalysisEClass, PacBayesAnalysis.class, "PacBayesAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPacBayesAnalysis_Posterior(), this.getPosteriorShape(), "posterior", null, 0, 1, PacBayesAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacBayesAnalysis_Sigmas(), ecorePackage.getEDouble(), "sigmas", null, 0, -1, PacBayesAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacBayesAnalysis_Delta(), ecorePackage.getEDouble(), "delta", "0.025", 0, 1, PacBayesAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacBayesAnalysis_SamplingDelta(), ecorePackage.getEDouble(), "samplingDelta", "0.01", 0, 1, PacBayesAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPacBayesAnalysis_Samples(), ecorePackage.getEInt(), "samples", "100", 0, 1, PacBayesAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerCurvatureAnalysisEClass, LayerCurvatureAnalysis.class, "LayerCurvatureAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayerCurvatureAnalysis_Operators(), this.getCurvatureOperatorKind(), "operators", null, 0, -1, LayerCurvatureAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerCurvatureAnalysis_Probes(), ecorePackage.getEInt(), "probes", "10", 0, 1, LayerCurvatureAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerCurvatureAnalysis_LanczosSteps(), ecorePackage.getEInt(), "lanczosSteps", "30", 0, 1, LayerCurvatureAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerCurvatureAnalysis_GridPoints(), ecorePackage.getEInt(), "gridPoints", "100", 0, 1, LayerCurvatureAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reparameterisationAnalysisEClass, ReparameterisationAnalysis.class, "ReparameterisationAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReparameterisationAnalysis_Alphas(), ecorePackage.getEDouble(), "alphas", null, 0, -1, ReparameterisationAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReparameterisationAnalysis_FirstLayer(), ecorePackage.getEInt(), "firstLayer", "0", 0, 1, ReparameterisationAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReparameterisationAnalysis_SecondLayer(), ecorePackage.getEInt(), "secondLayer", "2", 0, 1, ReparameterisationAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReparameterisationAnalysis_Rho(), ecorePackage.getEDouble(), "rho", "0.05", 0, 1, ReparameterisationAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReparameterisationAnalysis_AscentSteps(), ecorePackage.getEInt(), "ascentSteps", "10", 0, 1, ReparameterisationAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReparameterisationAnalysis_Probes(), ecorePackage.getEInt(), "probes", "20", 0, 1, ReparameterisationAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReparameterisationAnalysis_Samples(), ecorePackage.getEInt(), "samples", "50", 0, 1, ReparameterisationAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(posteriorShapeEEnum, PosteriorShape.class, "PosteriorShape");
		addEEnumLiteral(posteriorShapeEEnum, PosteriorShape.ISOTROPIC);
		addEEnumLiteral(posteriorShapeEEnum, PosteriorShape.LAYERWISE);

		initEEnum(curvatureOperatorKindEEnum, CurvatureOperatorKind.class, "CurvatureOperatorKind");
		addEEnumLiteral(curvatureOperatorKindEEnum, CurvatureOperatorKind.HESSIAN);
		addEEnumLiteral(curvatureOperatorKindEEnum, CurvatureOperatorKind.GAUSS_NEWTON);
		addEEnumLiteral(curvatureOperatorKindEEnum, CurvatureOperatorKind.EMPIRICAL_FISHER);

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
		  (pacBayesAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.flatness"
		   });
		addAnnotation
		  (layerCurvatureAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.flatness"
		   });
		addAnnotation
		  (reparameterisationAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.flatness"
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
		  (getPacBayesAnalysis_Posterior(),
		   source,
		   new String[] {
			   "label", "Posterior scales",
			   "help", "The per-parameter scales c: the same in every direction, or each parameter tensor\'s root mean square at \u03b8\u2080."
		   });
		addAnnotation
		  (getPacBayesAnalysis_Sigmas(),
		   source,
		   new String[] {
			   "label", "Widths \u03c3",
			   "help", "The grid of widths \u03c3; none: 17 values evenly spaced in log scale from 0.001 to 10."
		   });
		addAnnotation
		  (getPacBayesAnalysis_Delta(),
		   source,
		   new String[] {
			   "label", "Confidence \u03b4",
			   "help", "The confidence \u03b4 of the bound (shared by the grid)."
		   });
		addAnnotation
		  (getPacBayesAnalysis_SamplingDelta(),
		   source,
		   new String[] {
			   "label", "Sampling confidence \u03b4\u2032",
			   "help", "The confidence \u03b4\u2032 of the Monte Carlo estimate of the posterior\'s training error."
		   });
		addAnnotation
		  (getPacBayesAnalysis_Samples(),
		   source,
		   new String[] {
			   "label", "Samples",
			   "unit", "networks per posterior",
			   "help", "The networks drawn from each posterior."
		   });
		addAnnotation
		  (getLayerCurvatureAnalysis_Operators(),
		   source,
		   new String[] {
			   "label", "Operators",
			   "help", "The operators, each once; none: all three."
		   });
		addAnnotation
		  (getLayerCurvatureAnalysis_Probes(),
		   source,
		   new String[] {
			   "label", "Probes",
			   "unit", "vectors",
			   "help", "Hutchinson probe vectors per layer for the trace, and starts of the spectral density."
		   });
		addAnnotation
		  (getLayerCurvatureAnalysis_LanczosSteps(),
		   source,
		   new String[] {
			   "label", "Lanczos steps",
			   "unit", "products per probe",
			   "help", "Lanczos steps (operator-vector products) per probe of the spectral density."
		   });
		addAnnotation
		  (getLayerCurvatureAnalysis_GridPoints(),
		   source,
		   new String[] {
			   "label", "Density grid",
			   "unit", "points",
			   "help", "Points of the grid on which each spectral density is evaluated."
		   });
		addAnnotation
		  (getReparameterisationAnalysis_Alphas(),
		   source,
		   new String[] {
			   "label", "Factors \u03b1",
			   "help", "The factors \u03b1; none: 0.01, 0.1, 1, 10 and 100."
		   });
		addAnnotation
		  (getReparameterisationAnalysis_FirstLayer(),
		   source,
		   new String[] {
			   "label", "Scaled layer",
			   "unit", "layer index",
			   "help", "The index of the layer scaled by \u03b1 (a Dense layer)."
		   });
		addAnnotation
		  (getReparameterisationAnalysis_SecondLayer(),
		   source,
		   new String[] {
			   "label", "Compensating layer",
			   "unit", "layer index",
			   "help", "The index of the layer whose weights are scaled by 1/\u03b1; only positively homogeneous layers (ReLU) may lie between."
		   });
		addAnnotation
		  (getReparameterisationAnalysis_Rho(),
		   source,
		   new String[] {
			   "label", "Radius \u03c1",
			   "help", "The radius of adaptive sharpness (\u03b7 = 0)."
		   });
		addAnnotation
		  (getReparameterisationAnalysis_AscentSteps(),
		   source,
		   new String[] {
			   "label", "Ascent steps",
			   "unit", "steps",
			   "help", "Gradient-ascent steps of the adaptive sharpness inside its radius."
		   });
		addAnnotation
		  (getReparameterisationAnalysis_Probes(),
		   source,
		   new String[] {
			   "label", "Trace probes",
			   "unit", "vectors",
			   "help", "Hutchinson\'s probes for the trace."
		   });
		addAnnotation
		  (getReparameterisationAnalysis_Samples(),
		   source,
		   new String[] {
			   "label", "Samples",
			   "unit", "networks per posterior",
			   "help", "Networks drawn per posterior for the PAC-Bayes bounds (isotropic and layer-scaled) at each \u03b1; 0: no bounds."
		   });
	}

} //FlatnessPackageImpl
