package org.losslandscape.analysis.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.dynamics.internal.DynamicsTemplates;
import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.GradientFlowAnalysis;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The gradient-flow analysis from its own bundle, headless: its kind and template are found on the class path, the
 * template runs, gradient descent below the edge of stability stays near the flow and past it leaves it, and the
 * result of the kind this bundle adds is drawn by its figure provider.
 */
class GradientFlowAnalysisTest {

    @Test
    void theKindAndTheTemplateComeFromThisBundle() {
        assertEquals(DynamicsPackage.Literals.GRADIENT_FLOW_ANALYSIS, CoreServices.analysisKinds().byId(
                "gradient-flow").specClass());
        Template t = Templates.find("gradient-flow").orElseThrow();
        assertTrue(t.provider() instanceof DynamicsTemplates);
        Compilation c = new ExperimentCompiler().compile(t.create());
        assertTrue(c.ok(), c.problems().toString());
    }

    @Test
    void wrongSettingsAreProblemsOnTheAnalysis() {
        Experiment e = Templates.find("gradient-flow").orElseThrow().create();
        GradientFlowAnalysis g = (GradientFlowAnalysis) e.getAnalyses().get(0);
        g.getLearningRates().add(-0.1);
        g.setTolerance(0);
        List<String> problems = new ExperimentCompiler().compile(e).problems().stream().map(p -> p.message())
                .toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("learning rate -0.1 must be > 0")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("the tolerance must be in (0, 0.01]")),
                problems.toString());
    }

    @Test
    void gradientDescentFollowsTheFlowBelowTheEdgeOfStabilityAndLeavesItPast(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gradient-flow.landscape");
        ExperimentStore.save(Templates.find("gradient-flow").orElseThrow().create(), file);
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        Map<String, Double> m = run.getMetrics().stream().collect(Collectors.toMap(Metric::getName,
                Metric::getValue, (a, b) -> b));
        assertEquals(0.1, m.get("flow.eta_0.eta_lambda_max_over_2"), 1e-12);
        assertEquals(1.5, m.get("flow.eta_2.eta_lambda_max_over_2"), 1e-12);
        double below = m.get("flow.eta_0.max_distance");
        double past = m.get("flow.eta_2.max_distance");
        assertTrue(below < 0.05, "at 0.1 × 2/λ_max GD stays near the flow: " + below);
        assertTrue(past > 10 * below, "at 1.5 × 2/λ_max it leaves it: " + past + " against " + below);

        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == DynamicsResults.FLOW).findFirst()
                .orElseThrow();
        assertTrue(Files.readString(file).contains("kind=\"FLOW\""));
        double[] table = Npy.read(ResultFiles.resolve(file, ref.getUri())).data();
        assertEquals(0, table.length % DynamicsResults.FLOW_COLUMNS);
        List<Figure> figures = FigureProviders.fromServiceLoader().forKind(DynamicsResults.FLOW).figures(
                new FigureContext(file, run, FigureContext.NO_TRAJECTORY), ref, "flow");
        assertEquals(List.of("flow-loss", "flow-distance"), figures.stream().map(Figure::name).toList());
        assertEquals(4, figures.get(0).chart().series().size(), "the flow and GD at three learning rates");
        assertEquals(3, figures.get(1).chart().series().size());
        assertNotNull(figures.get(0).caption());
    }
}
