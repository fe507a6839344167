package org.losslandscape.core.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.core.templates.builtin.CoreTemplates;
import org.losslandscape.model.Experiment;

/**
 * A second provider beside the core's, its index and files at the same paths as the core's (in this bundle's test
 * resources): each provider reads its own; the core's templates come first; what is wrong with the second one's is
 * reported in one line each, never as a stack trace.
 */
class TemplateRegistryTest {

    /** A third party's provider: {@code src/test/resources/templates/index.txt}. */
    public static final class ProbeTemplates implements TemplateProvider {
        @Override
        public String index() {
            return "/templates/index.txt";
        }
    }

    /** A provider whose index is not there. */
    public static final class NoIndex implements TemplateProvider {
        @Override
        public String index() {
            return "/no/such/index.txt";
        }
    }

    private static TemplateRegistry registry() {
        TemplateRegistry r = new TemplateRegistry();
        r.register(new ProbeTemplates()); // registered first, offered after the core's
        r.register(new CoreTemplates());
        return r;
    }

    @Test
    void aSecondProviderAddsItsTemplatesAfterTheCoresAndEachReadsItsOwnIndex() {
        TemplateRegistry r = registry();
        List<String> names = r.all().stream().map(Template::name).toList();
        assertEquals(15 + 4, names.size(), names.toString());
        assertEquals("tour", names.get(0));
        assertEquals(List.of("probe", "gone", "broken", "not-an-experiment"), names.subList(15, 19));
        Template probe = r.find("probe").orElseThrow();
        assertEquals("a probe template from the test class path", probe.summary());
        assertTrue(probe.provider() instanceof ProbeTemplates);
        Experiment e = probe.create();
        assertEquals("probe", e.getName());
        assertEquals(1, e.getAnalyses().size());
        Template tour = r.find("tour").orElseThrow();
        assertTrue(tour.provider() instanceof CoreTemplates, "the core's tour, not the probe's");
        assertEquals("tour", tour.create().getName());
    }

    @Test
    void whatIsWrongIsReportedInOneLineEach() {
        TemplateRegistry r = registry();
        List<String> problems = r.problems();
        String probe = ProbeTemplates.class.getName();
        assertEquals(List.of(probe + ": /templates/index.txt:6: expected NAME = one-line summary, got 'just a line "
                + "without an equals sign'", "template 'gone' of " + probe + ": its file /templates/gone.landscape is "
                + "missing", "template 'tour' of " + probe + " is hidden by the one of "
                + CoreTemplates.class.getName()), problems);
        TemplateException gone = assertThrows(TemplateException.class, () -> r.find("gone").orElseThrow().create());
        assertEquals("template 'gone' of " + probe + ": its file /templates/gone.landscape is missing",
                gone.getMessage());
        TemplateException broken = assertThrows(TemplateException.class, () -> r.find("broken").orElseThrow()
                .create());
        assertTrue(broken.getMessage().startsWith("template 'broken' of " + probe + ": /templates/broken.landscape "
                + "cannot be read: "), broken.getMessage());
        assertTrue(!broken.getMessage().contains("\n"), "one line: " + broken.getMessage());
        TemplateException other = assertThrows(TemplateException.class, () -> r.find("not-an-experiment")
                .orElseThrow().create());
        assertTrue(other.getMessage().endsWith("holds no experiment (<landscape:Experiment>)"), other.getMessage());

        TemplateRegistry missing = new TemplateRegistry();
        missing.register(new NoIndex());
        assertEquals(List.of(NoIndex.class.getName() + ": its template index /no/such/index.txt is missing"),
                missing.problems());
        assertEquals(List.of(), missing.all());
    }

    @Test
    void anUnregisteredProvidersTemplatesAreGone() {
        TemplateRegistry r = registry();
        ProbeTemplates other = new ProbeTemplates();
        r.unregister(other); // not the registered instance: nothing changes
        assertTrue(r.find("probe").isPresent());
        r.register(other); // replaces the one of its class
        assertEquals(19, r.all().size());
        r.unregister(other);
        assertTrue(r.find("probe").isEmpty());
        assertEquals(15, r.all().size());
        assertEquals(List.of(), r.problems());
    }
}
