package org.losslandscape.compute.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.loss.Loss;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.train.ProgressMonitor;

/** The line sweep of {@link ReluLineSweep} against the per-point evaluation, where many units switch. */
class ReluLineSweepTest {

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(Runtime.getRuntime().availableProcessors());
    }

    private static Network mlp(boolean bias, Loss loss) {
        return new Network(List.of(new Dense(5, 12, bias), new Activation(Activation.Function.RELU, 12),
                new Dense(12, 3, bias)), loss);
    }

    private static SurfaceEvaluator evaluator(Network net, Dataset data, boolean biases, long seed) {
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), seed);
        Plane plane = Directions.randomPlane(net, theta, Directions.Normalization.FILTER, biases, false, seed + 1);
        return new SurfaceEvaluator(net, plane, net.initialBuffers(), data);
    }

    private static void assertSameSurface(Surface expected, Surface actual) {
        for (int i = 0; i < expected.grid().size(); i++) {
            double e = expected.losses()[i];
            assertEquals(e, actual.losses()[i], 1e-12 * Math.max(1, Math.abs(e)), "loss at point " + i);
            assertEquals(expected.accuracies()[i], actual.accuracies()[i], 0, "accuracy at point " + i);
        }
    }

    @Test
    void manySwitchingUnitsAndPerturbedBiasesGiveThePerPointValues() {
        Dataset data = LandscapeTest.data(70, 5, 3, 11); // a full block of 64 rows and a ragged one
        // a wide, off-centre, non-square grid: most hidden units switch somewhere along most lines
        Grid grid = new Grid(-4, 3, 15, -2.5, 5, 12);
        for (boolean bias : new boolean[] {true, false}) {
            SurfaceEvaluator ev = evaluator(mlp(bias, new SoftmaxCrossEntropy(0.1)), data, bias, 21);
            Surface direct = ev.using(SurfaceEvaluator.Method.DIRECT).compute(grid);
            Surface swept = ev.compute(grid);
            assertSameSurface(direct, swept);
            // the same grid with both axes reversed: the sweep runs towards decreasing coordinates
            Grid reversed = new Grid(3, -4, 15, 5, -2.5, 12);
            Surface back = ev.compute(reversed);
            for (int ix = 0; ix < 15; ix++) {
                for (int iy = 0; iy < 12; iy++) {
                    assertEquals(direct.loss(14 - ix, 11 - iy), back.loss(ix, iy), 1e-12, ix + ", " + iy);
                }
            }
            double lo = Double.MAX_VALUE;
            double hi = 0;
            for (double loss : direct.losses()) {
                lo = Math.min(lo, loss);
                hi = Math.max(hi, loss);
            }
            assertTrue(hi > 3 * lo, "the grid reaches far from the origin: " + lo + " … " + hi);
        }
    }

    @Test
    void severalBlocksGiveTheSameBitsOnAnyThreadCountAndAfterAResume() {
        Dataset data = LandscapeTest.data(200, 5, 3, 14); // three full blocks of 64 rows and a ragged one
        SurfaceEvaluator ev = evaluator(mlp(true, new SoftmaxCrossEntropy()), data, true, 31);
        Grid grid = new Grid(-3, 3, 17, -3, 3, 17);
        Parallel.setThreads(1);
        Surface one = ev.compute(grid);
        for (int threads : new int[] {2, 3}) {
            Parallel.setThreads(threads);
            Surface many = ev.compute(grid);
            assertArrayEquals(one.losses(), many.losses(), 0, threads + " threads");
            assertArrayEquals(one.accuracies(), many.accuracies(), 0, threads + " threads");
        }
        // a surface with every third point already computed (as a resumed run has them) fills in the same bits
        Surface partial = new Surface(grid);
        for (int i = 0; i < grid.size(); i += 3) {
            partial.set(i, one.losses()[i], one.accuracies()[i]);
        }
        assertTrue(ev.compute(partial, ProgressMonitor.NONE, null));
        assertArrayEquals(one.losses(), partial.losses(), 0);
        assertSameSurface(ev.using(SurfaceEvaluator.Method.DIRECT).compute(grid), one);
    }

    @Test
    void linesAlongXOnALinePlaneAndOnAOneRowGrid() {
        Dataset data = LandscapeTest.data(70, 5, 3, 12);
        Network net = mlp(true, new SoftmaxCrossEntropy());
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), 4);
        double[] d = Directions.random(net, theta, Directions.Normalization.FILTER, true, new SplittableRandom(9));
        SurfaceEvaluator line = new SurfaceEvaluator(net, Plane.line(theta, d), net.initialBuffers(), data);
        Grid g = Grid.line(-3, 3, 31);
        assertSameSurface(line.using(SurfaceEvaluator.Method.DIRECT).compute(g), line.compute(g));

        SurfaceEvaluator plane = evaluator(net, data, true, 5);
        Grid oneRow = new Grid(-3, 3, 21, 0.75, 0.75, 1);
        assertSameSurface(plane.using(SurfaceEvaluator.Method.DIRECT).compute(oneRow), plane.compute(oneRow));
    }

    @Test
    void appliesToOneHiddenReluLayerWithCrossEntropyOnly() {
        Dataset data = LandscapeTest.data(10, 5, 3, 13);
        assertNotNull(sweep(mlp(true, new SoftmaxCrossEntropy()), data));
        assertNull(sweep(mlp(true, new MeanSquaredError()), data), "not cross-entropy");
        assertNull(sweep(new Network(List.of(new Dense(5, 12), new Activation(Activation.Function.TANH, 12),
                new Dense(12, 3)), new SoftmaxCrossEntropy()), data), "not ReLU");
        List<Layer> deep = List.of(new Dense(5, 12), new Activation(Activation.Function.RELU, 12), new Dense(12, 12),
                new Activation(Activation.Function.RELU, 12), new Dense(12, 3));
        assertNull(sweep(new Network(deep, new SoftmaxCrossEntropy()), data), "two hidden layers");
        // the deeper network still gets the first-layer shortcut, with the per-point values
        Network net = new Network(deep, new SoftmaxCrossEntropy());
        SurfaceEvaluator ev = evaluator(net, data, false, 3);
        Grid grid = Grid.square(-2, 2, 5);
        assertSameSurface(ev.using(SurfaceEvaluator.Method.DIRECT).compute(grid), ev.compute(grid));
    }

    private static ReluLineSweep sweep(Network net, Dataset data) {
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), 1);
        Plane plane = Directions.randomPlane(net, theta, Directions.Normalization.FILTER, false, false, 2);
        Dense first = (Dense) net.layers().get(0);
        return ReluLineSweep.of(net, plane, data,
                new FirstLayer(net, plane, net.initialBuffers(), data, first));
    }
}
