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
     * A listener of the runner hears each λ_max sample as it is measured, with the run's id: started, then the samples
     * in order (the very ones the result file keeps afterwards), then finished — while the file still says RUNNING.
     */
    @Test
    void aRunListenerHearsTheSharpnessWhileTheRunTrains(@TempDir Path dir) throws Exception {
        Experiment e = Templates.find("edge-of-stability").orElseThrow().create();
        e.getTraining().setSteps(60);
        Path file = dir.resolve("live.landscape");
        ExperimentStore.save(e, file);
        java.util.List<String> heard = new java.util.ArrayList<>();
        java.util.List<double[]> samples = new java.util.ArrayList<>();
        java.util.List<RunStatus> statusWhileHeard = new java.util.ArrayList<>();
        new ExperimentRunner().withListener(new RunListener() {
            @Override
            public void started(Path f, String runId) {
                heard.add("started " + runId);
            }

            @Override
            public void sharpness(Path f, String runId, long step, double sharpness, double threshold) {
                assertEquals(file.toAbsolutePath().normalize(), f);
                heard.add("sharpness " + runId);
                samples.add(new double[] {step, sharpness, threshold});
                try {
                    statusWhileHeard.add(ExperimentStore.load(f).experiment().getRuns().get(0).getStatus());
                } catch (Exception ex) {
                    throw new AssertionError(ex);
                }
            }

            @Override
            public void finished(Path f, String runId, RunStatus status) {
                heard.add("finished " + runId + " " + status);
            }
        }).run(file, RunOptions.single(), null);

        assertEquals(9, heard.size(), heard.toString());
        assertEquals("started run-1", heard.get(0));
        assertEquals("finished run-1 completed", heard.get(8).toLowerCase(java.util.Locale.ROOT));
        assertTrue(statusWhileHeard.stream().allMatch(s -> s == RunStatus.RUNNING), "heard during training");
        Run run = ExperimentStore.load(file).experiment().getRuns().get(0);
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.EOS).findFirst()
                .orElseThrow();
        NpyArray a = Npy.read(ResultFiles.resolve(file, ref.getUri()));
        assertEquals(7, a.shape()[0], "step 0 and every 10 steps");
        for (int i = 0; i < 7; i++) {
            assertEquals(a.data()[3 * i], samples.get(i)[0]);
            assertEquals(a.data()[3 * i + 1], samples.get(i)[1], 0.0, "the sample the file keeps");
            assertEquals(a.data()[3 * i + 2], samples.get(i)[2], 0.0);
        }
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
