package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;

/**
 * Inside OSGi the model registers itself through its plugin.xml: the package by namespace, the resource factory by
 * content type and file extension, so a plain resource set reads and writes {@code .landscape} files.
 */
class ModelRegistrationTest {

    @Test
    void thePackageIsRegisteredByItsNamespace() {
        assertSame(LandscapePackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(LandscapePackage.eNS_URI));
    }

    @Test
    void aPlainResourceSetSavesAndLoadsLandscapeFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tour.landscape");
        URI uri = URI.createFileURI(file.toString());
        Resource out = new ResourceSetImpl().createResource(uri);
        Experiment e = LandscapeFactory.eINSTANCE.createExperiment();
        e.setName("tour");
        e.setSeed(42);
        out.getContents().add(e);
        out.save(Map.of());
        assertTrue(Files.readString(file).contains(LandscapePackage.eNS_URI));

        Resource in = new ResourceSetImpl().getResource(uri, true);
        Experiment back = (Experiment) in.getContents().get(0);
        assertEquals("tour", back.getName());
        assertEquals(42, back.getSeed());
    }
}
