package org.losslandscape.compute.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.loss.BinaryCrossEntropy;
import org.losslandscape.compute.loss.Loss;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;

/**
 * Gradient and HVP of networks with Embedding, Dropout, LayerNorm, BatchNorm and Residual layers against finite
 * differences, for every loss, in training mode (fixed dropout seed, batch statistics) and in evaluation mode
 * (running statistics made non-trivial by a few training steps first).
 */
class LayerDerivativesTest {

    private static final int VOCABULARY = 6;
    private static final int TOKENS = 2;
    private static final int ROWS = 8;
    private static final long DROPOUT_SEED = 1234;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String net : List.of("embedding", "layernorm-affine", "layernorm-plain", "layernorm-first",
                "batchnorm-affine", "batchnorm-plain", "batchnorm-first", "dropout", "dropout-first", "residual",
                "residual-first", "residual-dropout", "everything")) {
            for (String loss : List.of("ce", "ce-smooth", "mse", "bce")) {
                for (boolean train : new boolean[] {true, false}) {
                    out.add(Arguments.of(net, loss, train));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} train={2}")
    @MethodSource("cases")
    void gradientAndHessianVectorProductsMatchFiniteDifferences(String which, String lossName, boolean train) {
        int outputs = lossName.equals("bce") ? 1 : 3;
        boolean tokens = which.equals("embedding") || which.equals("everything");
        int width = tokens ? TOKENS : 4;
        Network net = new Network(layers(which, width, outputs), loss(lossName));
        long seed = which.hashCode() * 31L + lossName.hashCode();
        double[] params = net.initialParameters(Initializer.xavier(), seed);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < params.length; i++) {
            params[i] += 0.3 * rng.nextGaussian(); // move γ and β away from 1 and 0
        }
        double[] buffers = net.initialBuffers();
        Workspace ws = net.newWorkspace(ROWS);
        for (int step = 0; step < 4; step++) { // make the running statistics non-trivial
            net.loss(ws, params, buffers, batch(lossName, tokens, width, outputs, seed + 100 + step),
                    PassMode.trainStep(step));
        }
        Batch batch = batch(lossName, tokens, width, outputs, seed);
        PassMode mode = train ? PassMode.trainFrozen(DROPOUT_SEED) : PassMode.EVAL;
        double[] before = buffers.clone();
        DerivativeCheck.check(which + " " + lossName + (train ? " train" : " eval"), net, params, buffers, batch, mode);
        assertArrayEquals(before, buffers, "a frozen pass changed the buffers");
        assertReusedPrimalGivesFreshBits(net, params, buffers, batch, mode, seed);
    }

    /**
     * A second Hessian-vector product at the same point reuses the primal values left in the workspace; it must
     * equal, bit for bit, the product of a fresh workspace, and a pass in between must not leave stale values.
     */
    private static void assertReusedPrimalGivesFreshBits(Network net, double[] params, double[] buffers, Batch batch,
            PassMode mode, long seed) {
        SplittableRandom rng = new SplittableRandom(seed + 7);
        double[] v1 = rng.doubles(params.length, -1, 1).toArray();
        double[] v2 = rng.doubles(params.length, -1, 1).toArray();
        double[] reused = new double[params.length];
        double[] fresh = new double[params.length];
        Workspace ws = net.newWorkspace(ROWS);
        net.hessianVectorProduct(ws, params, buffers, batch, mode, v1, reused, null);
        double l1 = net.hessianVectorProduct(ws, params.clone(), buffers, batch, mode, v2, reused, null);
        double l2 = net.hessianVectorProduct(net.newWorkspace(ROWS), params, buffers, batch, mode, v2, fresh, null);
        assertArrayEquals(fresh, reused, "H·v after a product along another direction");
        org.junit.jupiter.api.Assertions.assertEquals(l2, l1, 0.0);
        // another point in between (a gradient elsewhere), then back: the primal must be recomputed
        double[] moved = params.clone();
        moved[0] += 0.5;
        net.gradient(ws, moved, buffers, batch, mode, new double[params.length]);
        net.hessianVectorProduct(ws, params, buffers, batch, mode, v2, reused, null);
        assertArrayEquals(fresh, reused, "H·v after a pass at another point");
        net.hessianVectorProduct(ws, moved, buffers, batch, mode, v2, reused, null);
        net.hessianVectorProduct(net.newWorkspace(ROWS), moved, buffers, batch, mode, v2, fresh, null);
        assertArrayEquals(fresh, reused, "H·v at a changed parameter vector");
    }

    private static List<Layer> layers(String which, int width, int outputs) {
        return switch (which) {
            case "embedding" -> List.of(new Embedding(VOCABULARY, 3, TOKENS), new Dense(6, 5),
                    new Activation(Activation.Function.TANH, 5), new Dense(5, outputs));
            case "layernorm-affine" -> List.of(new Dense(width, 6), new LayerNorm(6, 1e-5, true),
                    new Activation(Activation.Function.GELU, 6), new Dense(6, outputs));
            case "layernorm-plain" -> List.of(new Dense(width, 6), new LayerNorm(6, 1e-5, false),
                    new Activation(Activation.Function.SIGMOID, 6), new Dense(6, outputs));
            case "layernorm-first" -> List.of(new LayerNorm(width, 1e-3, true), new Dense(width, outputs));
            case "batchnorm-affine" -> List.of(new Dense(width, 6), new BatchNorm(6, 1e-5, 0.3, true),
                    new Activation(Activation.Function.TANH, 6), new Dense(6, outputs));
            case "batchnorm-plain" -> List.of(new Dense(width, 6), new BatchNorm(6, 1e-5, 0.3, false),
                    new Activation(Activation.Function.SOFTPLUS, 6), new Dense(6, outputs));
            case "batchnorm-first" -> List.of(new BatchNorm(width, 1e-5, 0.3, true), new Dense(width, 5),
                    new Activation(Activation.Function.TANH, 5), new Dense(5, outputs));
            case "dropout" -> List.of(new Dense(width, 6), new Dropout(6, 0.3),
                    new Activation(Activation.Function.SOFTPLUS, 6), new Dense(6, outputs));
            case "dropout-first" -> List.of(new Dropout(width, 0.4), new Dense(width, 5),
                    new Activation(Activation.Function.TANH, 5), new Dense(5, outputs));
            case "residual" -> List.of(new Dense(width, 6),
                    new Residual(List.of(new Dense(6, 6), new Activation(Activation.Function.TANH, 6),
                            new Dense(6, 6))),
                    new Residual(List.of(new LayerNorm(6),
                            new Residual(List.of(new Dense(6, 6), new Activation(Activation.Function.GELU, 6),
                                    new LayerNorm(6, 1e-5, false))),
                            new Dense(6, 6))),
                    new Dense(6, outputs));
            case "residual-first" -> List.of(
                    new Residual(List.of(new Dense(width, width), new Activation(Activation.Function.TANH, width))),
                    new Dense(width, outputs));
            case "residual-dropout" -> List.of(new Dense(width, 6),
                    new Residual(List.of(new Dense(6, 6), new Activation(Activation.Function.SIGMOID, 6),
                            new Dropout(6, 0.5), new Dense(6, 6))),
                    new Activation(Activation.Function.TANH, 6),
                    new Residual(List.of(new BatchNorm(6), new Dense(6, 6))),
                    new Dense(6, outputs));
            case "everything" -> List.of(new Embedding(VOCABULARY, 3, TOKENS), new Dense(6, 8),
                    new Activation(Activation.Function.LEAKY_RELU, 8, 0.1), new BatchNorm(8),
                    new Residual(List.of(new LayerNorm(8), new Dense(8, 8), new Activation(Activation.Function.GELU, 8),
                            new Dropout(8, 0.2), new Dense(8, 8, false))),
                    new Activation(Activation.Function.SIGMOID, 8), new Dropout(8, 0.1),
                    new Residual(List.of(new Residual(List.of(new Activation(Activation.Function.SOFTPLUS, 8),
                            new Dense(8, 8))), new LayerNorm(8, 1e-5, false),
                            new Activation(Activation.Function.IDENTITY, 8))),
                    new Activation(Activation.Function.TANH, 8), new Dense(8, outputs));
            default -> throw new IllegalArgumentException(which);
        };
    }

    private static Loss loss(String name) {
        return switch (name) {
            case "ce" -> new SoftmaxCrossEntropy();
            case "ce-smooth" -> new SoftmaxCrossEntropy(0.1);
            case "mse" -> new MeanSquaredError();
            case "bce" -> new BinaryCrossEntropy();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Gaussian features or token ids; labels for ce/bce, Gaussian targets for mse. */
    static Batch batch(String loss, boolean tokens, int width, int outputs, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[ROWS * width];
        for (int i = 0; i < x.length; i++) {
            x[i] = tokens ? rng.nextInt(VOCABULARY) : rng.nextGaussian();
        }
        if (loss.equals("mse")) {
            double[] t = new double[ROWS * outputs];
            for (int i = 0; i < t.length; i++) {
                t[i] = rng.nextGaussian();
            }
            return new Batch(x, ROWS, width, null, 0, t, outputs);
        }
        int classes = loss.equals("bce") ? 2 : outputs;
        int[] y = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = rng.nextInt(classes);
        }
        return new Batch(x, ROWS, width, y, classes, null, 0);
    }
}
