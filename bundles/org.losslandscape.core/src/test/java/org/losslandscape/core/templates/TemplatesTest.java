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
import org.losslandscape.model.Variant;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.model.resource.LandscapeResources;

class TemplatesTest {

    static List<String> names() {
        return Templates.all().stream().map(Template::name).toList();
    }

    @Test
    void theIssueListsTheseTemplates() {
        assertEquals(List.of("tour", "grokking", "saddle-toy", "sgd-vs-sam", "flat-vs-sharp", "edge-of-stability",
                "mode-connectivity", "double-descent", "early-stopping", "regularisers", "spirals-landscape",
                "transformer-grokking", "cnn-shapes", "three-optimizers", "skip-connections"),
                names(), "the core's; the toy-surface templates come from org.losslandscape.analysis.toy");
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
        ExperimentCompiler compiler = new ExperimentCompiler();
        assertEquals(List.of(), compiler.check(e).stream().map(ExperimentProblem::message).toList(), name);
        if (ExperimentCompiler.isToyOnly(e)) {
            Compilation c = compiler.compile(e);
            assertTrue(c.ok() && c.toyOnly() && c.experiment() == null, name);
            return;
        }
        List<Variant> variants = e.getVariants().isEmpty() ? java.util.Collections.singletonList(null)
                : e.getVariants();
        for (Variant v : variants) {
            Compilation c = compiler.compile(e, v, null, e.getSeed());
            assertTrue(c.ok(), name + ": " + c.describeProblems());
            assertTrue(c.experiment().network().parameterCount() > 0);
        }
    }

    @Test
    void sweepsAndComparisonsAreVariantsOfOneExperiment() {
        Experiment dd = Templates.find("double-descent").orElseThrow().create();
        assertEquals(14, dd.getVariants().size());
        assertEquals("random features", dd.getVariantAxis());
        ExperimentCompiler compiler = new ExperimentCompiler();
        // the features setting changes the data's width, and so the network's
        Variant narrow = dd.getVariants().get(0);
        Variant wide = dd.getVariants().get(dd.getVariants().size() - 1);
        assertEquals(10, compiler.compile(dd, narrow, null, 1).experiment().network().parameterCount());
        assertEquals(1000, compiler.compile(dd, wide, null, 1).experiment().network().parameterCount());
        Experiment reg = Templates.find("regularisers").orElseThrow().create();
        assertEquals(List.of("plain", "weight decay", "dropout", "batch norm", "layer norm", "residual"),
                reg.getVariants().stream().map(Variant::getName).toList());
        int plain = compiler.compile(reg, reg.getVariants().get(0), null, 1).experiment().network().parameterCount();
        int residual = compiler.compile(reg, reg.getVariants().get(5), null, 1).experiment().network()
                .parameterCount();
        assertEquals(plain, residual, "a residual block adds no parameters");
        assertTrue(compiler.compile(reg, reg.getVariants().get(3), null, 1).experiment().network().parameterCount()
                > plain, "batch norm adds scale and shift");
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
