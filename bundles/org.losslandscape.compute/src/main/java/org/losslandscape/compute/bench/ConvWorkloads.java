package org.losslandscape.compute.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.losslandscape.compute.curvature.EigenPairs;
import org.losslandscape.compute.curvature.PowerIteration;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StepContext;

/**
 * The convolutional workloads of the benchmark document: W5, one training step of a small CNN on a batch of 128
 * images 3×32×32 (SGD with momentum 0.9, lr 0.01, BatchNorm in training mode), and W6, the top Hessian eigenvalue of
 * the same network at its initialisation by 20 power iterations on a batch of 256 (evaluation mode). The network:
 * Conv(3→16, 3×3, pad 1)–BatchNorm2d–ReLU, Conv(16→32, 3×3, stride 2, pad 1)–BatchNorm2d–ReLU, Conv(32→64, 3×3,
 * stride 2, pad 1)–BatchNorm2d–ReLU, global average pool, Dense(64→10), cross-entropy. Pixels N(0, 1), labels
 * uniform in 0..9, seeded.
 */
public final class ConvWorkloads {

    private static final int STEPS_PER_REPEAT = 10;
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    private ConvWorkloads() {
    }

    /** @return the workloads' CNN, built through the layer kinds as an experiment file would describe it */
    public static Network network() {
        return new NetworkDescription(3 * 32 * 32, List.of(
                LayerDescription.of("UNFLATTEN").with("channels", 3),
                conv(16, 1), LayerDescription.of("BATCH_NORM2D"), LayerDescription.relu(),
                conv(32, 2), LayerDescription.of("BATCH_NORM2D"), LayerDescription.relu(),
                conv(64, 2), LayerDescription.of("BATCH_NORM2D"), LayerDescription.relu(),
                LayerDescription.of("GLOBAL_AVG_POOL"), LayerDescription.dense(10)), LossType.CROSS_ENTROPY).build();
    }

    private static LayerDescription conv(int out, int stride) {
        return LayerDescription.of("CONV2D").with("outChannels", out).with("kernel", 3).with("stride", stride)
                .with("padding", 1);
    }

    /** @return {@code n} images of N(0, 1) pixels with uniform labels 0..9 */
    public static Batch images(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * 3 * 32 * 32];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(10);
        }
        return new Batch(x, n, 3 * 32 * 32, y, 10, null, 0);
    }

    /** @return dense floating-point operations of one forward pass over {@code rows} images */
    public static double forwardFlops(int rows) {
        double perImage = 2.0 * (16 * 27 * 32 * 32 + 32 * 144 * 16 * 16 + 64 * 288 * 8 * 8 + 64 * 10);
        return rows * perImage;
    }

    /**
     * W5: training steps on one batch of 128 (forward, backward, SGD momentum 0.9, lr 0.01), BatchNorm on batch
     * statistics with running updates. A second of compiler warm-up on scratch parameters, one warm-up repetition,
     * then {@code repeat} timed repetitions of 10 steps.
     *
     * @return per-step times and the training loss after the timed steps
     */
    public static BenchmarkResult w5(int repeat, Consumer<String> log) {
        Network net = network();
        Batch batch = images(128, 5);
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 0);
        double[] buffers = net.initialBuffers();
        double[] grad = new double[params.length];
        Workspace ws = net.newWorkspace(batch.n());
        StepContext ctx = StepContext.of(0.01);
        double[] scratch = params.clone();
        double[] scratchBuffers = buffers.clone();
        OptimizerInstance warm = momentum(net);
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            net.gradient(ws, scratch, scratchBuffers, batch, PassMode.trainStep(0), grad);
            warm.step(scratch, grad, ctx);
        }
        OptimizerInstance opt = momentum(net);
        double[] seconds = new double[repeat];
        double loss = Double.NaN;
        for (int r = -1; r < repeat; r++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < STEPS_PER_REPEAT; s++) {
                loss = net.gradient(ws, params, buffers, batch, PassMode.trainStep(0), grad);
                opt.step(params, grad, ctx);
            }
            double perStep = (System.nanoTime() - t0) / 1e9 / STEPS_PER_REPEAT;
            if (r >= 0) {
                seconds[r] = perStep;
                log.accept(String.format("W5 repetition %d/%d: %.2f ms per step, loss %.4f", r + 1, repeat,
                        perStep * 1e3, loss));
            }
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("loss_after", net.loss(ws, params, buffers, batch, PassMode.trainFrozen(0)));
        return new BenchmarkResult("W5", "f64", Parallel.threads(), seconds, 3 * forwardFlops(batch.n()), check);
    }

    private static OptimizerInstance momentum(Network net) {
        return OptimizerRegistry.builtIns().require("momentum").create(net.parameterCount(),
                Map.of("lr", 0.01, "momentum", 0.9));
    }

    /**
     * W6: at the initial parameters, in evaluation mode, the top Hessian eigenvalue of the loss on one batch of 256
     * by 20 power iterations (seed 2): 20 exact Hessian-vector products. One warm-up run, then {@code repeat} timed.
     *
     * @return whole-workload times and λ_max
     */
    public static BenchmarkResult w6(int repeat, Consumer<String> log) {
        Network net = network();
        Batch batch = images(256, 6);
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 0);
        double[] buffers = net.initialBuffers();
        double[] seconds = new double[repeat];
        double lambda = Double.NaN;
        for (int r = -1; r < repeat; r++) {
            long t0 = System.nanoTime();
            var objective = new NetworkObjective(net, batch, buffers, PassMode.EVAL);
            EigenPairs top = PowerIteration.dominant(objective, params, 1, 20, 0, 2);
            lambda = top.values()[0];
            if (r >= 0) {
                seconds[r] = (System.nanoTime() - t0) / 1e9;
                log.accept(String.format("W6 repetition %d/%d: %.2f s, λ_max %.4f", r + 1, repeat, seconds[r],
                        lambda));
            }
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("lambda_max", lambda);
        return new BenchmarkResult("W6", "f64", Parallel.threads(), seconds, 20 * 4 * forwardFlops(batch.n()),
                check);
    }
}
