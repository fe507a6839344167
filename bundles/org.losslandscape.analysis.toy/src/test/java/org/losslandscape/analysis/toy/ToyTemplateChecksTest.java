package org.losslandscape.analysis.toy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.toy.internal.ToyTemplates;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.verify.CheckOutcome;
import org.losslandscape.core.verify.TemplateVerifier;

/**
 * The toy templates bring their checks beside them ({@code src/main/resources/templates/NAME.checks}); each shows its
 * effect: gradient descent stuck where momentum is not, the saddle escaped only with noise, the critical points of
 * the textbook surfaces.
 */
class ToyTemplateChecksTest {

    @Test
    void everyToyTemplateShowsItsEffect(@TempDir Path dir) {
        List<Template> toys = Templates.all().stream().filter(t -> t.provider() instanceof ToyTemplates).toList();
        assertTrue(toys.size() >= 3, toys.toString());
        for (Template t : toys) {
            List<CheckOutcome> outcomes = new TemplateVerifier(dir, 1).verify(t, false, null);
            assertTrue(outcomes.size() >= 2, t.name() + ": " + outcomes);
            for (CheckOutcome o : outcomes) {
                assertTrue(o.passed(), o.toString());
            }
        }
    }
}
