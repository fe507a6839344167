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
}
