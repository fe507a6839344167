package org.losslandscape.compute.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.Datasets;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.train.Trainer;
import org.losslandscape.compute.train.TrainingConfig;
import org.losslandscape.compute.train.TrainingListener;

class SharpnessTrackerTest {

    @Test
    void recordsKnownSharpnessEveryKSteps() {
        SharpnessTracker t = new SharpnessTracker(b -> new Quadratic(3, 9, 1), 5, 20);
        for (long s = 1; s <= 20; s++) {
            t.afterStep(s, new double[] {1, 2, 3}, new double[0]);
        }
        assertEquals(4, t.samples().size());
        assertEquals(List.of(5L, 10L, 15L, 20L), t.samples().stream().map(SharpnessSample::step).toList());
        for (SharpnessSample s : t.samples()) {
            assertEquals(9, s.sharpness(), 1e-9);
            assertEquals(20, s.threshold());
        }
        // warm-started from the previous eigenvector: later measurements take a single product
        assertEquals(1, t.samples().get(3).products());
    }

    /**
     * Edge of stability (Cohen et al. 2021): full-batch GD with MSE on a tanh network; the sharpness rises
     * (progressive sharpening) to 2/η and hovers there while the loss keeps going down.
     */
    @Test
    void fullBatchGradientDescentSharpensToTwoOverEta() {
        Dataset data = Datasets.sine(64, -3, 3, 0, 1);
        Network net = new NetworkDescription(1, List.of(LayerDescription.dense(32), LayerDescription.tanh(),
                LayerDescription.dense(32), LayerDescription.tanh(), LayerDescription.dense(1)), LossType.MSE).build();
        double lr = 0.05;
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 3);
        SharpnessTracker tracker = SharpnessTracker.forNetwork(net, data, 100, 2 / lr);
        tracker.measure(0, params, net.initialBuffers());
        double[] loss = {Double.NaN, Double.NaN};
        TrainingListener listener = new TrainingListener() {
            @Override
            public void step(long step, double batchLoss, double learningRate) {
                if (step == 1) {
                    loss[0] = batchLoss;
                }
                loss[1] = batchLoss;
            }

            @Override
            public void afterStep(long step, double[] p, double[] buffers) {
                tracker.afterStep(step, p, buffers);
            }
        };
        new Trainer(net, data, null, TrainingConfig.fullBatch(3000, 0, LearningRateSchedule.constant(lr), 1))
                .run(params, net.initialBuffers(), OptimizerRegistry.builtIns().require("sgd")
                        .create(params.length, Map.of()), listener, null);

        List<SharpnessSample> s = tracker.samples();
        assertEquals(31, s.size());
        double threshold = 2 / lr;
        assertTrue(s.get(0).sharpness() < 0.6 * threshold, "starts well below 2/η: " + s.get(0));
        // progressive sharpening: the sharpness rises by more than half the threshold
        double max = s.stream().mapToDouble(SharpnessSample::sharpness).max().orElseThrow();
        assertTrue(max - s.get(0).sharpness() > 0.5 * threshold);
        // edge of stability: over the last third it hovers within ±20 % of 2/η
        for (SharpnessSample x : s.subList(20, s.size())) {
            assertEquals(1, x.ratio(), 0.2, "sample " + x);
        }
        assertTrue(loss[1] < 0.05 * loss[0], "the loss still went down: " + loss[0] + " -> " + loss[1]);
        double meanProducts = s.stream().mapToInt(SharpnessSample::products).average().orElseThrow();
        assertTrue(meanProducts < 15, "warm start keeps measurements cheap: " + meanProducts);
    }
}
