package org.losslandscape.compute.curvature;

import java.util.List;
import java.util.SplittableRandom;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;

/** Small networks with indefinite Hessians for the curvature tests. */
final class TestProblems {

    private TestProblems() {
    }

    /** A network, its objective on a fixed batch and a point. */
    record Problem(Network network, Batch batch, NetworkObjective objective, double[] params) {
        NetworkObjective newObjective() {
            return new NetworkObjective(network, batch, network.initialBuffers(), PassMode.EVAL);
        }
    }

    static Dataset classification(int rows, int features, int classes, long seed) {
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

    static Dataset regression(int rows, int features, int targets, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[rows * features];
        double[] t = new double[rows * targets];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = rng.nextGaussian();
        }
        return new Dataset("random regression", rows, features, x, 0, null, targets, t);
    }

    /** Dense(5,12) → tanh → Dense(12,3), cross-entropy, weights N(0, 1): 111 parameters, indefinite Hessian. */
    static Problem tanhNetwork(long seed) {
        return tanh(5, 12, 3, 40, seed);
    }

    static Problem tanh(int in, int hidden, int out, int rows, long seed) {
        Network net = new Network(List.of(new Dense(in, hidden), new Activation(Activation.Function.TANH, hidden),
                new Dense(hidden, out)), new SoftmaxCrossEntropy());
        Batch batch = Batch.of(classification(rows, in, out, seed));
        double[] params = net.initialParameters(Initializer.normal(1.0), seed + 1);
        return new Problem(net, batch, new NetworkObjective(net, batch, net.initialBuffers(), PassMode.EVAL),
                params);
    }

    /** Dense(3,8) → ReLU → Dense(8,2), mean squared error on random targets. */
    static Problem reluNetwork(long seed) {
        Network net = new Network(List.of(new Dense(3, 8), new Activation(Activation.Function.RELU, 8),
                new Dense(8, 2)), new MeanSquaredError());
        Batch batch = Batch.of(regression(30, 3, 2, seed));
        double[] params = net.initialParameters(Initializer.pytorchDefault(), seed + 1);
        return new Problem(net, batch, new NetworkObjective(net, batch, net.initialBuffers(), PassMode.EVAL),
                params);
    }
}
