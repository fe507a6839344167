package org.losslandscape.compute.connectivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.Datasets;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerNorm;
import org.losslandscape.compute.nn.Network;

class WeightMatchingTest {

    private static final Dataset RANDOM_INPUTS = Datasets.twoMoons(64, 3.0, 99);

    @Test
    void alignmentKeepsTheFunctionAndLowersTheBarrier() {
        Network net = TwoModels.NETWORK;
        Alignment al = WeightMatching.align(net, TwoModels.A, TwoModels.B, 100, 1);
        assertTrue(al.converged(), "did not converge in " + al.sweeps() + " sweeps");
        assertTrue(al.similarityAfter() > al.similarityBefore());
        double diff = maxAbsDiff(TwoModels.outputs(net, TwoModels.B, RANDOM_INPUTS),
                TwoModels.outputs(net, al.aligned(), RANDOM_INPUTS));
        assertTrue(diff <= 1e-12, "outputs changed by " + diff);
        PathProfile before = LinearPath.evaluate(net, TwoModels.A, TwoModels.B, TwoModels.BUFFERS, TwoModels.DATA,
                21);
        PathProfile after = LinearPath.evaluate(net, TwoModels.A, al.aligned(), TwoModels.BUFFERS, TwoModels.DATA,
                21);
        System.out.printf("weight matching: %d sweeps, max output diff %.2e, barrier %.5f -> %.5f (max loss %.5f"
                + " -> %.5f)%n", al.sweeps(), diff, before.barrier(), after.barrier(), before.maxLoss(),
                after.maxLoss());
        assertTrue(after.barrier() < before.barrier(), before.barrier() + " -> " + after.barrier());
    }

    @Test
    void randomPermutationsKeepTheFunctionOfADeepTanhNet() {
        Network net = new Network(List.of(new Dense(2, 7), new Activation(Activation.Function.TANH, 7),
                new Dense(7, 5, false), new Activation(Activation.Function.GELU, 5), new Dense(5, 6),
                new Activation(Activation.Function.LEAKY_RELU, 6), new Dense(6, 3)), new MeanSquaredError());
        double[] theta = net.initialParameters(Initializer.normal(1.0), 4);
        List<int[]> perms = randomPermutations(new int[] {7, 5, 6}, 8);
        double[] permuted = WeightMatching.permute(net, theta, perms);
        double diff = maxAbsDiff(TwoModels.outputs(net, theta, RANDOM_INPUTS),
                TwoModels.outputs(net, permuted, RANDOM_INPUTS));
        assertTrue(diff <= 1e-12, "outputs changed by " + diff);
        // aligning a permuted copy back to the original recovers it exactly
        Alignment al = WeightMatching.align(net, theta, permuted, 50, 2);
        assertArrayEquals(theta, al.aligned(), 0);
    }

    @Test
    void refusesUnsupportedNetworks() {
        Network withNorm = new Network(List.of(new Dense(2, 4), new LayerNorm(4), new Dense(4, 2)),
                new MeanSquaredError());
        double[] theta = new double[withNorm.parameterCount()];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeightMatching.align(withNorm, theta, theta, 5, 0));
        assertTrue(e.getMessage().contains("layer 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WeightMatching.permute(TwoModels.NETWORK, TwoModels.A,
                List.of(new int[32])));
    }

    @Test
    void singleLayerHasNothingToPermute() {
        Network net = new Network(List.of(new Dense(3, 2)), new MeanSquaredError());
        double[] a = net.initialParameters(Initializer.normal(1), 1);
        double[] b = net.initialParameters(Initializer.normal(1), 2);
        Alignment al = WeightMatching.align(net, a, b, 5, 0);
        assertEquals(0, al.permutations().size());
        assertArrayEquals(b, al.aligned(), 0);
    }

    private static List<int[]> randomPermutations(int[] widths, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<int[]> out = new ArrayList<>();
        for (int n : widths) {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            out.add(p);
        }
        return out;
    }

    private static double maxAbsDiff(double[] x, double[] y) {
        assertEquals(x.length, y.length);
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m = Math.max(m, Math.abs(x[i] - y[i]));
        }
        return m;
    }
}
