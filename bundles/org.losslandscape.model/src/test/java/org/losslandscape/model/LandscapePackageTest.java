package org.losslandscape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/** The generated package: identity, classes, defaults. */
class LandscapePackageTest {

    private final LandscapePackage pkg = LandscapePackage.eINSTANCE;

    @Test
    void identity() {
        assertEquals("http://losslandscape.org/model/1.0", LandscapePackage.eNS_URI);
        assertEquals("landscape", LandscapePackage.eNS_PREFIX);
        assertEquals("model", LandscapePackage.eNAME);
        assertEquals("http://losslandscape.org/model/1.0", pkg.getNsURI());
        assertEquals("model", pkg.getName());
        assertSame(LandscapeFactory.eINSTANCE, pkg.getEFactoryInstance());
        assertEquals("org.losslandscape.model", LandscapePackage.class.getPackageName());
    }

    @Test
    void theModelIsValid() {
        Diagnostic d = Diagnostician.INSTANCE.validate(pkg);
        assertEquals(Diagnostic.OK, d.getSeverity(), d::toString);
    }

    @Test
    void everyConcreteClassIsInstantiableAndOnlyAnalysisSpecIsAbstract() {
        List<EClass> classes = pkg.getEClassifiers().stream()
                .filter(EClass.class::isInstance).map(EClass.class::cast).toList();
        TreeSet<String> abstractOnes = new TreeSet<>();
        for (EClass c : classes) {
            if (c.isAbstract()) {
                abstractOnes.add(c.getName());
                assertThrows(IllegalArgumentException.class, () -> LandscapeFactory.eINSTANCE.create(c));
                continue;
            }
            EObject o = LandscapeFactory.eINSTANCE.create(c);
            assertSame(c, o.eClass());
            assertTrue(c.getInstanceClass().isInstance(o), c.getName());
            for (var f : c.getEAllStructuralFeatures()) {
                assertFalse(o.eIsSet(f), () -> c.getName() + "." + f.getName() + " set on a new object");
            }
        }
        assertEquals(new TreeSet<>(List.of("AnalysisSpec")), abstractOnes);
        assertEquals(25, classes.size(), "classes: " + classes.stream().map(EClass::getName).toList());
        assertTrue(pkg.getAnalysisSpec().isSuperTypeOf(pkg.getSurfaceAnalysis()));
        assertEquals(8, classes.stream().filter(c -> c != pkg.getAnalysisSpec())
                .filter(pkg.getAnalysisSpec()::isSuperTypeOf).count());
    }

    @Test
    void runIdIsTheIdAndComparisonRunsAreNotContained() {
        assertTrue(pkg.getRun_Id().isID());
        assertFalse(pkg.getComparison_Runs().isContainment());
        assertTrue(pkg.getComparison_Runs().isMany());
        assertTrue(pkg.getExperiment_Runs().isContainment());
    }

    @Test
    void defaults() {
        LandscapeFactory f = LandscapeFactory.eINSTANCE;
        LayerSpec layer = f.createLayerSpec();
        assertEquals("DENSE", layer.getKind(), "without a kind a layer is Dense, as in files from before");
        assertTrue(layer.isBias());
        assertTrue(layer.isAffine());
        assertEquals(1e-5, layer.getEps());
        assertEquals(0.1, layer.getMomentum());
        assertEquals(0.01, layer.getSlope());
        assertEquals(0, layer.getInputSize());
        TrainingSpec training = f.createTrainingSpec();
        assertEquals(0, training.getBatchSize());
        assertFalse(training.isRestoreBest());
        SurfaceAnalysis surface = f.createSurfaceAnalysis();
        assertTrue(surface.isEnabled());
        assertEquals(2, surface.getDimensions());
        assertEquals(51, surface.getResolution());
        assertEquals(-1.0, surface.getXMin());
        assertEquals(1.0, surface.getXMax());
        assertEquals(-1.0, surface.getYMin());
        assertEquals(1.0, surface.getYMax());
        assertEquals(DirectionKind.FILTER_NORMALISED, surface.getDirectionKind());
        assertEquals(RunStatus.PLANNED, f.createRun().getStatus());
        assertEquals(0, f.createNetworkSpec().getInputSize());
        assertEquals(LossKind.CROSS_ENTROPY, f.createNetworkSpec().getLoss());
        assertEquals("sgd", f.createOptimizerSpec().getOptimizerId());
        assertEquals(ScheduleKind.CONSTANT, f.createScheduleSpec().getKind());
        assertTrue(f.createModeConnectivityAnalysis().isBezier());
        assertFalse(f.createVariant().isSetValue());
    }

    @Test
    void enumerations() {
        assertEquals(15, DatasetKind.VALUES.size());
        assertEquals(7, RunStatus.VALUES.size());
        assertEquals(6, DirectionKind.VALUES.size());
        assertEquals(5, SharpnessDefinition.VALUES.size());
    }

    @Test
    void resultKindsAreAnOpenSetOfInternedIds() {
        assertEquals(10, ResultKind.builtIn().size());
        assertSame(ResultKind.SURFACE, ResultKind.valueOf("SURFACE"), "one instance per id");
        ResultKind added = ResultKind.valueOf("org.example.GRADIENT_NORM");
        assertSame(added, ResultKind.valueOf("org.example.GRADIENT_NORM"));
        assertFalse(ResultKind.builtIn().contains(added));
        assertEquals("org.example.GRADIENT_NORM", added.toString());
        for (String bad : new String[] {"", "surface", "SUR FACE", "Org.example.X", "org..X", "1ABC", "A".repeat(65)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultKind.valueOf(bad));
            assertTrue(e.getMessage().contains("is not a result kind"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ResultKind.valueOf(null));
    }

    @Test
    void aResultOfAKindNoBundleDefinesRoundTripsThroughAFile() throws Exception {
        ResultRef ref = LandscapeFactory.eINSTANCE.createResultRef();
        assertSame(ResultKind.CURVES, ref.getKind(), "the default");
        ref.setKind(ResultKind.valueOf("org.example.GRADIENT_NORM"));
        ref.setUri("run-1/norms.npy");
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*",
                new XMIResourceFactoryImpl());
        Resource r = set.createResource(URI.createURI(
                "memory:/a.xmi"));
        r.getContents().add(ref);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, null);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("kind=\"org.example.GRADIENT_NORM\""), xml);
        Resource back = new XMIResourceFactoryImpl().createResource(URI.createURI("memory:/b.xmi"));
        back.load(new ByteArrayInputStream(out.toByteArray()), null);
        assertSame(ref.getKind(), ((ResultRef) back.getContents().get(0)).getKind());
    }
}
