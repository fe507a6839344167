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
import org.losslandscape.analysis.dynamics.model.LazyRichAnalysis;
import org.losslandscape.compute.io.Npy;
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
import org.losslandscape.model.Parameterization;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The lazy-vs-rich template headless: under NTK the kernel change and the weight movement fall like 1/√width, under
 * mean-field they do not; the result is drawn by this bundle's figures; the network's parameterisation setting runs.
 */
class LazyRichAnalysisTest {

    private static Map<String, Double> metrics(Run run) {
        return run.getMetrics().stream().collect(Collectors.toMap(Metric::getName, Metric::getValue, (a, b) -> b));
    }

    @Test
    void theLazyRegimeShrinksLikeOneOverRootWidthAndTheRichOneDoesNot(@TempDir Path dir) throws Exception {
        assertEquals(DynamicsPackage.Literals.LAZY_RICH_ANALYSIS, CoreServices.analysisKinds().byId("lazy-rich")
                .specClass());
        Path file = dir.resolve("lazy-vs-rich.landscape");
        ExperimentStore.save(Templates.find("lazy-vs-rich").orElseThrow().create(), file);
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        Map<String, Double> m = metrics(run);
        new java.util.TreeMap<>(m).forEach((k, v) -> System.out.println("metric " + k + " = " + v));
        // the kernel at least as fast as 1/√width: about 1/width here (Dyer & Gur-Ari 2019)
        double ntk = m.get("lazy.ntk.kernel_slope");
        assertTrue(-1.5 < ntk && ntk < -0.35, "NTK: kernel change ∝ width^" + ntk);
        double ntkWeights = m.get("lazy.ntk.weight_slope");
        assertTrue(-0.75 < ntkWeights && ntkWeights < -0.25, "NTK: weight movement ∝ width^" + ntkWeights);
        double mf = m.get("lazy.mean_field.kernel_slope");
        assertTrue(mf > -0.15, "mean-field: kernel change ∝ width^" + mf);
        assertTrue(m.get("lazy.mean_field.weight_slope") > -0.15, "mean-field: weights ∝ width^" + m.get(
                "lazy.mean_field.weight_slope"));
        assertTrue(m.get("lazy.mean_field.w4096.kernel_change") > 10 * m.get("lazy.ntk.w4096.kernel_change"));
        assertTrue(m.get("lazy.ntk.w4096.final_loss") < 0.1 * m.get("lazy.ntk.w4096.initial_loss"), "it learns: "
                + m.get("lazy.ntk.w4096.final_loss"));

        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == TangentKernelResults.LAZY_RICH)
                .findFirst().orElseThrow();
        double[] table = Npy.read(ResultFiles.resolve(file, ref.getUri())).data();
        assertEquals(2 * 4 * 6 * TangentKernelResults.COLUMNS, table.length, "2 × 4 networks, 6 samples each");
        List<Figure> figures = FigureProviders.fromServiceLoader().forKind(TangentKernelResults.LAZY_RICH).figures(
                new FigureContext(file, run, FigureContext.NO_TRAJECTORY), ref, "lazy");
        assertEquals(List.of("lazy-kernel", "lazy-weights", "lazy-training"), figures.stream().map(Figure::name)
                .toList());
        assertEquals(3, figures.get(0).chart().series().size(), "NTK, its 1/√width guide, mean-field");
        assertTrue(figures.get(0).chart().xAxis().log() && figures.get(0).chart().yAxis().log());
        assertEquals(8, figures.get(2).chart().series().size());
    }

    @Test
    void wrongSettingsAreProblemsAndTheParameterisationIsANetworkSetting(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("lazy-vs-rich").orElseThrow().create();
        LazyRichAnalysis a = (LazyRichAnalysis) e.getAnalyses().get(0);
        a.getWidths().add(0);
        a.setLearningRate(-1);
        List<String> problems = new ExperimentCompiler().compile(e).problems().stream().map(p -> p.message())
                .toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("width 0 must be in")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("learning rate must be > 0")), problems.toString());

        Experiment ntk = Templates.find("lazy-vs-rich").orElseThrow().create();
        ntk.getAnalyses().clear();
        ntk.getNetwork().setParameterization(Parameterization.MEAN_FIELD);
        ntk.getTraining().setSteps(50);
        Path file = dir.resolve("mean-field.landscape");
        ExperimentStore.save(ntk, file);
        Experiment loaded = ExperimentStore.load(file).experiment();
        assertEquals(Parameterization.MEAN_FIELD, loaded.getNetwork().getParameterization());
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());

        ntk.getNetwork().getLayers().add(1, org.losslandscape.model.LandscapeFactory.eINSTANCE.createLayerSpec());
        ntk.getNetwork().getLayers().get(1).setKind("LAYER_NORM");
        List<String> layerProblems = new ExperimentCompiler().compile(ntk).problems().stream().map(p -> p.message())
                .toList();
        assertTrue(layerProblems.stream().anyMatch(p -> p.contains("scales Dense layers only")),
                layerProblems.toString());
    }
}
