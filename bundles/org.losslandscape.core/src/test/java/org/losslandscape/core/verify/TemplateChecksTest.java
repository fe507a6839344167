package org.losslandscape.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;

/** The checks file format, and the checks every template of the core ships. */
class TemplateChecksTest {

    @Test
    void aFileGivesRunsQuickSettingsAndChecksOfEachVersion() {
        TemplateChecks c = TemplateChecks.parse("t", """
                # a comment
                runs 2

                quick training.steps = 40
                check both: 1 < 2
                quick-check quick only: {a/b} > 0
                full-check full only, with a colon in the label: 3 > 2
                """);
        assertEquals(2, c.runs());
        assertEquals(List.of(new TemplateChecks.Setting("training.steps", "40")), c.quickSettings());
        assertEquals(List.of("both", "quick only"), c.checks(true).stream().map(TemplateChecks.Check::label).toList());
        assertEquals(List.of("both", "full only, with a colon in the label"), c.checks(false).stream().map(
                TemplateChecks.Check::label).toList());
        assertEquals("{a/b} > 0", c.checks(true).get(1).expression().text());
    }

    @Test
    void aMalformedLineIsNamedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TemplateChecks.parse("t",
                "runs 1\nchek x: 1 < 2\n"));
        assertTrue(e.getMessage().startsWith("t.checks:2: unknown directive 'chek'"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TemplateChecks.parse("t", "runs two"))
                .getMessage().contains("t.checks:1"));
        assertThrows(IllegalArgumentException.class, () -> TemplateChecks.parse("t", "runs 0"));
        assertThrows(IllegalArgumentException.class, () -> TemplateChecks.parse("t", "quick training.steps"));
        assertThrows(IllegalArgumentException.class, () -> TemplateChecks.parse("t", "check no label 1 < 2"));
        assertThrows(IllegalArgumentException.class, () -> TemplateChecks.parse("t", "check x: 1 + 2"));
    }

    /**
     * Every template of the core says what it shows, in both versions, and its quick settings apply to it (so
     * {@code landscape verify --quick} runs it reduced, not as shipped).
     */
    @Test
    void everyCoreTemplateShipsChecksWhoseQuickSettingsApply() throws Exception {
        List<Template> core = Templates.all().stream().filter(t -> t.provider().getClass().getName().startsWith(
                "org.losslandscape.core.")).toList();
        assertTrue(core.size() >= 11, "the core's templates: " + core);
        for (Template t : core) {
            TemplateChecks c = TemplateChecks.of(t).orElseThrow(() -> new AssertionError(t.name()
                    + ": no checks file beside it"));
            assertFalse(c.checks(true).isEmpty(), t.name() + ": a quick check");
            assertFalse(c.checks(false).isEmpty(), t.name() + ": a full check");
            Experiment quick = TemplateVerifier.prepare(t, c, true);
            Experiment full = TemplateVerifier.prepare(t, c, false);
            if (!c.quickSettings().isEmpty()) {
                assertFalse(org.eclipse.emf.ecore.util.EcoreUtil.equals(quick, full), t.name()
                        + ": the quick settings change it");
            }
        }
    }

    @Test
    void aQuickSettingThatAppliesNowhereIsAnError() {
        Template tour = Templates.find("tour").orElseThrow();
        TemplateChecks c = TemplateChecks.parse("tour", "quick training.nothing = 3\ncheck x: 1 < 2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TemplateVerifier.prepare(
                tour, c, true));
        assertTrue(e.getMessage().contains("training.nothing"), e.getMessage());
    }
}
