package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.compile.ExperimentProblem;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.DatasetKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.TrajectoryPcaAnalysis;

/** Result names never collide; a PCA surface records its own path; unused-key reports stay precise. */
class RunnerRobustnessTest {

    private static Run runOnce(Experiment e, Path dir) throws Exception {
        Path file = dir.resolve("x.landscape");
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);
        return ExperimentStore.load(file).experiment().getRuns().get(0);
    }

    @Test
    void analysisNamesThatCollideWithEachOtherOrTheRunnersFilesGetDistinctFiles(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getTraining().setSteps(60);
        e.getAnalyses().get(0).setEnabled(false); // no surface: keep it quick
        e.getAnalyses().get(2).setName("curves"); // the Hessian analysis
        e.getAnalyses().get(3).setName("λ"); // trace: "λ" and "μ" both clean up to "-"
        e.getAnalyses().get(4).setName("μ"); // density
        Run run = runOnce(e, dir);
        List<String> uris = run.getResults().stream().map(ResultRef::getUri).toList();
        assertEquals(uris.size(), Set.copyOf(uris).size(), "distinct files: " + uris);
        ResultRef curves = run.getResults().stream().filter(r -> r.getKind() == ResultKind.CURVES).findFirst()
                .orElseThrow();
        assertTrue(curves.getUri().endsWith("/curves.npy"));
        assertEquals(6, Npy.read(ResultFiles.resolve(dir.resolve("x.landscape"), curves.getUri())).shape()[1],
                "the training curves were not overwritten");
        assertTrue(run.getResults().stream().anyMatch(r -> r.getKind() == ResultKind.SPECTRUM), uris.toString());
        assertTrue(run.getResults().stream().anyMatch(r -> r.getKind() == ResultKind.DENSITY), uris.toString());
    }

    @Test
    void aPcaSurfaceWithoutCheckpointsRecordsItsOwnPath(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("tour").orElseThrow().create();
        e.getTraining().setSteps(60);
        e.getTraining().setCheckpointEvery(0);
        e.getAnalyses().removeIf(a -> a instanceof TrajectoryPcaAnalysis || !(a.getName().startsWith("landscape")));
        Run run = runOnce(e, dir);
        assertTrue(run.getResults().stream().anyMatch(r -> r.getKind() == ResultKind.SURFACE),
                "surface computed: " + run.getMessage());
    }

    @Test
    void aSizeLimitProblemDoesNotAlsoReportTheOtherKeysAsUnused() {
        Experiment e = Templates.find("double-descent").orElseThrow().create();
        for (Parameter p : e.getDataset().getParameters()) {
            if (p.getKey().equals("n")) {
                p.setValue("1000000");
            }
            if (p.getKey().equals("features")) {
                p.setValue("1000000");
            }
        }
        assertEquals(DatasetKind.RANDOM_FEATURES, e.getDataset().getKind());
        List<String> problems = new ExperimentCompiler().check(e).stream().map(ExperimentProblem::message)
                .collect(Collectors.toList());
        assertTrue(problems.stream().anyMatch(m -> m.contains("exceeds the limit")), problems.toString());
        assertFalse(problems.stream().anyMatch(m -> m.contains("not used")), problems.toString());
    }
}
