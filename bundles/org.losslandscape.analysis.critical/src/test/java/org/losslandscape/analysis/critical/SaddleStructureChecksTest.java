package org.losslandscape.analysis.critical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.verify.CheckOutcome;
import org.losslandscape.core.verify.TemplateVerifier;

/** The saddle-structure template's checks ({@code saddle-structure.checks}) pass in its quick version. */
class SaddleStructureChecksTest {

    @Test
    void theQuickVersionShowsTheIndexGrowingWithTheLoss(@TempDir Path dir) {
        List<CheckOutcome> outcomes = new TemplateVerifier(dir, 1).verify(Templates.find("saddle-structure")
                .orElseThrow(), true, null);
        assertTrue(outcomes.size() >= 5, outcomes.toString());
        for (CheckOutcome o : outcomes) {
            assertTrue(o.passed(), o.toString());
        }
    }
}
