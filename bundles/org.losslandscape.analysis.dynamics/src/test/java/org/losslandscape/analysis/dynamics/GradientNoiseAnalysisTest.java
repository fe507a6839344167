package org.losslandscape.analysis.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.dynamics.model.GradientNoiseAnalysis;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The sgd-noise template headless: the noise of small mini-batches is heavy-tailed (α &lt; 2 with its interval), of
 * large ones near Gaussian; the tail index is measured along training; the figures come from this bundle.
 */
class GradientNoiseAnalysisTest {

    @Test
    void smallBatchesGiveHeavyTailedNoise(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sgd-noise.landscape");
        ExperimentStore.save(Templates.find("sgd-noise").orElseThrow().create(), file);
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        Map<String, Double> m = run.getMetrics().stream().collect(Collectors.toMap(Metric::getName,
                Metric::getValue, (a, b) -> b));
        new java.util.TreeMap<>(m).forEach((k, v) -> System.out.println("metric " + k + " = " + v));
        assertTrue(m.get("noise.b1.alpha_hessian_upper") < 2, "batch 1, top Hessian directions: " + m.get(
                "noise.b1.alpha_hessian") + " up to " + m.get("noise.b1.alpha_hessian_upper"));
        assertTrue(m.get("noise.b1.alpha_random_upper") < 2, "batch 1, random directions: " + m.get(
                "noise.b1.alpha_random"));
        assertTrue(m.get("noise.b256.alpha_hessian") > m.get("noise.b1.alpha_hessian") + 0.3, "larger batches are "
                + "closer to Gaussian: " + m.get("noise.b256.alpha_hessian"));
        assertTrue(m.containsKey("noise.alpha_hessian_min") && m.containsKey("noise.lambda_max"));

        List<ResultRef> refs = run.getResults().stream().filter(r -> r.getKind()
                == GradientNoiseResults.GRADIENT_NOISE).toList();
        assertEquals(2, refs.size());
        ResultRef alphas = refs.stream().filter(r -> ResultMetadata.of(r).get(ResultKeys.ROLE, "").equals(
                GradientNoiseResults.ROLE_TAIL_INDEX)).findFirst().orElseThrow();
        double[] table = Npy.read(ResultFiles.resolve(file, alphas.getUri())).data();
        // 4 checkpoints (steps 0, 500, 1000, 1500) at batch 1 and the end at 5 sizes, two kinds of direction each
        assertEquals((4 + 5) * 2 * GradientNoiseResults.TAIL_INDEX_COLUMNS, table.length);
        FigureContext context = new FigureContext(file, run, FigureContext.NO_TRAJECTORY);
        List<String> names = new java.util.ArrayList<>();
        for (ResultRef r : refs) {
            String name = r == alphas ? "noise-alpha" : "noise-samples";
            for (Figure f : FigureProviders.fromServiceLoader().forKind(GradientNoiseResults.GRADIENT_NOISE).figures(
                    context, r, name)) {
                names.add(f.name());
                assertTrue(!f.chart().series().isEmpty(), f.name());
            }
        }
        assertEquals(List.of("noise-alpha", "noise-alpha-training", "noise-histogram", "noise-qq"), names.stream()
                .sorted().toList());
    }

    @Test
    void wrongSettingsAreProblemsOnTheAnalysis() {
        Experiment e = Templates.find("sgd-noise").orElseThrow().create();
        GradientNoiseAnalysis a = (GradientNoiseAnalysis) e.getAnalyses().get(0);
        a.setBatches(3);
        a.setRandomDirections(0);
        a.setHessianDirections(0);
        List<String> problems = new ExperimentCompiler().compile(e).problems().stream().map(p -> p.message())
                .toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("batches must be in 16..")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("between 1 and 1000 directions")), problems.toString());
    }
}
