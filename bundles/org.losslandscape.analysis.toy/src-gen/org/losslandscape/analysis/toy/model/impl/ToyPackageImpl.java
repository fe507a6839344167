/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.analysis.toy.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.losslandscape.analysis.toy.model.ToyFactory;
import org.losslandscape.analysis.toy.model.ToyPackage;
import org.losslandscape.analysis.toy.model.ToySurfaceAnalysis;
import org.losslandscape.analysis.toy.model.ToySurfaceKind;

import org.losslandscape.model.LandscapePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ToyPackageImpl extends EPackageImpl implements ToyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass toySurfaceAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum toySurfaceKindEEnum = null;

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
	 * @see org.losslandscape.analysis.toy.model.ToyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ToyPackageImpl() {
		super(eNS_URI, ToyFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ToyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ToyPackage init() {
		if (isInited) return (ToyPackage)EPackage.Registry.INSTANCE.getEPackage(ToyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredToyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ToyPackageImpl theToyPackage = registeredToyPackage instanceof ToyPackageImpl ? (ToyPackageImpl)registeredToyPackage : new ToyPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		LandscapePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theToyPackage.createPackageContents();

		// Initialize created meta-data
		theToyPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theToyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ToyPackage.eNS_URI, theToyPackage);
		return theToyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getToySurfaceAnalysis() {
		return toySurfaceAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToySurfaceAnalysis_Surface() {
		return (EAttribute)toySurfaceAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToySurfaceAnalysis_Resolution() {
		return (EAttribute)toySurfaceAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToySurfaceAnalysis_Starts() {
		return (EAttribute)toySurfaceAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToySurfaceAnalysis_Steps() {
		return (EAttribute)toySurfaceAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToySurfaceAnalysis_Noise() {
		return (EAttribute)toySurfaceAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getToySurfaceAnalysis_Optimizers() {
		return (EReference)toySurfaceAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getToySurfaceAnalysis_CriticalPoints() {
		return (EAttribute)toySurfaceAnalysisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getToySurfaceKind() {
		return toySurfaceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ToyFactory getToyFactory() {
		return (ToyFactory)getEFactoryInstance();
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
		toySurfaceAnalysisEClass = createEClass(TOY_SURFACE_ANALYSIS);
		createEAttribute(toySurfaceAnalysisEClass, TOY_SURFACE_ANALYSIS__SURFACE);
		createEAttribute(toySurfaceAnalysisEClass, TOY_SURFACE_ANALYSIS__RESOLUTION);
		createEAttribute(toySurfaceAnalysisEClass, TOY_SURFACE_ANALYSIS__STARTS);
		createEAttribute(toySurfaceAnalysisEClass, TOY_SURFACE_ANALYSIS__STEPS);
		createEAttribute(toySurfaceAnalysisEClass, TOY_SURFACE_ANALYSIS__NOISE);
		createEReference(toySurfaceAnalysisEClass, TOY_SURFACE_ANALYSIS__OPTIMIZERS);
		createEAttribute(toySurfaceAnalysisEClass, TOY_SURFACE_ANALYSIS__CRITICAL_POINTS);

		// Create enums
		toySurfaceKindEEnum = createEEnum(TOY_SURFACE_KIND);
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
		toySurfaceAnalysisEClass.getESuperTypes().add(theLandscapePackage.getAnalysisSpec());

		// Initialize classes, features, and operations; add parameters
		initEClass(toySurfaceAnalysisEClass, ToySurfaceAnalysis.class, "ToySurfaceAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getToySurfaceAnalysis_Surface(), this.getToySurfaceKind(), "surface", "HIMMELBLAU", 0, 1, ToySurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToySurfaceAnalysis_Resolution(), ecorePackage.getEInt(), "resolution", "101", 0, 1, ToySurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToySurfaceAnalysis_Starts(), ecorePackage.getEString(), "starts", null, 0, -1, ToySurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToySurfaceAnalysis_Steps(), ecorePackage.getEInt(), "steps", "200", 0, 1, ToySurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToySurfaceAnalysis_Noise(), ecorePackage.getEDouble(), "noise", "0.0", 0, 1, ToySurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getToySurfaceAnalysis_Optimizers(), theLandscapePackage.getOptimizerSpec(), null, "optimizers", null, 0, -1, ToySurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getToySurfaceAnalysis_CriticalPoints(), ecorePackage.getEBoolean(), "criticalPoints", "true", 0, 1, ToySurfaceAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(toySurfaceKindEEnum, ToySurfaceKind.class, "ToySurfaceKind");
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.QUADRATIC_BOWL);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.SADDLE);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.MONKEY_SADDLE);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.ROSENBROCK);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.HIMMELBLAU);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.RASTRIGIN);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.BEALE);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.SIX_HUMP_CAMEL);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.DECEPTIVE_WELLS);
		addEEnumLiteral(toySurfaceKindEEnum, ToySurfaceKind.TWO_WEIGHT_NETWORK);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.losslandscape.org/analysis
		createAnalysisAnnotations();
		// http://www.losslandscape.org/model/moved
		createMovedAnnotations();
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
		  (toySurfaceAnalysisEClass,
		   source,
		   new String[] {
			   "bundle", "org.losslandscape.analysis.toy"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.losslandscape.org/model/moved</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createMovedAnnotations() {
		String source = "http://www.losslandscape.org/model/moved";
		addAnnotation
		  (toySurfaceAnalysisEClass,
		   source,
		   new String[] {
			   "from", "http://losslandscape.org/model/1.0#ToySurfaceAnalysis"
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
		  (getToySurfaceAnalysis_Surface(),
		   source,
		   new String[] {
			   "label", "Surface",
			   "help", "The test function: Himmelblau, Rosenbrock, the six-hump camel, Rastrigin, the monkey saddle, \u2026"
		   });
		addAnnotation
		  (getToySurfaceAnalysis_Resolution(),
		   source,
		   new String[] {
			   "label", "Resolution",
			   "unit", "points per axis",
			   "help", "Grid points along each axis of the drawn surface."
		   });
		addAnnotation
		  (getToySurfaceAnalysis_Starts(),
		   source,
		   new String[] {
			   "label", "Starts",
			   "unit", "x, y",
			   "help", "Start points \'x, y\'; none: a point near the corner of the surface\'s range."
		   });
		addAnnotation
		  (getToySurfaceAnalysis_Steps(),
		   source,
		   new String[] {
			   "label", "Steps",
			   "unit", "per path",
			   "help", "Steps of each optimizer path from each start."
		   });
		addAnnotation
		  (getToySurfaceAnalysis_Noise(),
		   source,
		   new String[] {
			   "label", "Gradient noise \u03c3",
			   "help", "Standard deviation of Gaussian gradient noise; when above 0 every path is also run with the noise."
		   });
		addAnnotation
		  (getToySurfaceAnalysis_CriticalPoints(),
		   source,
		   new String[] {
			   "label", "Find critical points",
			   "help", "Find the critical points by Newton\'s method and type them by the Hessian (minimum, saddle, maximum)."
		   });
	}

} //ToyPackageImpl
