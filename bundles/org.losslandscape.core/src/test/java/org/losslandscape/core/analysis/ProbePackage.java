package org.losslandscape.core.analysis;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.impl.AnalysisSpecImpl;

/**
 * A third party's EMF package that extends the experiment model with two analysis kinds, as a bundle of its own
 * would (written by hand here instead of generated): {@code GradientNormAnalysis}, whose kind
 * {@link GradientNormKind} is registered through {@code META-INF/services} of the test class path, and
 * {@code MissingAnalysis}, whose kind no bundle registers (its class names the bundle that would provide it).
 */
public final class ProbePackage {

    public static final String NS_URI = "http://example.org/landscape/probe";
    public static final EPackage PACKAGE;
    public static final EClass GRADIENT_NORM;
    public static final EClass MISSING;

    static {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        PACKAGE = f.createEPackage();
        PACKAGE.setName("probe");
        PACKAGE.setNsPrefix("probe");
        PACKAGE.setNsURI(NS_URI);
        GRADIENT_NORM = f.createEClass();
        GRADIENT_NORM.setName("GradientNormAnalysis");
        GRADIENT_NORM.getESuperTypes().add(LandscapePackage.Literals.ANALYSIS_SPEC);
        MISSING = f.createEClass();
        MISSING.setName("MissingAnalysis");
        MISSING.getESuperTypes().add(LandscapePackage.Literals.ANALYSIS_SPEC);
        EcoreUtil.setAnnotation(MISSING, ExperimentCompiler.ANALYSIS_ANNOTATION, "bundle", "org.example.probe");
        PACKAGE.getEClassifiers().add(GRADIENT_NORM);
        PACKAGE.getEClassifiers().add(MISSING);
        PACKAGE.setEFactoryInstance(new EFactoryImpl() {
            @Override
            public EObject create(EClass eClass) {
                return new Spec(eClass);
            }
        });
        EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
    }

    private ProbePackage() {
    }

    /** An instance of one of the package's classes: an AnalysisSpec to the experiment model. */
    public static final class Spec extends AnalysisSpecImpl {
        private final EClass eClass;

        Spec(EClass eClass) {
            this.eClass = eClass;
        }

        @Override
        protected EClass eStaticClass() {
            return eClass;
        }
    }

    /** @return a new spec of the class, enabled, with that name */
    public static Spec create(EClass eClass, String name) {
        Spec s = (Spec) PACKAGE.getEFactoryInstance().create(eClass);
        s.setName(name);
        s.setEnabled(true);
        return s;
    }
}
