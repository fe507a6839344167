/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.critical.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.losslandscape.analysis.critical.model.CriticalFactory;
import org.losslandscape.analysis.critical.model.CriticalPackage;
import org.losslandscape.analysis.critical.model.CriticalPointsAnalysis;

import org.losslandscape.model.LandscapePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CriticalPackageImpl extends EPackageImpl implements CriticalPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criticalPointsAnalysisEClass = null;

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
	 * @see org.losslandscape.analysis.critical.model.CriticalPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CriticalPackageImpl() {
		super(eNS_URI, CriticalFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CriticalPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CriticalPackage init() {
		if (isInited) return (CriticalPackage)EPackage.Registry.INSTANCE.getEPackage(CriticalPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCriticalPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CriticalPackageImpl theCriticalPackage = registeredCriticalPackage instanceof CriticalPackageImpl ? (CriticalPackageImpl)registeredCriticalPackage : new CriticalPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		LandscapePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCriticalPackage.createPackageContents();

		// Initialize created meta-data
		theCriticalPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCriticalPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CriticalPackage.eNS_URI, theCriticalPackage);
		return theCriticalPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriticalPointsAnalysis() {
		return criticalPointsAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_RandomStarts() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_PathStarts() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_PerturbedStarts() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_Perturbation() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_Tolerance() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_MaxIterations() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_DenseLimit() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_Probes() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriticalPointsAnalysis_LanczosSteps() {
		return (EAttribute)criticalPointsAnalysisEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriticalFactory getCriticalFactory() {
		return (CriticalFactory)getEFactoryInstance();
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
		criticalPointsAnalysisEClass = createEClass(CRITICAL_POINTS_ANALYSIS);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__RANDOM_STARTS);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__PATH_STARTS);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__PERTURBED_STARTS);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__PERTURBATION);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__TOLERANCE);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__MAX_ITERATIONS);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__DENSE_LIMIT);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__PROBES);
		createEAttribute(criticalPointsAnalysisEClass, CRITICAL_POINTS_ANALYSIS__LANCZOS_STEPS);
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
		criticalPointsAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());

		// Initialize classes, features, and operations; add parameters
		initEClass(criticalPointsAnalysisEClass, CriticalPointsAnalysis.class, "CriticalPointsAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriticalPointsAnalysis_RandomStarts(), ecorePackage.getEInt(), "randomStarts", "8", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriticalPointsAnalysis_PathStarts(), ecorePackage.getEInt(), "pathStarts", "8", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriticalPointsAnalysis_PerturbedStarts(), ecorePackage.getEInt(), "perturbedStarts", "8", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriticalPointsAnalysis_Perturbation(), ecorePackage.getEDouble(), "perturbation", "0.5", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriticalPointsAnalysis_Tolerance(), ecorePackage.getEDouble(), "tolerance", "1.0E-8", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriticalPointsAnalysis_MaxIterations(), ecorePackage.getEInt(), "maxIterations", "100", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriticalPointsAnalysis_DenseLimit(), ecorePackage.getEInt(), "denseLimit", "2000", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriticalPointsAnalysis_Probes(), ecorePackage.getEInt(), "probes", "10", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriticalPointsAnalysis_LanczosSteps(), ecorePackage.getEInt(), "lanczosSteps", "80", 0, 1, CriticalPointsAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (criticalPointsAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.critical"
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
		  (getCriticalPointsAnalysis_RandomStarts(),
		   source,
		   new String[] {
			   "label", "Random starts",
			   "unit", "starts",
			   "help", "Starts drawn by the network\'s initialiser, each with its own seed."
		   });
		addAnnotation
		  (getCriticalPointsAnalysis_PathStarts(),
		   source,
		   new String[] {
			   "label", "Starts along the path",
			   "unit", "starts",
			   "help", "Starts taken evenly along the training path (its checkpoints and the trained point)."
		   });
		addAnnotation
		  (getCriticalPointsAnalysis_PerturbedStarts(),
		   source,
		   new String[] {
			   "label", "Perturbed starts",
			   "unit", "starts",
			   "help", "Starts at the trained point plus Gaussian noise."
		   });
		addAnnotation
		  (getCriticalPointsAnalysis_Perturbation(),
		   source,
		   new String[] {
			   "label", "Perturbation",
			   "unit", "\u00d7 parameter RMS",
			   "help", "The noise of the perturbed starts: its standard deviation per parameter is this times the trained point\'s root-mean-square parameter."
		   });
		addAnnotation
		  (getCriticalPointsAnalysis_Tolerance(),
		   source,
		   new String[] {
			   "label", "Gradient tolerance",
			   "unit", "\u2016\u2207L\u2016",
			   "help", "A point is critical when \u2016\u2207L\u2016 \u2264 tolerance."
		   });
		addAnnotation
		  (getCriticalPointsAnalysis_MaxIterations(),
		   source,
		   new String[] {
			   "label", "Iterations",
			   "unit", "per start, at most",
			   "help", "Newton-type iterations on \u2016\u2207L\u2016\u00b2 from each start before it is given up."
		   });
		addAnnotation
		  (getCriticalPointsAnalysis_DenseLimit(),
		   source,
		   new String[] {
			   "label", "Dense Hessian up to",
			   "unit", "parameters",
			   "help", "Networks with at most this many parameters have their index counted from the dense Hessian; larger ones estimated by stochastic Lanczos quadrature."
		   });
		addAnnotation
		  (getCriticalPointsAnalysis_Probes(),
		   source,
		   new String[] {
			   "label", "Probes",
			   "unit", "vectors",
			   "help", "Random probe vectors of the stochastic estimate of the index (networks above the dense limit)."
		   });
		addAnnotation
		  (getCriticalPointsAnalysis_LanczosSteps(),
		   source,
		   new String[] {
			   "label", "Lanczos steps",
			   "unit", "Hessian-vector products",
			   "help", "Lanczos steps per probe of the index estimate."
		   });
	}

} //CriticalPackageImpl
