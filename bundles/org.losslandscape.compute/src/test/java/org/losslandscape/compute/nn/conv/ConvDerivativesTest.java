package org.losslandscape.compute.nn.conv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.nn.DerivativeCheck;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;

/**
 * Gradient and Hessian-vector products of networks with every image layer against central finite differences
 * ({@link DerivativeCheck}), built through their kinds, in training mode (batch statistics) and in evaluation mode
 * (running statistics made non-trivial by a few training steps first).
 */
class ConvDerivativesTest {

    private static final int ROWS = 6;
    private static final int CLASSES = 3;

    static LayerDescription unflatten(int c, int h, int w) {
        return LayerDescription.of("UNFLATTEN").with("channels", c).with("height", h).with("width", w);
    }

    static LayerDescription conv(int out, int kernel) {
        return LayerDescription.of("CONV2D").with("outChannels", out).with("kernel", kernel);
    }

    private static LayerDescription tanh() {
        return LayerDescription.tanh();
    }

    private static LayerDescription of(String kind) {
        return LayerDescription.of(kind);
    }

    /** @return the network's input shape (C, H, W) and its layers */
    static Object[] network(String which) {
        return switch (which) {
            case "conv" -> new Object[] {new int[] {2, 5, 5}, List.of(unflatten(2, 5, 5),
                    conv(3, 3).with("padding", 1), tanh(), of("FLATTEN"), LayerDescription.dense(CLASSES))};
            case "conv-strided-dilated-grouped" -> new Object[] {new int[] {4, 7, 6}, List.of(unflatten(4, 7, 6),
                    conv(4, 3).with("stride", 2).with("padding", 2).with("dilation", 2).with("groups", 2)
                            .with("bias", false),
                    LayerDescription.softplus(), of("GLOBAL_AVG_POOL"), LayerDescription.dense(CLASSES))};
            case "conv-chain" -> new Object[] {new int[] {2, 6, 6}, List.of(unflatten(2, 6, 6), conv(3, 3), tanh(),
                    conv(4, 1), tanh(), conv(2, 2).with("stride", 2), of("FLATTEN"), LayerDescription.dense(CLASSES))};
            case "maxpool" -> new Object[] {new int[] {2, 6, 6}, List.of(unflatten(2, 6, 6), conv(3, 3)
                    .with("padding", 1), tanh(), of("MAX_POOL2D"), of("MAX_POOL2D").with("kernel", 3)
                            .with("stride", 2).with("padding", 1), of("FLATTEN"), LayerDescription.dense(CLASSES))};
            case "avgpool" -> new Object[] {new int[] {2, 6, 6}, List.of(unflatten(2, 6, 6), conv(3, 2), tanh(),
                    of("AVG_POOL2D").with("kernel", 3).with("stride", 2).with("padding", 1),
                    of("AVG_POOL2D").with("kernel", 2).with("stride", 1).with("padding", 1)
                            .with("countIncludePad", false),
                    tanh(), of("FLATTEN"), LayerDescription.dense(CLASSES))};
            case "batchnorm2d" -> new Object[] {new int[] {2, 4, 4}, List.of(unflatten(2, 4, 4), conv(3, 3)
                    .with("padding", 1), of("BATCH_NORM2D").with("momentum", 0.3), tanh(), of("GLOBAL_AVG_POOL"),
                    LayerDescription.dense(CLASSES))};
            case "batchnorm2d-first" -> new Object[] {new int[] {3, 3, 3}, List.of(unflatten(3, 3, 3),
                    of("BATCH_NORM2D").with("affine", true), conv(2, 3), tanh(), of("FLATTEN"),
                    LayerDescription.dense(CLASSES))};
            case "resnet" -> new Object[] {new int[] {2, 6, 6}, List.of(unflatten(2, 6, 6),
                    conv(3, 3).with("padding", 1), of("BATCH_NORM2D"), tanh(),
                    LayerDescription.residual(conv(3, 3).with("padding", 1).with("bias", false), of("BATCH_NORM2D"),
                            tanh(), conv(3, 3).with("padding", 1)),
                    LayerDescription.residual(conv(4, 3).with("padding", 1).with("stride", 2).with("bias", false),
                            of("BATCH_NORM2D"), tanh(), conv(4, 3).with("padding", 1), of("BATCH_NORM2D")),
                    LayerDescription.residual(conv(5, 1)).with("projectionNorm", false),
                    tanh(), of("GLOBAL_AVG_POOL"), LayerDescription.dense(CLASSES))};
            default -> throw new IllegalArgumentException(which);
        };
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String net : List.of("conv", "conv-strided-dilated-grouped", "conv-chain", "maxpool", "avgpool",
                "batchnorm2d", "batchnorm2d-first", "resnet")) {
            for (boolean train : new boolean[] {true, false}) {
                out.add(Arguments.of(net, train));
            }
        }
        return out.stream();
    }

    @SuppressWarnings("unchecked")
    static Network build(String which) {
        Object[] spec = network(which);
        int[] shape = (int[]) spec[0];
        return new NetworkDescription(shape[0] * shape[1] * shape[2], (List<LayerDescription>) spec[1],
                LossType.CROSS_ENTROPY).build();
    }

    @ParameterizedTest(name = "{0} train={1}")
    @MethodSource("cases")
    void gradientAndHessianVectorProductsMatchFiniteDifferences(String which, boolean train) {
        Network net = build(which);
        long seed = which.hashCode();
        double[] params = net.initialParameters(Initializer.pytorchDefault(), seed);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < params.length; i++) {
            params[i] += 0.2 * rng.nextGaussian(); // move γ and β away from 1 and 0
        }
        double[] buffers = net.initialBuffers();
        Workspace ws = net.newWorkspace(ROWS);
        for (int step = 0; step < 3; step++) {
            net.loss(ws, params, buffers, DerivativeCheck.classification(ROWS, net.inputWidth(), CLASSES, seed + step),
                    PassMode.trainStep(step));
        }
        Batch batch = DerivativeCheck.classification(ROWS, net.inputWidth(), CLASSES, seed + 99);
        PassMode mode = train ? PassMode.trainFrozen(1) : PassMode.EVAL;
        double[] before = buffers.clone();
        DerivativeCheck.check(which + (train ? " train" : " eval"), net, params, buffers, batch, mode);
        assertArrayEquals(before, buffers, "a frozen pass changed the buffers");
    }

    /** Samples run in parallel chunks; the gradient and H·v must not depend on the number of threads. */
    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Network net = build("resnet");
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 5);
        double[] buffers = net.initialBuffers();
        Batch batch = DerivativeCheck.classification(23, net.inputWidth(), CLASSES, 6);
        double[] v = new SplittableRandom(7).doubles(params.length, -1, 1).toArray();
        int threads = Parallel.threads();
        double[][] hv = new double[2][params.length];
        double[][] g = new double[2][params.length];
        double[] loss = new double[2];
        try {
            for (int t = 0; t < 2; t++) {
                Parallel.setThreads(t == 0 ? 1 : 3);
                loss[t] = net.hessianVectorProduct(net.newWorkspace(23), params, buffers, batch,
                        PassMode.trainFrozen(0), v, hv[t], g[t]);
            }
        } finally {
            Parallel.setThreads(threads);
        }
        assertEquals(loss[0], loss[1], 0.0);
        assertArrayEquals(g[0], g[1], 0.0);
        assertArrayEquals(hv[0], hv[1], 0.0);
    }

    /**
     * The unfolded inputs a convolution keeps from one pass to the next must never be stale: a second product at the
     * same point (which reuses the primal pass), and a product after a pass at another point, equal a fresh
     * workspace's bit for bit.
     */
    @Test
    void keptColumnsGiveTheBitsOfAFreshWorkspace() {
        Network net = build("resnet");
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 8);
        double[] buffers = net.initialBuffers();
        Batch batch = DerivativeCheck.classification(ROWS, net.inputWidth(), CLASSES, 9);
        SplittableRandom rng = new SplittableRandom(10);
        double[] v1 = rng.doubles(params.length, -1, 1).toArray();
        double[] v2 = rng.doubles(params.length, -1, 1).toArray();
        double[] reused = new double[params.length];
        double[] fresh = new double[params.length];
        PassMode mode = PassMode.trainFrozen(0);
        Workspace ws = net.newWorkspace(ROWS);
        net.hessianVectorProduct(ws, params, buffers, batch, mode, v1, reused, null);
        net.hessianVectorProduct(ws, params, buffers, batch, mode, v2, reused, null);
        net.hessianVectorProduct(net.newWorkspace(ROWS), params, buffers, batch, mode, v2, fresh, null);
        assertArrayEquals(fresh, reused, 0.0, "H·v after a product along another direction");
        net.loss(ws, params, buffers, DerivativeCheck.classification(ROWS, net.inputWidth(), CLASSES, 11), mode);
        net.hessianVectorProduct(ws, params, buffers, batch, mode, v2, reused, null);
        assertArrayEquals(fresh, reused, 0.0, "H·v after a pass on other data");
    }
}
