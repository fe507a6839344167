package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.ui.editor.AttributeLabels;

/** Form labels of model attributes: from the model's annotations, else from the name. */
class AttributeLabelsTest {

    @Test
    void namesBecomeWords() {
        assertEquals("x min", AttributeLabels.words("xMin"));
        assertEquals("include biases", AttributeLabels.words("includeBiases"));
        assertEquals("direction kind", AttributeLabels.words("directionKind"));
        assertEquals("top k", AttributeLabels.words("topK"));
        assertEquals("other run id", AttributeLabels.words("otherRunID"));
        assertEquals("lanczos steps", AttributeLabels.words("lanczos_steps"));
        assertEquals("seed", AttributeLabels.words("seed"));
    }

    @Test
    void theModelsAnnotationsGiveLabelUnitAndHelp() {
        EAttribute xMin = LandscapePackage.Literals.SURFACE_ANALYSIS__XMIN;
        assertEquals("α from", AttributeLabels.label(xMin));
        assertEquals("× direction", AttributeLabels.unit(xMin));
        assertEquals("α from (× direction):", AttributeLabels.rowLabel(xMin));
        assertTrue(AttributeLabels.help(xMin).contains("0 is the trained solution"), AttributeLabels.help(xMin));
        assertEquals("Perturb biases:", AttributeLabels.rowLabel(LandscapePackage.Literals
                .SURFACE_ANALYSIS__INCLUDE_BIASES));
        assertEquals("Resolution (points per axis):", AttributeLabels.rowLabel(LandscapePackage.Literals
                .SURFACE_ANALYSIS__RESOLUTION));
        // every setting of every analysis in the experiment model is labelled and explained
        for (var c : LandscapePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof org.eclipse.emf.ecore.EClass k && LandscapePackage.Literals.ANALYSIS_SPEC
                    .isSuperTypeOf(k)) {
                for (EAttribute a : k.getEAllAttributes()) {
                    assertTrue(a.getEAnnotation(AttributeLabels.SOURCE) != null, k.getName() + "." + a.getName()
                            + " has a label");
                    assertTrue(!AttributeLabels.help(a).isEmpty(), k.getName() + "." + a.getName() + " has help");
                }
            }
        }
    }

    @Test
    void theAnalysisBundlesLabelTheirKindsSettings() {
        // the toy, dynamics, critical-points and flatness bundles' kinds, registered as OSGi services in the workbench
        java.util.Set<String> bundles = new java.util.TreeSet<>();
        for (var kind : org.losslandscape.core.services.CoreServices.analysisKinds().all()) {
            org.eclipse.emf.ecore.EClass spec = kind.specClass();
            if (!spec.getEPackage().getNsURI().startsWith("http://losslandscape.org/analysis/")) {
                continue; // the core's own (checked above) and test probes
            }
            bundles.add(spec.getEPackage().getNsPrefix());
            for (EAttribute a : spec.getEAttributes()) { // its own settings; the inherited name and enabled are the core's
                assertTrue(!AttributeLabels.label(a).isEmpty() && a.getEAnnotation(AttributeLabels.SOURCE) != null,
                        spec.getName() + "." + a.getName() + " has a label");
                assertTrue(!AttributeLabels.help(a).isEmpty(), spec.getName() + "." + a.getName() + " has help");
            }
        }
        assertEquals(java.util.Set.of("critical", "dynamics", "flatness", "toy"), bundles);
        assertEquals("Resolution (points per axis):", AttributeLabels.rowLabel(
                org.losslandscape.analysis.toy.model.ToyPackage.Literals.TOY_SURFACE_ANALYSIS__RESOLUTION));
    }

    @Test
    void anAttributeWithoutAnnotationsIsNamedFromItsName() {
        EAttribute plain = EcoreFactory.eINSTANCE.createEAttribute();
        plain.setName("warmupSteps");
        plain.setEType(EcorePackage.Literals.EINT);
        assertEquals("Warmup steps:", AttributeLabels.rowLabel(plain));
        assertEquals("", AttributeLabels.help(plain));
        EAnnotation doc = EcoreFactory.eINSTANCE.createEAnnotation();
        doc.setSource("http://www.eclipse.org/emf/2002/GenModel");
        doc.getDetails().put("documentation", "Steps of linear warm-up.");
        plain.getEAnnotations().add(doc);
        assertEquals("Steps of linear warm-up.", AttributeLabels.help(plain), "the documentation as help");
    }
}
