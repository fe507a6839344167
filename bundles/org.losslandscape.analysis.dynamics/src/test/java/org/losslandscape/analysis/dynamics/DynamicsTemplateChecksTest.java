package org.losslandscape.analysis.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.verify.CheckOutcome;
import org.losslandscape.core.verify.TemplateVerifier;

/**
 * What {@code landscape verify --quick} does for the lazy-vs-rich and sgd-noise templates: each runs and every check
 * of its {@code .checks} file passes (the CLI's own verify test has only the core's and the toy bundle's templates on
 * its class path).
 */
class DynamicsTemplateChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"lazy-vs-rich", "sgd-noise"})
    void theQuickVersionShowsItsEffects(String name, @TempDir Path dir) {
        List<CheckOutcome> outcomes = new TemplateVerifier(dir, 1).verify(Templates.find(name).orElseThrow(), true,
                null);
        outcomes.forEach(o -> System.out.println((o.passed() ? "PASS " : "FAIL ") + o.template() + ": " + o.label()
                + ": " + o.expected() + " — " + o.measured()));
        assertTrue(outcomes.size() >= 4, outcomes.toString());
        assertTrue(outcomes.stream().allMatch(CheckOutcome::passed), outcomes.toString());
    }
}
