package org.losslandscape.compute.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.dynamics.SharpnessSample;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.train.TrainingConfig;

/**
 * The edge-of-stability threshold recorded with each sample follows the learning-rate schedule step by step, and
 * covers SAM, whose threshold depends on the gradient norm at the point.
 */
class ThresholdAlongTheRunTest {

    private static List<SharpnessSample> track(String optimizer, Map<String, Object> hyper,
            LearningRateSchedule schedule) {
        TrainingConfig config = new TrainingConfig(30, 0, 0, 0, schedule, 0, 0, 0, false, 3);
        TrainRequest request = new TrainRequest(Requests.model(1), DataReference.of(Requests.rows(24, 3)), null,
                optimizer, hyper, config, new TrainRequest.SharpnessTracking(10, Double.NaN, false));
        try (ComputeContext threads = ComputeContext.withThreads(1); ComputeContext.Binding b = threads.bind()) {
            return request.compute(Execution.on(threads).withOptimizers(OptimizerRegistry.builtIns())).sharpness();
        }
    }

    @Test
    void underAStepDecayTheThresholdIsTwoOverTheRateOfEachStep() {
        LearningRateSchedule schedule = LearningRateSchedule.stepDecay(0.1, 0.5, 10);
        List<SharpnessSample> samples = track("sgd", Map.of("lr", 0.1), schedule);
        assertEquals(List.of(0L, 10L, 20L, 30L), samples.stream().map(SharpnessSample::step).toList());
        for (SharpnessSample s : samples) {
            assertEquals(2 / schedule.rate(s.step()), s.threshold(), 1e-12, "step " + s.step());
        }
        assertTrue(samples.get(0).threshold() < samples.get(1).threshold() && samples.get(1).threshold() < samples
                .get(2).threshold(), "the threshold rises as the rate decays");
    }

    @Test
    void samsThresholdSolvesTheCurvatureItsBaseSeesAndDependsOnTheGradient() {
        StabilityAware sam = (StabilityAware) OptimizerRegistry.builtIns().require("sam");
        HyperParameterValues values = OptimizerRegistry.builtIns().require("sam").resolve(Map.of("lr", 0.1, "rho",
                0.05));
        double base = 2 / 0.1;
        for (double g : new double[] {1e-3, 0.1, 1, 100}) {
            double lambda = sam.stabilityThreshold(0.1, values, g);
            assertEquals(base, lambda + 0.05 * lambda * lambda / g, 1e-9 * base, "λ + ρλ²/‖∇L‖ = 2/η at " + g);
            assertTrue(lambda < base);
        }
        assertTrue(sam.stabilityThreshold(0.1, values, 0.1) < sam.stabilityThreshold(0.1, values, 1),
                "a smaller gradient lowers SAM's threshold");
        HyperParameterValues plain = OptimizerRegistry.builtIns().require("sam").resolve(Map.of("lr", 0.1, "rho", 0.0));
        assertEquals(base, sam.stabilityThreshold(0.1, plain, 0.3), 1e-12, "ρ = 0 is the base's");
        HyperParameterValues asam = OptimizerRegistry.builtIns().require("sam").resolve(Map.of("lr", 0.1,
                "adaptive", true));
        assertTrue(Double.isNaN(sam.stabilityThreshold(0.1, asam, 1)), "ASAM is outside the derivation");
        assertTrue(Double.isNaN(sam.stabilityThreshold(0.1, values)), "without the gradient norm: none");

        List<SharpnessSample> samples = track("sam", Map.of("lr", 0.1, "rho", 0.05), LearningRateSchedule.constant(
                0.1));
        for (SharpnessSample s : samples) {
            assertTrue(s.threshold() > 0 && s.threshold() < base, "step " + s.step() + ": " + s.threshold());
        }
    }
}
