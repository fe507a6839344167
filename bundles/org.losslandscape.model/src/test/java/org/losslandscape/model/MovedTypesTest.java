package org.losslandscape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.losslandscape.model.resource.LandscapeResources;
import org.losslandscape.model.resource.MovedTypes;

/**
 * A class that left the experiment model's package for another (as the toy-surface analysis did for a bundle of its
 * own) is still read from files that name it under the old package, once the new package is known; it is written
 * under its new one.
 */
class MovedTypesTest {

    private static final String OLD_FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <landscape:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:landscape="http://losslandscape.org/model/1.0" \
            name="old">
              <analyses xsi:type="landscape:RelocatedAnalysis" name="moved" depth="7">
                <optimizers optimizerId="adam"/>
              </analyses>
            </landscape:Experiment>
            """;

    /** A package of another bundle: RelocatedAnalysis, which was the experiment model's before. */
    private static EPackage relocatedPackage() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EPackage p = f.createEPackage();
        p.setName("relocated");
        p.setNsPrefix("relocated");
        p.setNsURI("http://example.org/relocated/1.0");
        EClass c = f.createEClass();
        c.setName("RelocatedAnalysis");
        c.getESuperTypes().add(LandscapePackage.Literals.ANALYSIS_SPEC);
        EAttribute depth = f.createEAttribute();
        depth.setName("depth");
        depth.setEType(EcorePackage.Literals.EINT);
        c.getEStructuralFeatures().add(depth);
        org.eclipse.emf.ecore.EReference optimizers = f.createEReference();
        optimizers.setName("optimizers");
        optimizers.setEType(LandscapePackage.Literals.OPTIMIZER_SPEC);
        optimizers.setContainment(true);
        optimizers.setUpperBound(-1);
        c.getEStructuralFeatures().add(optimizers);
        EcoreUtil.setAnnotation(c, MovedTypes.ANNOTATION, MovedTypes.FROM,
                "http://example.org/elsewhere#Other " + LandscapePackage.eNS_URI + "#RelocatedAnalysis");
        p.getEClassifiers().add(c);
        p.setEFactoryInstance(new org.eclipse.emf.ecore.impl.EFactoryImpl() {
            @Override
            public org.eclipse.emf.ecore.EObject create(EClass eClass) {
                // as generated code would: an AnalysisSpec whose own features are the dynamic class's
                org.losslandscape.model.impl.AnalysisSpecImpl spec = new org.losslandscape.model.impl
                        .AnalysisSpecImpl() {
                };
                spec.eSetClass(eClass);
                return spec;
            }
        });
        return p;
    }

    @Test
    void aMovedClassIsReadUnderItsOldNameAndWrittenUnderItsNewOne() throws IOException {
        EPackage relocated = relocatedPackage();
        EClass moved = (EClass) relocated.getEClassifier("RelocatedAnalysis");
        Experiment e = load(LandscapeResources.createResourceSet(List.of(relocated)).createResource(
                URI.createURI("memory:/old.landscape")));
        AnalysisSpec a = e.getAnalyses().get(0);
        assertSame(moved, a.eClass());
        assertEquals("moved", a.getName());
        assertEquals(7, a.eGet(moved.getEStructuralFeature("depth")));
        OptimizerSpec o = (OptimizerSpec) ((List<?>) a.eGet(moved.getEStructuralFeature("optimizers"))).get(0);
        assertEquals("adam", o.getOptimizerId());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.eResource().save(out, LandscapeResources.saveOptions());
        String saved = out.toString(StandardCharsets.UTF_8);
        assertTrue(saved.contains("xsi:type=\"relocated:RelocatedAnalysis\""), saved);
        assertTrue(saved.contains("xmlns:relocated=\"http://example.org/relocated/1.0\""), saved);
        assertFalse(saved.contains("landscape:RelocatedAnalysis"), saved);
    }

    @Test
    void theMovesAreThoseThePackagesDeclare() {
        EPackage relocated = relocatedPackage();
        MovedTypes moves = MovedTypes.of(List.of(relocated, LandscapePackage.eINSTANCE));
        assertSame(relocated.getEClassifier("RelocatedAnalysis"), moves.find(LandscapePackage.eNS_URI,
                "RelocatedAnalysis"));
        assertSame(relocated.getEClassifier("RelocatedAnalysis"), moves.find("http://example.org/elsewhere",
                "Other"));
        assertNull(moves.find(LandscapePackage.eNS_URI, "SurfaceAnalysis"));
        assertEquals(2, moves.all().size());
    }

    @Test
    void withoutThePackageThatDeclaresTheMoveTheFileDoesNotLoad() {
        Resource r = LandscapeResources.createResourceSet().createResource(URI.createURI("memory:/old.landscape"));
        Exception failed = assertThrows(IOException.class, () -> load(r));
        assertTrue(failed.getMessage().contains("RelocatedAnalysis"), failed.getMessage());
    }

    private static Experiment load(Resource r) throws IOException {
        r.load(new ByteArrayInputStream(OLD_FILE.getBytes(StandardCharsets.UTF_8)), null);
        return (Experiment) r.getContents().get(0);
    }
}
