package org.losslandscape.compute.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * What resuming a surface relies on: the value the evaluator computes at a point does not depend on which other points
 * are already computed (any subset, for every evaluation method), and the listener hears the points between stages.
 */
class PartialSurfaceTest {

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aPointsValueDoesNotDependOnWhichOtherPointsAreComputed() {
        Network net = new Network(List.of(new Dense(6, 16), new Activation(Activation.Function.RELU, 16),
                new Dense(16, 4)), new SoftmaxCrossEntropy());
        Dataset data = LandscapeTest.data(50, 6, 4, 3);
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), 5);
        Plane plane = Directions.randomPlane(net, theta, Directions.Normalization.FILTER, false, false, 6);
        SurfaceEvaluator ev = new SurfaceEvaluator(net, plane, net.initialBuffers(), data);
        Grid grid = new Grid(-1, 1, 13, -0.5, 0.5, 11);
        for (SurfaceEvaluator.Method m : SurfaceEvaluator.Method.values()) {
            Parallel.setThreads(2);
            Surface full = ev.using(m).compute(grid);
            for (long seed = 1; seed <= 3; seed++) {
                // a random subset counts as done, with values that are not the evaluator's: they must not matter
                SplittableRandom rng = new SplittableRandom(seed);
                boolean[] done = new boolean[grid.size()];
                double[] junk = new double[grid.size()];
                for (int i = 0; i < done.length; i++) {
                    done[i] = rng.nextInt(3) == 0;
                    junk[i] = 1e6 + i;
                }
                Parallel.setThreads((int) (seed % 2) + 1);
                Surface partial = Surface.restore(grid, junk, junk, done);
                List<Integer> counts = new ArrayList<>();
                assertTrue(ev.using(m).compute(partial, ProgressMonitor.NONE, new SurfaceEvaluator.StageListener() {
                    @Override
                    public void stageCompleted(Surface surface, int stride) {
                    }

                    @Override
                    public void pointsCompleted(Surface surface) {
                        counts.add(surface.computedCount());
                    }
                }));
                double[] losses = partial.losses();
                double[] accuracies = partial.accuracies();
                double[] expectedLoss = full.losses();
                double[] expectedAccuracy = full.accuracies();
                for (int i = 0; i < done.length; i++) {
                    if (done[i]) {
                        assertEquals(junk[i], losses[i], 0, "a point marked done is kept");
                    } else {
                        assertEquals(Double.doubleToRawLongBits(expectedLoss[i]), Double.doubleToRawLongBits(
                                losses[i]), m + ", seed " + seed + ", point " + i + ": the bits of a whole run");
                        assertEquals(Double.doubleToRawLongBits(expectedAccuracy[i]), Double.doubleToRawLongBits(
                                accuracies[i]), m + " accuracy, point " + i);
                    }
                }
                assertTrue(!counts.isEmpty(), "points were reported between the stages");
                List<Integer> sorted = new ArrayList<>(counts);
                sorted.sort(null);
                assertEquals(sorted, counts, "the count only grows: " + counts);
                assertEquals(grid.size(), counts.get(counts.size() - 1));
                assertTrue(Arrays.equals(partial.computedMask(), full.computedMask()));
            }
        }
    }
}
