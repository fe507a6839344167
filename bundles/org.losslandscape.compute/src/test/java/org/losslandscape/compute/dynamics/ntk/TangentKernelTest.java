package org.losslandscape.compute.dynamics.ntk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LayerKinds;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.Parameterization;
import org.losslandscape.compute.nn.PassMode;

/**
 * The empirical tangent kernel: X·Xᵀ for a linear model, J·Jᵀ of a finite-difference Jacobian for a network, and its
 * change with width under the NTK parameterisation.
 */
class TangentKernelTest {

    private static Dataset rows(int n, int features, long seed) {
        return rows(n, features, 1, seed);
    }

    private static Dataset rows(int n, int features, int targets, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * features];
        double[] t = new double[n * targets];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = Math.sin(x[(i / targets) * features] + i % targets);
        }
        return new Dataset("rows", n, features, x, 0, null, targets, t);
    }

    @Test
    void theKernelOfALinearModelIsTheGramMatrixOfTheInputs() {
        Dataset data = rows(6, 4, 1);
        for (boolean bias : new boolean[] {false, true}) {
            Network net = new NetworkDescription(4, List.of(LayerDescription.dense(1, bias)), LossType.MSE).build();
            double[] k = new TangentKernel(net, net.initialBuffers(), data).kernel(net.initialParameters(
                    Initializer.pytorchDefault(), 3));
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    double xx = bias ? 1 : 0;
                    for (int f = 0; f < 4; f++) {
                        xx += data.feature(i, f) * data.feature(j, f);
                    }
                    assertEquals(xx, k[i * 6 + j], 1e-13 * Math.max(1, Math.abs(xx)), "K[" + i + "][" + j + "]");
                }
            }
        }
    }

    @Test
    void theKernelIsTheGramMatrixOfTheFiniteDifferenceJacobian() {
        for (Parameterization p : Parameterization.values()) {
            NetworkDescription d = new NetworkDescription(3, List.of(LayerDescription.dense(5), LayerDescription.tanh(),
                    LayerDescription.dense(4), LayerDescription.softplus(), LayerDescription.dense(2)),
                    LossType.MSE, 0, Initializer.pytorchDefault(), p);
            Network net = d.build();
            double[] theta = net.initialParameters(d.initializer(), 8);
            Dataset data = rows(4, 3, 2, 2);
            TangentKernel kernel = new TangentKernel(net, net.initialBuffers(), data);
            int size = kernel.size();
            assertEquals(8, size, "4 rows × 2 outputs");
            int params = net.parameterCount();
            double[] fd = new double[size * params];
            double h = 1e-6;
            double[] x = theta.clone();
            var ws = net.newWorkspace(4);
            Batch all = Batch.of(data);
            for (int q = 0; q < params; q++) {
                x[q] = theta[q] + h;
                net.loss(ws, x, net.initialBuffers(), all, PassMode.EVAL);
                double[] up = ws.output().clone();
                x[q] = theta[q] - h;
                net.loss(ws, x, net.initialBuffers(), all, PassMode.EVAL);
                double[] down = ws.output();
                x[q] = theta[q];
                for (int r = 0; r < size; r++) {
                    fd[r * params + q] = (up[r] - down[r]) / (2 * h);
                }
            }
            double[] expected = TangentKernel.gram(fd, size, params);
            double[] actual = kernel.kernel(theta);
            assertTrue(TangentKernel.relativeChange(actual, expected) < 1e-8, p + ": "
                    + TangentKernel.relativeChange(actual, expected));
            assertTrue(TangentKernel.relativeChange(kernel.jacobian(theta), fd) < 1e-8, p + ": the Jacobian");
        }
    }

    @Test
    void underTheNtkParameterisationTheKernelMovesLessInWiderNetworks() {
        NetworkDescription d = new NetworkDescription(2, List.of(LayerDescription.dense(8), LayerDescription.tanh(),
                LayerDescription.dense(1)), LossType.MSE);
        List<WidthSweep.Path> paths = WidthSweep.run(d, LayerKinds.standard(), rows(40, 2, 4), new WidthSweep.Settings(
                new int[] {32, 512}, List.of(Parameterization.NTK, Parameterization.MEAN_FIELD), 60, 0.5, 10, 3, 1),
                null);
        assertEquals(4, paths.size());
        WidthSweep.Path narrow = paths.get(0);
        WidthSweep.Path wide = paths.get(1);
        assertEquals(List.of(0, 20, 40, 60), java.util.Arrays.stream(wide.steps()).boxed().toList());
        assertEquals(0, wide.kernelChange()[0]);
        assertTrue(wide.loss()[3] < 0.5 * wide.loss()[0], "it learns: " + java.util.Arrays.toString(wide.loss()));
        // the weights: 1/√width, 16× the width a quarter of the movement; the kernel at least as fast (measured:
        // about 1/width, the rate Dyer & Gur-Ari 2019 derive for the kernel's change)
        double moved = narrow.finalWeightMovement() / wide.finalWeightMovement();
        assertTrue(moved > 2.5 && moved < 6.5, "weight movement ratio " + moved);
        double ratio = narrow.finalKernelChange() / wide.finalKernelChange();
        assertTrue(ratio > 4, "kernel change " + narrow.finalKernelChange() + " at 32, " + wide.finalKernelChange()
                + " at 512");
        WidthSweep.Path mfNarrow = paths.get(2);
        WidthSweep.Path mfWide = paths.get(3);
        assertEquals(0.5 * 512, mfWide.learningRate());
        assertTrue(mfNarrow.finalKernelChange() / mfWide.finalKernelChange() < 2, "mean-field: "
                + mfNarrow.finalKernelChange() + " at 32, " + mfWide.finalKernelChange() + " at 512");
        assertEquals(-0.5, WidthSweep.logLogSlope(new double[] {1, 4, 16}, new double[] {1, 0.5, 0.25}), 1e-12);
    }
}
