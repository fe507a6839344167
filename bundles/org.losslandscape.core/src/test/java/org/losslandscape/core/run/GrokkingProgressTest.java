package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;

/** A grokking run records the progress measures at every evaluation (a short, small version of the template). */
class GrokkingProgressTest {

    @Test
    void progressMeasuresAreRecordedAtEveryEvaluation(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("grokking").orElseThrow().create();
        for (Parameter p : e.getDataset().getParameters()) {
            if (p.getKey().equals("p")) {
                p.setValue("23");
            }
        }
        e.getNetwork().getLayers().get(0).setUnits(32);
        e.getNetwork().getLayers().get(2).setUnits(23);
        e.getTraining().setSteps(300);
        e.getTraining().setEvaluateEvery(50);
        Path file = dir.resolve("grok.landscape");
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);

        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        NpyArray a = Npy.read(ResultFiles.resolve(file, run.getResults().stream()
                .filter(r -> r.getKind() == ResultKind.PROGRESS).findFirst().orElseThrow().getUri()));
        assertEquals(7, a.shape()[0], "step 0 and every 50 steps");
        for (int i = 0; i < 7; i++) {
            assertEquals(50.0 * i, a.data()[3 * i]);
            assertTrue(a.data()[3 * i + 1] > 0, "weight norm");
            assertTrue(a.data()[3 * i + 2] > 0 && a.data()[3 * i + 2] <= 1, "share in [0, 1]");
        }
    }
}
