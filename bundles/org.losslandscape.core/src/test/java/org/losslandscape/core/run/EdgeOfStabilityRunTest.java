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
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/** The edge-of-stability template records λ_max during training beside 2/η, and the sharpness rises. */
class EdgeOfStabilityRunTest {

    @Test
    void theTemplateRecordsSharpnessAgainstTheThreshold(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("edge-of-stability").orElseThrow().create();
        e.getTraining().setSteps(400);
        Path file = dir.resolve("eos.landscape");
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);

        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.EOS).findFirst()
                .orElseThrow();
        NpyArray a = Npy.read(ResultFiles.resolve(file, ref.getUri()));
        assertEquals(41, a.shape()[0], "step 0 and every 10 steps");
        assertEquals(3, a.shape()[1]);
        double first = a.data()[1];
        double last = a.data()[3 * 40 + 1];
        assertEquals(2 / 0.1, a.data()[2], 1e-12, "gradient descent's threshold 2/η");
        assertTrue(first > 0 && last > first, "progressive sharpening: λ_max " + first + " → " + last);
        assertTrue(run.getMetrics().stream().anyMatch(m -> m.getName().equals("eos.lambda_max")));
    }

    /**
     * Adam declares its threshold on the preconditioned sharpness; there is no preconditioner before the first step,
     * so the samples start at step 10 (step 0 used to fail the run).
     */
    @Test
    void adamIsTrackedOnItsPreconditionedSharpnessFromItsFirstSteps(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("edge-of-stability").orElseThrow().create();
        e.getTraining().setSteps(40);
        e.getOptimizer().setOptimizerId("adam");
        e.getOptimizer().getHyperParameters().clear();
        Parameter lr = LandscapeFactory.eINSTANCE.createParameter();
        lr.setKey("lr");
        lr.setValue("0.01");
        e.getOptimizer().getHyperParameters().add(lr);
        Path file = dir.resolve("adam.landscape");
        ExperimentStore.save(e, file);
        new ExperimentRunner().run(file, RunOptions.single(), null);

        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getMessage());
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.EOS).findFirst()
                .orElseThrow();
        NpyArray a = Npy.read(ResultFiles.resolve(file, ref.getUri()));
        assertEquals(4, a.shape()[0], "every 10 steps from step 10");
        assertEquals(10, a.data()[0]);
        assertEquals(3.8 / (0.01 * 0.1), a.data()[2], 1e-9, "(2 + 2β₁)/(η(1 − β₁))");
        assertTrue(a.data()[1] > 0, "preconditioned λ_max " + a.data()[1]);
    }
}
