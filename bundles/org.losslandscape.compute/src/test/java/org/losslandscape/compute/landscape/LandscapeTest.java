package org.losslandscape.compute.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.BatchNorm;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.train.ProgressMonitor;

class LandscapeTest {

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(Runtime.getRuntime().availableProcessors());
    }

    /** A random classification dataset: Gaussian features, uniform labels. */
    static Dataset data(int rows, int features, int classes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[rows * features];
        int[] y = new int[rows];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < rows; i++) {
            y[i] = rng.nextInt(classes);
        }
        return new Dataset("random", rows, features, x, classes, y, 0, null);
    }

    private static Network mlp() {
        return new Network(List.of(new Dense(6, 16), new Activation(Activation.Function.RELU, 16), new Dense(16, 4)),
                new SoftmaxCrossEntropy());
    }

    private static double rowNorm(double[] v, int from, int len) {
        double s = 0;
        for (int i = from; i < from + len; i++) {
            s += v[i] * v[i];
        }
        return Math.sqrt(s);
    }

    @Test
    void filterNormalisationMatchesRowNormsAndZeroesBiases() {
        Network net = mlp();
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), 1);
        Plane plane = Directions.randomPlane(net, theta, Directions.Normalization.FILTER, false, false, 9);
        for (double[] d : new double[][] {plane.xAxis(), plane.yAxis()}) {
            for (Network.NamedBlock b : net.parameterBlocks()) {
                int rows = b.block().rows();
                int cols = b.block().cols();
                for (int r = 0; r < rows; r++) {
                    int from = b.offset() + r * cols;
                    double expected = b.name().endsWith("weight") ? rowNorm(theta, from, cols) : 0;
                    assertEquals(expected, rowNorm(d, from, cols), 1e-9, b.name() + " row " + r);
                }
            }
        }
        // deterministic for a seed, different for another
        assertArrayEquals(plane.xAxis(),
                Directions.randomPlane(net, theta, Directions.Normalization.FILTER, false, false, 9).xAxis());
        assertFalse(Vectors.dot(plane.xAxis(), Directions.randomPlane(net, theta, Directions.Normalization.FILTER,
                false, false, 10).xAxis()) == Vectors.dot(plane.xAxis(), plane.xAxis()));
    }

    @Test
    void layerNormalisationIncludingVectorsAndOrthogonalisation() {
        Network net = mlp();
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), 1);
        Plane plane = Directions.randomPlane(net, theta, Directions.Normalization.LAYER, true, true, 3);
        assertEquals(0, Vectors.dot(plane.xAxis(), plane.yAxis()), 1e-12 * Vectors.dot(theta, theta));
        for (Network.NamedBlock b : net.parameterBlocks()) {
            int len = b.block().size();
            assertEquals(rowNorm(theta, b.offset(), len), rowNorm(plane.xAxis(), b.offset(), len), 1e-9, b.name());
        }
        double[] d = Directions.gaussian(net.parameterCount(), 4);
        Directions.filterNormalize(net, theta, d, true);
        int bias = net.parameterBlocks().get(1).offset();
        assertEquals(rowNorm(theta, bias, 16), rowNorm(d, bias, 16), 1e-9);
    }

    @Test
    void planeThroughThreeModelsAndInterpolation() {
        double[] t0 = {1, 0, 0, 2};
        double[] t1 = {3, 0, 0, 2};
        double[] t2 = {2, 5, 1, 2};
        Directions.ModelPlane mp = Directions.throughModels(t0, t1, t2);
        for (int k = 0; k < 3; k++) {
            double[] p = mp.plane().point(mp.coordinates()[k][0], mp.coordinates()[k][1]);
            assertArrayEquals(new double[][] {t0, t1, t2}[k], p, 1e-12);
        }
        assertEquals(0, Vectors.dot(mp.plane().xAxis(), mp.plane().yAxis()), 1e-12);
        assertEquals(Vectors.norm(mp.plane().xAxis()), Vectors.norm(mp.plane().yAxis()), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Directions.throughModels(t0, t1, new double[] {5, 0, 0, 2}));
        Plane line = Directions.interpolation(t0, t1);
        assertArrayEquals(t1, line.point(1, 0), 0);
        assertTrue(line.isLine());
    }

    @Test
    void trajectoryPcaRecoversAPlanarTrajectory() {
        SplittableRandom rng = new SplittableRandom(2);
        int dim = 40;
        double[] u = Directions.gaussian(dim, rng);
        double[] v = Directions.gaussian(dim, rng);
        double[] fin = Directions.gaussian(dim, rng);
        List<double[]> traj = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double s = 1 - i / 11.0;
            double[] p = fin.clone();
            Vectors.axpy(3 * s, u, p);
            Vectors.axpy(Math.sin(4 * s) * s, v, p);
            traj.add(p);
        }
        TrajectoryPca.Result r = TrajectoryPca.compute(traj);
        double[] ratio = r.explainedVarianceRatio();
        assertEquals(11, ratio.length);
        assertEquals(1, ratio[0] + ratio[1], 1e-10, "the trajectory lies in a plane");
        assertTrue(ratio[0] >= ratio[1]);
        assertEquals(1, Vectors.norm(r.plane().xAxis()), 1e-10);
        assertEquals(0, Vectors.dot(r.plane().xAxis(), r.plane().yAxis()), 1e-10);
        for (int i = 0; i < traj.size(); i++) {
            double[] c = r.coordinates()[i];
            assertArrayEquals(traj.get(i), r.plane().point(c[0], c[1]), 1e-9, "checkpoint " + i);
        }
        assertArrayEquals(new double[] {0, 0}, r.coordinates()[11], 0);
        assertTrue(r.coordinates()[0][0] >= 0 && r.coordinates()[0][1] >= 0);
    }

    @Test
    void twoWeightLandscapeIsTheExactLossOverBothWeights() {
        TwoWeightExample ex = TwoWeightExample.create();
        Surface s = ex.evaluator().compute(ex.grid());
        Grid g = ex.grid();
        for (int ix = 0; ix < g.nx(); ix += 7) {
            for (int iy = 0; iy < g.ny(); iy += 5) {
                double w1 = g.x(ix);
                double w2 = g.y(iy);
                double sum = 0;
                for (int k = 0; k < TwoWeightExample.ROWS; k++) {
                    double x = ex.data().features()[k];
                    double d = w2 * Math.tanh(w1 * x) - ex.data().targets()[k];
                    sum += d * d;
                }
                assertEquals(sum / TwoWeightExample.ROWS, s.loss(ix, iy), 1e-12);
            }
        }
        // the grid point nearest the minimum (1.5, 0.8) is the lowest
        assertEquals(s.minLoss(), Math.min(s.loss(45, 38), s.loss(15, 22)), 1e-15);
    }

    private static SurfaceEvaluator evaluator(Network net, Dataset data) {
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), 5);
        Plane plane = Directions.randomPlane(net, theta, Directions.Normalization.FILTER, false, false, 6);
        return new SurfaceEvaluator(net, plane, net.initialBuffers(), data);
    }

    @Test
    void shortcutEqualsTheDirectEvaluationAndThreadCountDoesNotMatter() {
        Network net = mlp();
        Dataset data = data(50, 6, 4, 3);
        SurfaceEvaluator ev = evaluator(net, data);
        Grid grid = Grid.square(-1, 1, 9);
        Parallel.setThreads(2);
        Surface direct = ev.using(SurfaceEvaluator.Method.DIRECT).compute(grid);
        for (SurfaceEvaluator.Method m : List.of(SurfaceEvaluator.Method.FIRST_LAYER,
                SurfaceEvaluator.Method.FASTEST)) {
            Parallel.setThreads(2);
            Surface fast = ev.using(m).compute(grid);
            assertArrayEquals(direct.losses(), fast.losses(), 1e-12, m.name());
            assertArrayEquals(direct.accuracies(), fast.accuracies(), 1e-12, m.name());
            Parallel.setThreads(1);
            assertArrayEquals(fast.losses(), ev.using(m).compute(grid).losses(), 0, m.name());
            // a line grid along the x axis: the middle row of the plane
            Surface line = ev.using(m).compute(Grid.line(-1, 1, 5));
            assertEquals(fast.loss(4, 4), line.loss(2, 0), 1e-12, m.name());
        }
    }

    @Test
    void progressiveStagesAndCancelThenResumeEqualsAnUninterruptedRun() {
        Network net = mlp();
        Dataset data = data(40, 6, 4, 8);
        // by points (groups of 8 between polls of the monitor): 9 then 25 points
        progressiveStagesAndCancelThenResume(evaluator(net, data).using(SurfaceEvaluator.Method.FIRST_LAYER), 9, 25);
        // by whole grid lines of 17 points: 3 lines, then 2 more
        progressiveStagesAndCancelThenResume(evaluator(net, data), 3 * 17, 5 * 17);
    }

    private static void progressiveStagesAndCancelThenResume(SurfaceEvaluator ev, int afterFirst, int afterSecond) {
        Grid grid = Grid.square(-1, 1, 17);
        Surface full = ev.compute(grid);
        assertTrue(full.isComplete());
        Parallel.setThreads(2);

        List<Integer> strides = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        long[] reported = {0};
        ProgressMonitor cancelSoon = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                assertTrue(done > reported[0]);
                reported[0] = done;
                assertEquals(grid.size(), total);
            }

            @Override
            public boolean isCancelled() {
                return reported[0] > afterSecond; // once the third stage has begun
            }
        };
        Surface partial = new Surface(grid);
        boolean complete = ev.compute(partial, cancelSoon, (s, stride) -> {
            strides.add(stride);
            counts.add(s.computedCount());
            for (int ix = 0; ix < grid.nx(); ix += stride) {
                for (int iy = 0; iy < grid.ny(); iy += stride) {
                    assertTrue(s.isComputed(ix, iy));
                }
            }
        });
        assertFalse(complete);
        assertEquals(List.of(8, 4), strides, "the coarse stages completed before the cancellation");
        assertEquals(List.of(afterFirst, afterSecond), counts);
        int done = partial.computedCount();
        assertTrue(done > afterSecond && done < grid.size(), "cancelled mid-way: " + done);
        // a saved and restored partial surface resumes too
        Surface restored = Surface.restore(grid, partial.losses(), partial.accuracies(), partial.computedMask());
        List<Integer> resumed = new ArrayList<>();
        assertTrue(ev.compute(restored, ProgressMonitor.NONE, (s, stride) -> resumed.add(stride)));
        assertEquals(List.of(2, 1), resumed);
        assertArrayEquals(full.losses(), restored.losses(), 0);
        assertArrayEquals(full.accuracies(), restored.accuracies(), 0);
        assertTrue(ev.compute(restored, ProgressMonitor.NONE, null), "nothing left to do");
    }

    @Test
    void batchNormRecomputesTheStatisticsOnTheTrainingData() {
        Network net = new Network(List.of(new Dense(6, 8), new BatchNorm(8),
                new Activation(Activation.Function.TANH, 8), new Dense(8, 4)), new SoftmaxCrossEntropy());
        Dataset train = data(30, 6, 4, 1);
        Dataset test = data(20, 6, 4, 2);
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), 3);
        Plane plane = Directions.randomPlane(net, theta, Directions.Normalization.FILTER, true, false, 4);
        SurfaceEvaluator keep = new SurfaceEvaluator(net, plane, net.initialBuffers(), test);
        SurfaceEvaluator recompute = keep.recomputingBatchNorm(train);
        assertEquals(SurfaceEvaluator.BatchNormStatistics.RECOMPUTE, recompute.batchNormStatistics());
        Surface s = recompute.compute(Grid.square(-1, 1, 3));
        // by hand at (1, −1): the first layer's outputs on the training data, their mean and unbiased variance
        double[] p = plane.point(1, -1);
        double[] buffers = new double[16];
        for (int j = 0; j < 8; j++) {
            double[] col = new double[train.size()];
            for (int i = 0; i < train.size(); i++) {
                double z = p[6 * 8 + j];
                for (int k = 0; k < 6; k++) {
                    z += train.feature(i, k) * p[j * 6 + k];
                }
                col[i] = z;
            }
            double mean = java.util.Arrays.stream(col).average().orElseThrow();
            double var = java.util.Arrays.stream(col).map(c -> (c - mean) * (c - mean)).sum() / (col.length - 1);
            buffers[j] = mean;
            buffers[8 + j] = var;
        }
        assertEquals(net.evaluate(p, buffers, test).loss(), s.loss(2, 0), 1e-10);
        double kept = keep.compute(Grid.square(-1, 1, 3)).loss(2, 0);
        assertTrue(Math.abs(kept - s.loss(2, 0)) > 1e-6, "the statistics matter");
        assertEquals(net.loss(net.newWorkspace(20), p, net.initialBuffers(), Batch.of(test), PassMode.EVAL), kept,
                1e-12);
    }
}
