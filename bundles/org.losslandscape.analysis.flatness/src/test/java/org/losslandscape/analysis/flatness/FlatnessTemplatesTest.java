package org.losslandscape.analysis.flatness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.flatness.internal.FlatnessTemplates;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.core.verify.CheckOutcome;
import org.losslandscape.core.verify.TemplateVerifier;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The flatness templates run (their quick versions, as {@code landscape verify --quick} runs them) and show their
 * effects: the checks beside each template pass, the PAC-Bayes bound lies above the test error it bounds, the
 * rescaled networks agree to rounding while λ_max and the trace move by orders of magnitude, and every result has
 * its figures.
 */
class FlatnessTemplatesTest {

    private static List<Run> runs(Path dir, String template, Template t) throws Exception {
        List<CheckOutcome> outcomes = new TemplateVerifier(dir, 1).verify(t, true, null);
        assertTrue(outcomes.size() >= 2, template + ": " + outcomes);
        for (CheckOutcome o : outcomes) {
            assertTrue(o.passed(), o.toString());
        }
        Experiment e = ExperimentStore.load(dir.resolve(template + ".landscape")).experiment();
        for (Run r : e.getRuns()) {
            assertEquals(RunStatus.COMPLETED, r.getStatus(), r.getMessage());
        }
        return e.getRuns();
    }

    @Test
    void theBoundLiesAboveTheTestErrorAndTheFlatSolutionHasTheSmallerOne(@TempDir Path dir) throws Exception {
        Template t = Templates.find("pac-bayes-flatness").orElseThrow();
        assertTrue(t.provider() instanceof FlatnessTemplates);
        List<Run> runs = runs(dir, "pac-bayes-flatness", t);
        assertEquals(3, runs.size());
        Path file = dir.resolve("pac-bayes-flatness.landscape");
        for (Run run : runs) {
            Map<String, Double> m = RunResults.metrics(run);
            double bound = m.get("pac-bayes.bound");
            assertTrue(bound >= m.get("pac-bayes.test_error") && bound >= m.get("pac-bayes.solution_test_error"),
                    run.getId() + ": bound " + bound + ", test errors " + m.get("pac-bayes.test_error") + " and "
                            + m.get("pac-bayes.solution_test_error"));
            assertTrue(bound < 1, "a bound below 1: " + bound);
            assertTrue(m.get("curvature.gauss_newton.all.lambda_max") > 0);
            assertTrue(m.containsKey("curvature.empirical_fisher.layer_2.trace"), m.keySet().toString());
            List<Figure> pac = RunResults.figures(file, run, FlatnessResults.PAC_BAYES);
            assertEquals(List.of("x-bound", "x-kl"), pac.stream().map(Figure::name).toList());
            assertEquals(4, pac.get(0).chart().series().size(), "bound, upper limit, training and test error");
            List<Figure> curvature = RunResults.figures(file, run, FlatnessResults.LAYER_CURVATURE);
            assertEquals(List.of("x-lambda-max", "x-trace", "x-density-0", "x-density-1", "x-density-2"), curvature
                    .stream().map(Figure::name).toList());
            assertEquals(3, curvature.get(0).chart().series().size(), "a bar series per operator");
            assertEquals(3, curvature.get(2).chart().series().size(), "the whole network and its two layers");
        }
    }

    @Test
    void rescalingKeepsTheFunctionAndTheInvariantMeasuresAndMovesSharpness(@TempDir Path dir) throws Exception {
        Template t = Templates.find("sharpness-is-not-invariant").orElseThrow();
        Run run = runs(dir, "sharpness-is-not-invariant", t).get(0);
        Map<String, Double> m = RunResults.metrics(run);
        assertTrue(m.get("rescaling.max_output_difference") < 1e-9, m.toString());
        assertTrue(m.get("rescaling.lambda_max_ratio") > 100, m.toString());
        assertTrue(m.get("rescaling.trace_ratio") > 100, m.toString());
        assertTrue(Math.abs(m.get("rescaling.adaptive_spread")) < 1e-6, m.toString());
        assertTrue(m.get("rescaling.layerwise_bound_spread") < 1e-9, m.toString());
        assertTrue(m.get("rescaling.isotropic_bound_spread") > 0.01, m.toString());
        List<Figure> figures = RunResults.figures(dir.resolve("sharpness-is-not-invariant.landscape"), run,
                FlatnessResults.REPARAMETERISATION);
        assertEquals(List.of("x-sharpness", "x-bounds"), figures.stream().map(Figure::name).toList());
        assertEquals(3, figures.get(0).chart().series().size());
    }
}
