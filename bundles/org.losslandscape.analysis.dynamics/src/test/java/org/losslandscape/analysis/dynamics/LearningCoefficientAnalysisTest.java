package org.losslandscape.analysis.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.dynamics.model.DynamicsPackage;
import org.losslandscape.analysis.dynamics.model.LearningCoefficientAnalysis;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The local-learning-coefficient analysis from its own bundle: its kind is found, wrong settings are problems on the
 * analysis, and a short run of the grokking-llc template estimates λ̂ at every checkpoint after step 0, writes the
 * table and the chains beside the run and draws them, with the training curves.
 */
class LearningCoefficientAnalysisTest {

    @Test
    void theKindChecksItsSettings() {
        assertEquals(DynamicsPackage.Literals.LEARNING_COEFFICIENT_ANALYSIS, CoreServices.analysisKinds().byId(
                "learning-coefficient").specClass());
        Experiment e = Templates.find("grokking-llc").orElseThrow().create();
        assertTrue(new ExperimentCompiler().compile(e).ok());
        LearningCoefficientAnalysis a = (LearningCoefficientAnalysis) e.getAnalyses().get(0);
        a.setStepSize(0);
        e.getTraining().setCheckpointEvery(0);
        List<String> problems = new ExperimentCompiler().compile(e).problems().stream().map(p -> p.message())
                .toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("the SGLD step size must be finite and > 0")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("along training needs checkpoints")),
                problems.toString());
    }

    @Test
    void alongTrainingEachCheckpointHasItsEstimateAndItsFigures(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("grokking-llc").orElseThrow().create();
        e.getTraining().setSteps(300);
        e.getTraining().setCheckpointEvery(100);
        LearningCoefficientAnalysis a = (LearningCoefficientAnalysis) e.getAnalyses().get(0);
        a.setChains(2);
        a.setSteps(40);
        a.setBurnIn(10);
        Path file = dir.resolve("llc.landscape");
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        Map<String, Double> m = run.getMetrics().stream().collect(Collectors.toMap(Metric::getName,
                Metric::getValue, (x, y) -> y));
        assertEquals(0, m.get("llc.diverged_chains"));
        assertTrue(m.get("llc.llc") > 0, "λ̂ " + m);
        assertTrue(m.containsKey("llc.llc_max_step"), m.toString());

        ResultRef table = ref(run, LearningCoefficientResults.LLC);
        NpyArray t = Npy.read(ResultFiles.resolve(file, table.getUri()));
        assertEquals(List.of(3, 5), List.of(t.shape()[0], t.shape()[1]), "steps 100, 200 and 300 (not 0)");
        assertEquals(100, t.data()[0]);
        assertEquals(300, t.data()[10]);
        assertEquals(m.get("llc.llc"), t.data()[11], 0.0);
        NpyArray chains = Npy.read(ResultFiles.resolve(file, ref(run, LearningCoefficientResults.LLC_CHAINS)
                .getUri()));
        assertEquals(List.of(2, 50), List.of(chains.shape()[0], chains.shape()[1]), "burn-in and draws per chain");
        double mean = 0;
        for (int s = 10; s < 50; s++) {
            mean += (chains.data()[s] + chains.data()[50 + s]) / 80;
        }
        assertEquals(t.data()[11], mean, 1e-9 * Math.abs(mean), "λ̂ is the mean of nβ(L − L*) after the burn-in");

        FigureContext context = new FigureContext(file, run, FigureContext.NO_TRAJECTORY);
        List<Figure> figures = FigureProviders.fromServiceLoader().forKind(LearningCoefficientResults.LLC).figures(
                context, table, "llc");
        assertEquals(List.of("llc", "llc-curves"), figures.stream().map(Figure::name).toList());
        assertEquals(3, figures.get(1).chart().series().size(), "train and validation accuracy beside λ̂");
        assertEquals(3, figures.get(1).chart().series().get(2).size());
        List<Figure> traces = FigureProviders.fromServiceLoader().forKind(LearningCoefficientResults.LLC_CHAINS)
                .figures(context, ref(run, LearningCoefficientResults.LLC_CHAINS), "llc-chains");
        assertEquals(2, traces.get(0).chart().series().size());
    }

    private static ResultRef ref(Run run, org.losslandscape.model.ResultKind kind) {
        return run.getResults().stream().filter(r -> r.getKind() == kind).findFirst().orElseThrow();
    }
}
