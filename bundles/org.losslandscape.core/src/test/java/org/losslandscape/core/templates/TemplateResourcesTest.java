package org.losslandscape.core.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.resource.LandscapeResources;

/**
 * The template files the core ships ({@code src/main/resources/templates}) create the same experiments as the Java
 * builder code they replaced did: equal as EMF objects and saved as the same XML as the fixtures that code wrote
 * ({@code src/test/resources/fixtures/templates}). Before the builder was deleted, this test compared the files with
 * its output directly (commit "Templates as files").
 */
class TemplateResourcesTest {

    static List<String> names() {
        return Templates.all().stream().map(Template::name).toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void theTemplateCreatesWhatTheBuilderCreated(String name) throws Exception {
        Experiment created = Templates.find(name).orElseThrow().create();
        assertNull(created.eResource(), "a new experiment in no resource");
        Experiment fixture = load("/fixtures/templates/" + name + ".landscape");
        assertTrue(EcoreUtil.equals(created, fixture), name);
        assertEquals(xml(fixture), xml(created), name);
    }

    @Test
    void theCoreShipsItsFifteenTemplatesWithoutProblems() {
        assertEquals(15, Templates.all().size());
        assertEquals(List.of(), CoreServices.templates().problems());
        for (Template t : Templates.all()) {
            assertEquals("/templates/" + t.name() + ".landscape", t.path());
            assertEquals("org.losslandscape.core.templates.builtin.CoreTemplates", t.provider().getClass().getName());
        }
    }

    static Experiment load(String path) throws Exception {
        URL url = TemplateResourcesTest.class.getResource(path);
        assertNotNull(url, path);
        Resource r = LandscapeResources.createResourceSet().createResource(URI.createURI("test:" + path));
        try (InputStream in = url.openStream()) {
            r.load(in, null);
        }
        return (Experiment) r.getContents().get(0);
    }

    static String xml(Experiment e) throws Exception {
        Experiment copy = EcoreUtil.copy(e);
        Resource r = LandscapeResources.createResourceSet().createResource(URI.createURI("test:/x.landscape"));
        r.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.save(out, LandscapeResources.saveOptions());
        return out.toString(StandardCharsets.UTF_8);
    }
}
