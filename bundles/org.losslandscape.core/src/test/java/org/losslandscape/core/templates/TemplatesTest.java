package org.losslandscape.core.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.resource.LandscapeResources;

class TemplatesTest {

    static List<String> names() {
        return Templates.all().stream().map(Template::name).toList();
    }

    @Test
    void theIssueListsTheseTemplates() {
        assertEquals(List.of("tour", "grokking", "saddle-toy", "sgd-vs-sam", "edge-of-stability", "mode-connectivity",
                "double-descent", "spirals-landscape"), names());
        for (Template t : Templates.all()) {
            assertFalse(t.summary().isBlank());
            assertTrue(t.summary().length() < 160, "one line: " + t.summary());
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyTemplateCompilesToAnEngineExperimentWithoutProblems(String name) {
        Experiment e = Templates.find(name).orElseThrow().create();
        assertNotSame(e, Templates.find(name).orElseThrow().create(), "a fresh experiment each time");
        Compilation c = new ExperimentCompiler().compile(e);
        assertTrue(c.ok(), name + ": " + c.describeProblems());
        assertTrue(c.experiment().network().parameterCount() > 0);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyTemplateRoundTripsAsAFile(String name, @TempDir Path dir) throws Exception {
        Experiment e = Templates.find(name).orElseThrow().create();
        URI uri = URI.createFileURI(dir.resolve(name + ".landscape").toString());
        ResourceSet out = LandscapeResources.createResourceSet();
        Resource r = out.createResource(uri);
        r.getContents().add(e);
        r.save(LandscapeResources.saveOptions());
        Experiment back = (Experiment) LandscapeResources.createResourceSet().getResource(uri, true).getContents()
                .get(0);
        assertTrue(EcoreUtil.equals(e, back), name);
    }
}
