package org.losslandscape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.model.resource.LandscapeResources;
import org.losslandscape.model.util.LandscapeResourceImpl;

/** Save to a {@code .landscape} file (XMI), load into a fresh resource set, compare. Standalone EMF, no OSGi. */
class RoundTripTest {

    @TempDir
    Path dir;

    /** What plugin.xml does in Eclipse, done by hand: the package, and an XMI factory for *.landscape. */
    static ResourceSet standaloneResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(LandscapePackage.eNS_URI, LandscapePackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("landscape", new XMIResourceFactoryImpl());
        return rs;
    }

    private Experiment roundTrip(Experiment original, ResourceSet saveSet, ResourceSet loadSet) throws IOException {
        URI uri = URI.createFileURI(dir.resolve("experiment.landscape").toString());
        Resource out = saveSet.createResource(uri);
        out.getContents().add(original);
        out.save(LandscapeResources.saveOptions());
        Resource in = loadSet.getResource(uri, true);
        assertTrue(in.getErrors().isEmpty(), () -> "errors: " + in.getErrors());
        assertTrue(in.getWarnings().isEmpty(), () -> "warnings: " + in.getWarnings());
        assertEquals(1, in.getContents().size());
        return (Experiment) in.getContents().get(0);
    }

    @Test
    void fullExperimentRoundTripsThroughXmi() throws IOException {
        Experiment original = FullExperiment.create();
        Experiment loaded = roundTrip(original, standaloneResourceSet(), standaloneResourceSet());

        assertNotSame(original, loaded);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded experiment differs from the saved one");

        // spot checks of values whose text form is easy to get wrong
        assertEquals("grokking <mod 97> & \"friends\"", loaded.getName());
        assertEquals("Multi-line\ndescription with unicode: λ_max, ∇²L, é", loaded.getDescription());
        assertEquals(-1234567890123L, loaded.getSeed());
        assertEquals(List.of("grokking", "weight decay"), loaded.getTags());
        assertEquals(DatasetKind.NPY_FILES, loaded.getDataset().getKind());
        assertEquals("a+b", loaded.getDataset().getParameters().get(1).getValue());
        assertEquals(1e-7, loaded.getNetwork().getLayers().get(0).getEps());
        assertFalse(loaded.getNetwork().getLayers().get(0).isBias());
        LayerSpec nested = loaded.getNetwork().getLayers().get(1).getChildren().get(1);
        assertEquals("BATCH_NORM", nested.getChildren().get(0).getKind());
        assertEquals("false", nested.getChildren().get(0).getSettings().get(0).getValue());
        SurfaceAnalysis surface = (SurfaceAnalysis) loaded.getAnalyses().get(0);
        assertEquals(-2.5, surface.getXMin());
        assertEquals(101, surface.getResolution());
        assertEquals(BatchNormMode.RECOMPUTE, surface.getBatchNormMode());
        Run run = loaded.getRuns().get(0);
        assertEquals(1_767_225_600_123L, run.getStartTime().getTime());
        assertEquals(1_767_229_200_456L, run.getEndTime().getTime());
        assertEquals(1.0 / 3.0, run.getMetrics().get(0).getValue());
        assertEquals(-4.9e-324, run.getMetrics().get(1).getValue());
        assertEquals(ResultKind.valueOf("TOY"), run.getResults().get(run.getResults().size() - 1).getKind());
        assertEquals("wide", run.getVariant());
        assertTrue(loaded.getVariants().get(0).isSetValue(), "a set 0 stays set");
        assertEquals(512 + "", loaded.getVariants().get(0).getSettings().get(0).getValue());
        assertTrue(EcoreUtil.equals(loaded.getNetwork(), run.getConfiguration().getNetwork()));
        assertEquals("adamw", run.getConfiguration().getOptimizer().getOptimizerId());
    }

    @Test
    void comparisonReferencesTheLoadedRuns() throws IOException {
        Experiment loaded = roundTrip(FullExperiment.create(), standaloneResourceSet(), standaloneResourceSet());
        List<Run> runs = loaded.getRuns();
        Comparison pair = loaded.getComparisons().get(0);
        assertEquals("converged vs diverged", pair.getName());
        assertEquals(2, pair.getRuns().size());
        assertSame(runs.get(1), pair.getRuns().get(0));
        assertSame(runs.get(0), pair.getRuns().get(1));
        Comparison all = loaded.getComparisons().get(1);
        assertEquals(runs, all.getRuns());
        for (Run r : all.getRuns()) {
            assertFalse(r.eIsProxy());
            assertSame(loaded.eResource(), r.eResource());
        }
        assertEquals("run-3.interrupted_2026", all.getRuns().get(2).getId());
    }

    @Test
    void runsAreReferencedByIdInTheFile() throws IOException {
        roundTrip(FullExperiment.create(), standaloneResourceSet(), standaloneResourceSet());
        String xml = Files.readString(dir.resolve("experiment.landscape"));
        assertTrue(xml.contains("runs=\"run-2 run-1\""), xml);
        assertTrue(xml.contains("xmlns:landscape=\"http://losslandscape.org/model/1.0\""), xml);
    }

    /** Why RunId has a pattern: an id with a space is written into the IDREFS list unescaped and cannot be read. */
    @Test
    void idWithWhitespaceIsInvalidAndDoesNotRoundTrip() throws IOException {
        Experiment e = FullExperiment.create();
        e.getRuns().get(2).setId("run 3");
        Diagnostic d = Diagnostician.INSTANCE.validate(e);
        assertEquals(Diagnostic.ERROR, d.getSeverity());
        assertTrue(d.getChildren().get(0).getMessage().contains("run 3"), d.getChildren().get(0).getMessage());

        URI uri = URI.createFileURI(dir.resolve("bad-id.landscape").toString());
        Resource out = standaloneResourceSet().createResource(uri);
        out.getContents().add(e);
        out.save(LandscapeResources.saveOptions());
        ResourceSet in = standaloneResourceSet();
        assertThrows(RuntimeException.class, () -> in.getResource(uri, true));
        assertFalse(in.getResource(uri, false).getErrors().isEmpty());
    }

    @Test
    void fullExperimentIsValid() {
        Diagnostic d = Diagnostician.INSTANCE.validate(FullExperiment.create());
        assertEquals(Diagnostic.OK, d.getSeverity(), d::toString);
    }

    @Test
    void generatedResourceFactoryAndHelperRoundTripToo() throws IOException {
        Experiment original = FullExperiment.create();
        ResourceSet loadSet = LandscapeResources.createResourceSet();
        Experiment loaded = roundTrip(original, LandscapeResources.createResourceSet(), loadSet);
        assertTrue(loaded.eResource() instanceof LandscapeResourceImpl);
        assertTrue(EcoreUtil.equals(original, loaded));
    }

    @Test
    void emptyExperimentRoundTripsWithDefaults() throws IOException {
        Experiment original = LandscapeFactory.eINSTANCE.createExperiment();
        original.setTraining(LandscapeFactory.eINSTANCE.createTrainingSpec());
        Experiment loaded = roundTrip(original, standaloneResourceSet(), standaloneResourceSet());
        assertTrue(EcoreUtil.equals(original, loaded));
        assertEquals(0, loaded.getTraining().getBatchSize());
        assertEquals(1000L, loaded.getTraining().getSteps());
    }

    /** Guards the fixture: a class or attribute added to the .ecore must be added to FullExperiment too. */
    @Test
    void fixtureUsesEveryClassAndSetsEveryAttribute() {
        Experiment e = FullExperiment.create();
        Set<EClass> classes = new HashSet<>();
        Set<String> setAttributes = new HashSet<>();
        List<EObject> all = new ArrayList<>();
        all.add(e);
        for (TreeIterator<EObject> it = e.eAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        for (EObject o : all) {
            classes.add(o.eClass());
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (o.eIsSet(a)) { // non-default value, or for the unsettable Variant.value set at all
                    setAttributes.add(o.eClass().getName() + "." + a.getName());
                }
            }
            for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
                // the one unsettable feature: a variant's position on the axis, where unset means "none"
                assertEquals(f == LandscapePackage.Literals.VARIANT__VALUE, f.isUnsettable(), f.getName());
            }
        }
        Set<String> missingClasses = new TreeSet<>();
        Set<String> missingAttributes = new TreeSet<>();
        for (EClassifier c : LandscapePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass ec && !ec.isAbstract()) {
                if (!classes.contains(ec)) {
                    missingClasses.add(ec.getName());
                }
                for (EAttribute a : ec.getEAllAttributes()) {
                    if (!setAttributes.contains(ec.getName() + "." + a.getName())) {
                        missingAttributes.add(ec.getName() + "." + a.getName());
                    }
                }
            }
        }
        assertEquals(Set.of(), missingClasses);
        assertEquals(Set.of(), missingAttributes);
    }
}
