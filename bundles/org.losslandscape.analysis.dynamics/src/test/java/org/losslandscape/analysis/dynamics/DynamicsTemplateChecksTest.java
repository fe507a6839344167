package org.losslandscape.analysis.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.dynamics.internal.DynamicsTemplates;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.verify.CheckOutcome;
import org.losslandscape.core.verify.TemplateVerifier;

/**
 * The training-dynamics templates bring their checks beside them ({@code src/main/resources/templates/NAME.checks})
 * and each passes in its quick version, as {@code landscape verify --quick} runs it: GD against the flow and the
 * minimum-norm solution (gradient-flow), the kernel's change against width (lazy-vs-rich), the tail index of
 * mini-batch noise (sgd-noise), the learning coefficient of a regular and a singular model (learning-coefficient) and
 * across the grokking transition (grokking-llc).
 */
class DynamicsTemplateChecksTest {

    @Test
    void everyDynamicsTemplatePassesItsQuickChecks(@TempDir Path dir) {
        List<Template> templates = Templates.all().stream().filter(t -> t.provider() instanceof DynamicsTemplates)
                .toList();
        assertEquals(List.of("gradient-flow", "lazy-vs-rich", "sgd-noise", "learning-coefficient", "grokking-llc"),
                templates.stream().map(Template::name).toList());
        for (Template t : templates) {
            List<CheckOutcome> outcomes = new TemplateVerifier(dir.resolve(t.name()), 1).verify(t, true, null);
            assertTrue(outcomes.size() >= 3, t.name() + ": " + outcomes);
            for (CheckOutcome o : outcomes) {
                System.out.println(t.name() + ": " + o);
                assertTrue(o.passed(), o.toString());
            }
        }
    }
}
