package org.losslandscape.analysis.flatness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.analysis.flatness.internal.FlatnessTemplates;
import org.losslandscape.analysis.flatness.model.FlatnessPackage;
import org.losslandscape.analysis.flatness.model.LayerCurvatureAnalysis;
import org.losslandscape.analysis.flatness.model.PacBayesAnalysis;
import org.losslandscape.analysis.flatness.model.ReparameterisationAnalysis;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;

/**
 * The flatness analyses from their own bundle, headless: their kinds and templates are found on the class path,
 * wrong settings are problems of the analysis, and the figures of the result kinds this bundle adds are drawn.
 * The templates' runs are checked in {@link FlatnessTemplatesTest}.
 */
class FlatnessAnalysesTest {

    @Test
    void theKindsAndTheTemplatesComeFromThisBundle() {
        assertEquals(FlatnessPackage.Literals.PAC_BAYES_ANALYSIS, CoreServices.analysisKinds().byId("pac-bayes")
                .specClass());
        assertEquals(FlatnessPackage.Literals.LAYER_CURVATURE_ANALYSIS, CoreServices.analysisKinds().byId(
                "layer-curvature").specClass());
        assertEquals(FlatnessPackage.Literals.REPARAMETERISATION_ANALYSIS, CoreServices.analysisKinds().byId(
                "reparameterisation").specClass());
        for (String name : List.of("pac-bayes-flatness", "sharpness-is-not-invariant")) {
            Template t = Templates.find(name).orElseThrow();
            assertTrue(t.provider() instanceof FlatnessTemplates);
            assertTrue(new ExperimentCompiler().compile(t.create()).ok(), name + ": " + new ExperimentCompiler()
                    .compile(t.create()).problems());
        }
    }

    @Test
    void wrongSettingsAreProblemsOnTheAnalyses() {
        Experiment e = Templates.find("pac-bayes-flatness").orElseThrow().create();
        PacBayesAnalysis p = (PacBayesAnalysis) e.getAnalyses().stream().filter(a -> a instanceof PacBayesAnalysis)
                .findFirst().orElseThrow();
        p.getSigmas().add(-0.5);
        LayerCurvatureAnalysis l = (LayerCurvatureAnalysis) e.getAnalyses().stream().filter(
                a -> a instanceof LayerCurvatureAnalysis).findFirst().orElseThrow();
        l.setProbes(0);
        Experiment r = Templates.find("sharpness-is-not-invariant").orElseThrow().create();
        ReparameterisationAnalysis s = (ReparameterisationAnalysis) r.getAnalyses().get(0);
        s.getAlphas().add(0.0);
        s.setSecondLayer(0);
        List<String> problems = new ExperimentCompiler().compile(e).problems().stream().map(x -> x.message())
                .toList();
        assertTrue(problems.stream().anyMatch(x -> x.contains("σ = -0.5 must be positive")), problems.toString());
        p.getSigmas().clear();
        p.setDelta(0.995);
        problems = new ExperimentCompiler().compile(e).problems().stream().map(x -> x.message()).toList();
        assertTrue(problems.stream().anyMatch(x -> x.contains("δ + δ′ < 1")), problems.toString());
        assertTrue(problems.stream().anyMatch(x -> x.contains("probes must be in 1..10000, is 0")), problems
                .toString());
        problems = new ExperimentCompiler().compile(r).problems().stream().map(x -> x.message()).toList();
        assertTrue(problems.stream().anyMatch(x -> x.contains("α = 0.0 must be positive")), problems.toString());
        assertTrue(problems.stream().anyMatch(x -> x.contains("must come after the first")), problems.toString());
    }
}
