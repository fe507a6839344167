package org.losslandscape.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.TemplateProvider;
import org.losslandscape.core.templates.TemplateRegistry;
import org.losslandscape.model.Experiment;

/**
 * A template of a test provider with its checks file beside it ({@code src/test/resources/templates/probe.checks}):
 * the verifier runs its quick version, reads the measured values back from the stored runs, and reports a check that
 * holds and one that does not.
 */
class TemplateVerifierTest {

    /** The test provider of {@code src/test/resources/templates/index.txt} (as in TemplateRegistryTest). */
    public static final class ProbeTemplates implements TemplateProvider {
        @Override
        public String index() {
            return "/templates/index.txt";
        }
    }

    private static Template probe() {
        TemplateRegistry r = new TemplateRegistry();
        r.register(new ProbeTemplates());
        return r.find("probe").orElseThrow();
    }

    @Test
    void theQuickVersionRunsAndEachCheckGivesALine(@TempDir Path dir) throws Exception {
        List<CheckOutcome> outcomes = new TemplateVerifier(dir, 1).verify(probe(), true, null);
        assertEquals(3, outcomes.size(), outcomes.toString());
        CheckOutcome positive = outcomes.get(0);
        assertTrue(positive.passed(), positive.toString());
        assertEquals("{hessian.lambda_max} > 0", positive.expected());
        double measured = Double.parseDouble(positive.measured().split(" ")[0]);
        assertTrue(measured > 0, positive.measured());
        assertFalse(outcomes.get(1).passed(), "an effect that does not happen fails: " + outcomes.get(1));
        assertTrue(outcomes.get(2).passed(), "the quick-only check: " + outcomes.get(2));
        assertTrue(outcomes.get(2).measured().startsWith("20 "), "quick: 20 steps, " + outcomes.get(2));

        Path file = dir.resolve("probe.landscape");
        assertTrue(Files.exists(file));
        Experiment e = ExperimentStore.load(file).experiment();
        assertEquals(20, e.getTraining().getSteps(), "the quick setting is in the file that ran");
        assertEquals(1, e.getRuns().size());

        RunValues values = new RunValues(file, e);
        assertEquals(measured, values.metric(null, "hessian.lambda_max"), 1e-3 * measured);
        assertEquals(1, values.runs());
        assertTrue(values.start(null, "train_loss") > 0, "the curves are read");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> values.metric(null, "no.such"));
        assertTrue(missing.getMessage().contains("hessian.lambda_max"), "names what there is: " + missing.getMessage());
    }

    /** Every template must say what it shows: one without a checks file fails with one line that says so. */
    @Test
    void aTemplateWithoutChecksFails(@TempDir Path dir) {
        TemplateRegistry r = new TemplateRegistry();
        r.register(new ProbeTemplates());
        List<CheckOutcome> outcomes = new TemplateVerifier(dir, 1).verify(r.find("broken").orElseThrow(), true, null);
        assertEquals(1, outcomes.size(), outcomes.toString());
        assertFalse(outcomes.get(0).passed());
        assertEquals("no checks file", outcomes.get(0).measured());
        assertEquals("broken.checks beside /templates/broken.landscape", outcomes.get(0).expected());
    }
}
