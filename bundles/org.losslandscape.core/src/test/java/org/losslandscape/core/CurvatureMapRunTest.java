package org.losslandscape.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.results.CurvatureMapData;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SurfaceAnalysis;

/**
 * A surface with a curvature map (Li et al. 2018, section 6) writes λ_max and λ_min over a coarse grid of its plane;
 * at the plane's centre, the solution, they are the Hessian analysis's own λ_max and λ_min.
 */
class CurvatureMapRunTest {

    private static SurfaceAnalysis surface(Experiment e, int curvatureResolution) {
        SurfaceAnalysis s = LandscapeFactory.eINSTANCE.createSurfaceAnalysis();
        s.setName("landscape");
        s.setResolution(5);
        s.setCurvatureResolution(curvatureResolution);
        s.setCurvatureSteps(82);
        e.getAnalyses().add(s);
        return s;
    }

    private static double metric(Run run, String name) {
        return run.getMetrics().stream().filter(m -> m.getName().equals(name)).mapToDouble(Metric::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name + " in " + run.getMetrics()
                        .stream().map(Metric::getName).toList()));
    }

    @Test
    void theMapsCentreIsTheSolutionsSpectrumEnds(@TempDir Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(150, 50); // 82 parameters
        surface(e, 3);
        HessianAnalysis h = LandscapeFactory.eINSTANCE.createHessianAnalysis();
        h.setName("curvature");
        h.setTopK(1);
        h.setBottomK(1);
        e.getAnalyses().add(h);
        Path file = Experiments.save(e, dir.resolve("map.landscape"));
        new ExperimentRunner().run(file, RunOptions.single(), null);

        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == CurvatureMapData.KIND).findFirst()
                .orElseThrow();
        assertTrue(ref.getUri().endsWith("landscape-curvature.npy"), ref.getUri());
        CurvatureMapData map = DataProviders.CURVATURE_MAPS.read(file, run, ref);
        assertArrayEquals(new double[] {-1, 0, 1}, map.x(), 1e-12);
        assertArrayEquals(new double[] {-1, 0, 1}, map.y(), 1e-12);
        // the centre (index 4 of 3×3) is the trained point: Lanczos over all 82 dimensions is exact there
        double max = metric(run, "curvature.lambda_max");
        double min = metric(run, "curvature.lambda_min");
        assertEquals(max, map.lambdaMax()[4], 1e-6 * Math.abs(max));
        assertEquals(min, map.lambdaMin()[4], 1e-6 * Math.abs(max));
        for (int i = 0; i < 9; i++) {
            assertTrue(map.lambdaMax()[i] >= map.lambdaMin()[i], "λ_max ≥ λ_min at " + i);
        }
        assertTrue(Arrays.stream(map.lambdaMax()).distinct().count() == 9, "nine different points");
        double[] ratio = map.ratio();
        double[] capped = Arrays.stream(ratio).map(r -> Double.isFinite(r) ? r : 1).toArray();
        assertEquals(Arrays.stream(capped).average().orElseThrow(), metric(run, "landscape.ratio_mean"), 1e-12);
        assertEquals(Math.abs(min / max), metric(run, "landscape.ratio_center"), 1e-6);

        List<Figure> figures = FigureProviders.fromServiceLoader().forKind(CurvatureMapData.KIND).figures(
                new FigureContext(file, run, FigureContext.NO_TRAJECTORY), ref, "landscape-curvature");
        assertEquals(List.of("landscape-curvature-ratio", "landscape-curvature-lambda-max"), figures.stream().map(
                Figure::name).toList());
        double[] drawn = figures.get(0).chart().heatmap().values();
        for (int i = 0; i < 9; i++) {
            assertEquals(Double.isFinite(ratio[i]) ? ratio[i] : Double.NaN, drawn[i], 1e-15);
        }
    }

    @Test
    void aCurvatureMapOfOnePointIsAProblem() {
        Experiment e = Experiments.twoMoons(20, 10);
        SurfaceAnalysis s = surface(e, 1);
        List<String> problems = new ExperimentCompiler().check(e).stream().map(ExperimentProblem::message).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("curvatureResolution must be 0 (no curvature map) or 2..41 points per "
                + "axis, got 1"), problems.get(0));
        s.setCurvatureResolution(7);
        s.setCurvatureSteps(1);
        problems = new ExperimentCompiler().check(e).stream().map(ExperimentProblem::message).toList();
        assertTrue(problems.size() == 1 && problems.get(0).contains("curvatureSteps must be at least 2"),
                problems.toString());
    }
}
