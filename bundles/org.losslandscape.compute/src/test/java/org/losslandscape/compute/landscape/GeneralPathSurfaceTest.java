package org.losslandscape.compute.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;

/** Surfaces of deeper tanh/sigmoid networks (the general path) against a plain forward pass with {@link Math#tanh}. */
class GeneralPathSurfaceTest {

    private static final int[] WIDTHS = {5, 12, 10, 8, 3};
    private static final Activation.Function[] FUNCTIONS = {Activation.Function.TANH, Activation.Function.SIGMOID,
        Activation.Function.TANH};

    @AfterEach
    void restoreThreads() {
        Parallel.setThreads(Runtime.getRuntime().availableProcessors());
    }

    private static Network network() {
        return new Network(List.of(new Dense(5, 12), new Activation(FUNCTIONS[0], 12), new Dense(12, 10),
                new Activation(FUNCTIONS[1], 10), new Dense(10, 8), new Activation(FUNCTIONS[2], 8), new Dense(8, 3)),
                new SoftmaxCrossEntropy());
    }

    /** The mean cross-entropy by plain loops: W row-major (out × in), then the bias, layer after layer. */
    private static double referenceLoss(double[] theta, Dataset data) {
        double total = 0;
        for (int r = 0; r < data.size(); r++) {
            double[] h = new double[WIDTHS[0]];
            System.arraycopy(data.features(), r * WIDTHS[0], h, 0, WIDTHS[0]);
            int off = 0;
            for (int l = 0; l + 1 < WIDTHS.length; l++) {
                int in = WIDTHS[l];
                int out = WIDTHS[l + 1];
                double[] z = new double[out];
                for (int j = 0; j < out; j++) {
                    double s = theta[off + in * out + j];
                    for (int k = 0; k < in; k++) {
                        s += theta[off + j * in + k] * h[k];
                    }
                    z[j] = l < FUNCTIONS.length ? FUNCTIONS[l] == Activation.Function.TANH ? Math.tanh(s)
                            : 1 / (1 + Math.exp(-s)) : s;
                }
                off += in * out + out;
                h = z;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double v : h) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (double v : h) {
                sum += Math.exp(v - max);
            }
            total += max + Math.log(sum) - h[data.labels()[r]];
        }
        return total / data.size();
    }

    @Test
    void deepTanhAndSigmoidSurfaceMatchesPlainMathTanhAndIsThreadIndependent() {
        Network net = network();
        Dataset data = LandscapeTest.data(40, 5, 3, 11);
        double[] theta = net.initialParameters(Initializer.pytorchDefault(), 3);
        // large directions drive the units into saturation as well as through the linear region
        Plane plane = Directions.randomPlane(net, theta, Directions.Normalization.FILTER, false, true, 4);
        Grid grid = Grid.square(-6, 6, 7);
        SurfaceEvaluator ev = new SurfaceEvaluator(net, plane, net.initialBuffers(), data);
        Parallel.setThreads(2);
        Surface two = ev.compute(grid);
        Parallel.setThreads(1);
        Surface one = ev.compute(grid);
        assertArrayEquals(two.losses(), one.losses(), 0, "bit-identical for 1 and 2 threads");
        Surface direct = ev.using(SurfaceEvaluator.Method.DIRECT).compute(grid);
        double[] point = new double[net.parameterCount()];
        for (int ix = 0; ix < grid.nx(); ix++) {
            for (int iy = 0; iy < grid.ny(); iy++) {
                plane.point(grid.x(ix), grid.y(iy), point);
                double want = referenceLoss(point, data);
                assertEquals(want, two.loss(ix, iy), 1e-12 * want, "shortcut at " + ix + ", " + iy);
                assertEquals(want, direct.loss(ix, iy), 1e-12 * want, "direct at " + ix + ", " + iy);
            }
        }
    }

    @Test
    void manyRowsAreEvaluatedInBlocksWithTheWholeBatchsValuesForClassesAndTargets() {
        // 6000 rows of a 12-wide network span three blocks of rows in the shortcut's per-point pass
        Network net = network();
        Dataset classes = LandscapeTest.data(6000, 5, 3, 12);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(13);
        double[] targets = new double[6000 * 3];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = rng.nextGaussian();
        }
        Dataset regression = new Dataset("targets", 6000, 5, classes.features(), 0, null, 3, targets);
        Network mse = new Network(net.layers(), new org.losslandscape.compute.loss.MeanSquaredError());
        for (Object[] c : new Object[][] {{net, classes}, {mse, regression}}) {
            Network n = (Network) c[0];
            Dataset d = (Dataset) c[1];
            double[] theta = n.initialParameters(Initializer.pytorchDefault(), 5);
            Plane plane = Directions.randomPlane(n, theta, Directions.Normalization.FILTER, false, false, 6);
            SurfaceEvaluator ev = new SurfaceEvaluator(n, plane, n.initialBuffers(), d);
            Grid grid = Grid.square(-2, 2, 3);
            Surface blocked = ev.compute(grid);
            double[] point = new double[n.parameterCount()];
            for (int i = 0; i < grid.size(); i++) {
                plane.point(grid.x(i / grid.ny()), grid.y(i % grid.ny()), point);
                var whole = n.evaluate(n.newWorkspace(d.size()), point, n.initialBuffers(),
                        org.losslandscape.compute.data.Batch.of(d));
                assertEquals(whole.loss(), blocked.losses()[i], 1e-12 * whole.loss(), d.name() + " at " + i);
                assertEquals(whole.accuracy(), blocked.accuracies()[i], 0, d.name() + " at " + i);
            }
        }
    }
}
