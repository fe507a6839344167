package org.losslandscape.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.FourierAblationTrace;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * A grokking run records the progress measures at every evaluation (short, small versions of the templates); a
 * transformer's adds the restricted and excluded loss, which the report draws.
 */
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

    @Test
    void aTransformerOnSequencesRecordsTheRestrictedAndExcludedLoss(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("transformer-grokking").orElseThrow().create();
        for (Parameter p : e.getDataset().getParameters()) {
            if (p.getKey().equals("p")) {
                p.setValue("23");
            }
        }
        e.getNetwork().getLayers().get(0).setVocabulary(24);
        e.getNetwork().getLayers().get(0).setDim(16);
        e.getNetwork().getLayers().get(4).setUnits(23);
        e.getTraining().setSteps(400);
        e.getTraining().setEvaluateEvery(50);
        Path file = dir.resolve("tgrok.landscape");
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);

        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.PROGRESS).findFirst()
                .orElseThrow();
        NpyArray a = Npy.read(ResultFiles.resolve(file, ref.getUri()));
        assertArrayEquals(new int[] {9, 5}, a.shape(), "step 0 and every 50 steps; five columns");
        FourierAblationTrace t = DataProviders.FOURIER_ABLATION.read(file, run, ref);
        assertEquals(5, t.keyFrequencies().size(), t.keyFrequencies().toString());
        int last = t.step().length - 1;
        assertEquals(400, t.step()[last]);
        // at the start the logits are small: restricted to five frequencies they say nothing (chance level)
        assertEquals(Math.log(23), t.restrictedLoss()[0], 0.1);
        // at the end the training set is fitted, and without its key frequencies the fit is lost
        CurveTable curves = DataProviders.CURVES.read(file, run, run.getResults().stream()
                .filter(DataProviders.CURVES::accepts).findFirst().orElseThrow());
        double trainLoss = curves.trainLoss()[curves.trainLoss().length - 1];
        assertTrue(t.excludedLoss()[last] > trainLoss + 0.1, "excluded " + t.excludedLoss()[last] + ", trained "
                + trainLoss);
        for (int i = 0; i <= last; i++) {
            assertTrue(Double.isFinite(t.restrictedLoss()[i]) && Double.isFinite(t.excludedLoss()[i]));
            assertTrue(a.data()[5 * i + 2] > 0 && a.data()[5 * i + 2] <= 1, "embedding share in [0, 1]");
        }
    }
}
