package org.losslandscape.compute.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.Datasets;
import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;

class TrainerTest {

    private static final Split MOONS = Split.random(Datasets.twoMoons(150, 0.1, 3), 0.7, 4);

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(Runtime.getRuntime().availableProcessors());
    }

    private static Network mlp(int width) {
        List<Layer> layers = List.of(new Dense(2, width), new Activation(Activation.Function.TANH, width),
                new Dense(width, 2));
        return new Network(layers, new SoftmaxCrossEntropy());
    }

    private static OptimizerInstance optimizer(String id, Network net, Map<String, ?> values) {
        return OptimizerRegistry.builtIns().require(id).create(net.parameterCount(), values);
    }

    private static TrainingResult train(Network net, TrainingConfig cfg, String opt, double lr) {
        return new Trainer(net, MOONS.train(), MOONS.validation(), cfg).run(
                net.initialParameters(Initializer.pytorchDefault(), 1), net.initialBuffers(),
                optimizer(opt, net, Map.of("lr", lr)), null, null);
    }

    @Test
    void learnsTwoMoonsAndRecordsTheCurves() {
        Network net = mlp(16);
        TrainingConfig cfg = new TrainingConfig(300, 32, 50, 0, LearningRateSchedule.constant(0.02), 0, 0, 0, false,
                7);
        TrainingResult r = train(net, cfg, "adam", 0.02);
        assertEquals(TrainingStatus.COMPLETED, r.status());
        assertEquals(300, r.steps());
        assertEquals(List.of(0L, 50L, 100L, 150L, 200L, 250L, 300L), r.curve().stream().map(EvaluationRecord::step)
                .toList());
        assertTrue(r.last().trainLoss() < 0.5 * r.curve().get(0).trainLoss(), "loss fell: " + r.curve());
        assertTrue(r.last().validationAccuracy() >= 0.9, "validation accuracy " + r.last().validationAccuracy());
        assertEquals(300, r.batchLosses().length);
    }

    @Test
    void sameSeedGivesBitIdenticalResultsWhateverTheThreadCount() {
        Network net = new Network(List.of(new Dense(2, 64), new Activation(Activation.Function.RELU, 64),
                new Dense(64, 2)), new SoftmaxCrossEntropy());
        TrainingConfig cfg = new TrainingConfig(40, 16, 10, 0, LearningRateSchedule.constant(0.05), 0, 0, 0, false,
                11);
        Parallel.setThreads(1);
        TrainingResult one = train(net, cfg, "momentum", 0.05);
        Parallel.setThreads(2);
        TrainingResult two = train(net, cfg, "momentum", 0.05);
        assertArrayEquals(one.params(), two.params());
        assertEquals(one.curve(), two.curve().stream().map(r -> new EvaluationRecord(r.step(), r.trainLoss(),
                r.trainAccuracy(), r.validationLoss(), r.validationAccuracy(), r.learningRate(),
                one.curve().get((int) (r.step() / 10)).seconds())).toList());
        TrainingResult otherSeed = train(net, new TrainingConfig(40, 16, 10, 0, LearningRateSchedule.constant(0.05), 0,
                0, 0, false, 12), "momentum", 0.05);
        assertTrue(!java.util.Arrays.equals(one.params(), otherSeed.params()), "the seed changes the batch order");
    }

    @Test
    void divergenceEndsTheRunWithAStatusNotAnException() {
        // regression with mse: a huge step multiplies the error every step until it overflows
        Network net = new Network(List.of(new Dense(1, 8), new Activation(Activation.Function.RELU, 8),
                new Dense(8, 1)), new MeanSquaredError());
        Dataset sine = Datasets.sine(64, -3, 3, 0.1, 2);
        // the schedule sets the rate of every step; the optimizer's own lr is only the schedule's usual base
        TrainingResult r = new Trainer(net, sine, null, TrainingConfig.fullBatch(100, 10,
                LearningRateSchedule.constant(1e6), 0)).run(net.initialParameters(Initializer.pytorchDefault(), 1),
                        net.initialBuffers(), optimizer("sgd", net, Map.of("lr", 10)), null, null);
        assertEquals(TrainingStatus.DIVERGED, r.status());
        assertTrue(r.message().contains("diverged") || r.message().contains("infinite"), r.message());
        assertTrue(r.steps() < 100);
        for (double p : r.params()) {
            assertTrue(Double.isFinite(p), "parameters stay finite");
        }
    }

    @Test
    void cancellationStopsBetweenSteps() {
        Network net = mlp(8);
        AtomicInteger calls = new AtomicInteger();
        ProgressMonitor cancelAfterFive = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                calls.incrementAndGet();
                assertEquals(50, total);
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 5;
            }
        };
        TrainingResult r = new Trainer(net, MOONS.train(), null, TrainingConfig.fullBatch(50, 0,
                LearningRateSchedule.constant(0.1), 0)).run(net.initialParameters(Initializer.pytorchDefault(), 1),
                        net.initialBuffers(), optimizer("sgd", net, Map.of("lr", 0.1)), null, cancelAfterFive);
        assertEquals(TrainingStatus.CANCELLED, r.status());
        assertEquals(5, r.steps());
    }

    @Test
    void earlyStoppingRestoresTheBestParameters() {
        // validation labels flipped: fitting the training set makes the validation loss rise
        Dataset v = MOONS.validation();
        int[] flipped = new int[v.size()];
        for (int i = 0; i < flipped.length; i++) {
            flipped[i] = 1 - v.labels()[i];
        }
        Dataset anti = new Dataset("anti", v.size(), v.featureCount(), v.features(), 2, flipped, 0, null);
        Network net = mlp(16);
        TrainingConfig cfg = TrainingConfig.fullBatch(2000, 10, LearningRateSchedule.constant(0.05), 0)
                .withEarlyStopping(3, 0, true);
        TrainingResult r = new Trainer(net, MOONS.train(), anti, cfg).run(net.initialParameters(
                Initializer.pytorchDefault(), 1), net.initialBuffers(), optimizer("adam", net, Map.of("lr", 0.05)),
                null, null);
        assertEquals(TrainingStatus.EARLY_STOPPED, r.status());
        assertTrue(r.steps() < 2000);
        EvaluationRecord best = r.curve().stream().filter(e -> e.step() == r.bestStep()).findFirst().orElseThrow();
        assertEquals(best.validationLoss(), net.evaluate(r.params(), r.buffers(), anti).loss(), 1e-12);
    }

    @Test
    void checkpointsAndStepCallbacks() {
        Network net = mlp(8);
        List<Long> checkpoints = new ArrayList<>();
        AtomicInteger steps = new AtomicInteger();
        TrainingConfig cfg = TrainingConfig.fullBatch(20, 0, LearningRateSchedule.constant(0.1), 0)
                .withCheckpointEvery(5);
        new Trainer(net, MOONS.train(), null, cfg).run(net.initialParameters(Initializer.pytorchDefault(), 1),
                net.initialBuffers(), optimizer("sgd", net, Map.of("lr", 0.1)), new TrainingListener() {
                    @Override
                    public void checkpoint(long step, double[] params, double[] buffers, Map<String, double[]> s) {
                        checkpoints.add(step);
                        assertEquals(net.parameterCount(), params.length);
                    }

                    @Override
                    public void step(long step, double loss, double lr) {
                        steps.incrementAndGet();
                    }
                }, null);
        assertEquals(List.of(0L, 5L, 10L, 15L, 20L), checkpoints);
        assertEquals(20, steps.get());
        assertEquals(30, TrainingConfig.ofEpochs(3, 100, 10));
        assertEquals(3, TrainingConfig.ofEpochs(3, 100, 0));
        assertEquals(33, TrainingConfig.ofEpochs(3, 101, 10));
    }

    @Test
    void samTrainsThroughTheTrainerObjective() {
        Network net = mlp(16);
        TrainingResult r = new Trainer(net, MOONS.train(), MOONS.validation(), TrainingConfig.fullBatch(200, 50,
                LearningRateSchedule.constant(0.5), 0)).run(net.initialParameters(Initializer.pytorchDefault(), 1),
                        net.initialBuffers(), optimizer("sam", net, Map.of("lr", 0.5, "rho", 0.05)), null, null);
        assertEquals(TrainingStatus.COMPLETED, r.status());
        assertTrue(r.last().trainLoss() < 0.6 * r.curve().get(0).trainLoss(), r.curve().toString());
    }
}
