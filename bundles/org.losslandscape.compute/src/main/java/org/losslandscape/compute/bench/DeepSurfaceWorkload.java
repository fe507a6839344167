package org.losslandscape.compute.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;

/**
 * W2D and W2G: W2's surface (training split, 51×51 grid over [−1, 1]², two random filter-normalised directions from
 * seed 1, biases not perturbed) for a network the line sweep does not cover: an MLP 194 → 256 → 256 → 256 → 97 with
 * three hidden layers of tanh (W2D) or exact GELU (W2G), cross-entropy, PyTorch's default initialisation (seed 0).
 * Every point runs the general path: the first layer precomputed, the three other dense layers and the activations
 * at each point.
 */
public final class DeepSurfaceWorkload {

    private static final int HIDDEN = 256;
    private static final int DEPTH = 3;

    private DeepSurfaceWorkload() {
    }

    /** @return the network: {@value #DEPTH} hidden layers of width {@value #HIDDEN} with {@code function} */
    public static Network network(Activation.Function function) {
        List<Layer> layers = new ArrayList<>();
        int in = 2 * Workloads.P;
        for (int i = 0; i < DEPTH; i++) {
            layers.add(new Dense(in, HIDDEN));
            layers.add(new Activation(function, HIDDEN));
            in = HIDDEN;
        }
        layers.add(new Dense(in, Workloads.P));
        return new Network(layers, new SoftmaxCrossEntropy());
    }

    /** @return dense floating-point operations of one forward pass over {@code rows} rows */
    public static double forwardFlops(int rows) {
        int p = Workloads.P;
        return 2.0 * rows * (2 * p * HIDDEN + (DEPTH - 1) * HIDDEN * HIDDEN + HIDDEN * p);
    }

    /** W2D: the surface of the tanh network. */
    public static BenchmarkResult w2d(int repeat, Consumer<String> log) {
        return run("W2D", Activation.Function.TANH, repeat, log);
    }

    /** W2G: the surface of the GELU network. */
    public static BenchmarkResult w2g(int repeat, Consumer<String> log) {
        return run("W2G", Activation.Function.GELU, repeat, log);
    }

    private static BenchmarkResult run(String id, Activation.Function function, int repeat, Consumer<String> log) {
        Split split = Workloads.data();
        return Workloads.surface(id, network(function), split, forwardFlops(split.train().size()), repeat, log);
    }
}
