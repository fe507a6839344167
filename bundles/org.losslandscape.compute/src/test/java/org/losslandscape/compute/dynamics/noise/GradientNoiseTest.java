package org.losslandscape.compute.dynamics.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.PassMode;

/** The projected mini-batch noise equals the projection of a mini-batch gradient minus the full gradient. */
class GradientNoiseTest {

    @Test
    void theNoiseOfAMiniBatchIsItsGradientMinusTheFullGradientAlongEachDirection() {
        SplittableRandom rng = new SplittableRandom(2);
        int n = 30;
        double[] x = new double[n * 3];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = x[3 * i] > 0 ? 1 : 0;
        }
        Dataset data = new Dataset("rows", n, 3, x, 2, y, 0, null);
        NetworkDescription d = new NetworkDescription(3, List.of(LayerDescription.dense(5), LayerDescription.tanh(),
                LayerDescription.dense(2)), LossType.CROSS_ENTROPY);
        Network net = d.build();
        double[] theta = net.initialParameters(d.initializer(), 1);
        GradientNoise.Projections p = GradientNoise.project(net, theta, net.initialBuffers(), data, 2, 1, 7, null);
        assertEquals(3, p.directions());
        assertTrue(p.eigenvalues()[0] > 0);
        // replay the draw of one mini-batch of 4 rows with the same random numbers
        double[][] noise = p.noise(4, 1, new SplittableRandom(11));
        SplittableRandom replay = new SplittableRandom(11);
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int j = 0; j < 4; j++) {
            int pick = j + replay.nextInt(n - j);
            int t = order[j];
            order[j] = order[pick];
            order[pick] = t;
        }
        int[] rows = Arrays.copyOf(order, 4);
        double[] gb = new double[theta.length];
        double[] g = new double[theta.length];
        net.gradient(net.newWorkspace(4), theta, net.initialBuffers(), Batch.of(data, rows), PassMode.EVAL, gb);
        net.gradient(net.newWorkspace(n), theta, net.initialBuffers(), Batch.of(data), PassMode.EVAL, g);
        double[] xi = Vectors.plusScaled(gb, -1, g);
        // the direction of kind "random" 0, rebuilt as project() draws it
        SplittableRandom dirs = new SplittableRandom(7);
        double[] u = new double[theta.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = dirs.nextGaussian();
        }
        Vectors.scale(1 / Vectors.norm(u), u);
        assertEquals(Vectors.dot(xi, u), noise[0][0], 1e-12);
        assertTrue(Math.abs(noise[0][0]) > 1e-6, "the check would be vacuous");
        // averaged over many mini-batches the noise is centred
        double[][] many = p.noise(4, 4000, new SplittableRandom(3));
        double mean = Arrays.stream(many[2]).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(many[2]).map(v -> v * v).average().orElseThrow());
        assertTrue(Math.abs(mean) < 4 * sd / Math.sqrt(4000), mean + " ± " + sd);
    }
}
