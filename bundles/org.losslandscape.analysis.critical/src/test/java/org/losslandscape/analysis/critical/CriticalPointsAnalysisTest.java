package org.losslandscape.analysis.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.analysis.critical.internal.CriticalTemplates;
import org.losslandscape.analysis.critical.model.CriticalPackage;
import org.losslandscape.analysis.critical.model.CriticalPointsAnalysis;
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
 * The critical-points analysis from its own bundle, headless: its kind and template are found on the class path, the
 * template runs, the points it finds meet the tolerance, their index grows with their loss and the lowest is a
 * minimum, and the result is drawn by this bundle's figure provider.
 */
class CriticalPointsAnalysisTest {

    @Test
    void theKindAndTheTemplateComeFromThisBundle() {
        assertEquals(CriticalPackage.Literals.CRITICAL_POINTS_ANALYSIS, CoreServices.analysisKinds().byId(
                "critical-points").specClass());
        Template t = Templates.find("saddle-structure").orElseThrow();
        assertTrue(t.provider() instanceof CriticalTemplates);
        Compilation c = new ExperimentCompiler().compile(t.create());
        assertTrue(c.ok(), c.problems().toString());
    }

    @Test
    void wrongSettingsAreProblemsOnTheAnalysis() {
        Experiment e = Templates.find("saddle-structure").orElseThrow().create();
        CriticalPointsAnalysis a = (CriticalPointsAnalysis) e.getAnalyses().get(0);
        a.setTolerance(0);
        a.setRandomStarts(-1);
        List<String> problems = new ExperimentCompiler().compile(e).problems().stream().map(p -> p.message())
                .toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("the gradient tolerance must be in (0, 1], is 0.0")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("starts must be ≥ 0")), problems.toString());
    }

    @Test
    void theIndexGrowsWithTheLossAndTheLowestPointIsAMinimum(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("saddle-structure.landscape");
        ExperimentStore.save(Templates.find("saddle-structure").orElseThrow().create(), file);
        new ExperimentRunner().run(file, RunOptions.single(), null);
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        Map<String, Double> m = run.getMetrics().stream().collect(Collectors.toMap(Metric::getName,
                Metric::getValue, (x, y) -> y));
        assertEquals(30, m.get("critical.starts"));
        assertTrue(m.get("critical.found") >= 8, m.toString());
        assertTrue(m.get("critical.spearman") > 0.5, m.toString());
        assertEquals(0, m.get("critical.lowest_loss_index"), m.toString());
        assertTrue(m.get("critical.saddles") >= 1 && m.get("critical.minima") >= 1, m.toString());

        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == CriticalResults.KIND).findFirst()
                .orElseThrow();
        assertTrue(Files.readString(file).contains("kind=\"CRITICAL_POINTS\""));
        double[] table = Npy.read(ResultFiles.resolve(file, ref.getUri())).data();
        int columns = CriticalResults.COLUMNS.size();
        assertEquals(30 * columns, table.length);
        int critical = 0;
        for (int r = 0; r < 30; r++) {
            if (table[r * columns + 1] == 1) {
                critical++;
                assertTrue(table[r * columns + 3] <= 1e-8, "a critical point meets the tolerance");
                assertTrue(table[r * columns + 4] >= 0 && table[r * columns + 4] < 1);
                assertTrue(table[r * columns + 5] >= 0, "a distance to the path");
            } else {
                assertTrue(Double.isNaN(table[r * columns + 4]), "no index without a critical point");
            }
        }
        assertEquals(m.get("critical.found"), critical);
        List<Figure> figures = FigureProviders.fromServiceLoader().forKind(CriticalResults.KIND).figures(
                new FigureContext(file, run, FigureContext.NO_TRAJECTORY), ref, "critical");
        assertEquals(List.of("critical-index"), figures.stream().map(Figure::name).toList());
        assertTrue(figures.get(0).chart().series().size() >= 2, "points and the fitted law");
        assertFalse(figures.get(0).caption().isBlank());
    }
}
