package org.losslandscape.compute.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.ModularArithmetic;
import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StepContext;

/**
 * W7 of the project's benchmark document: one full-batch training step (AdamW lr 1e-3, weight decay 1.0) of a
 * one-block transformer on W1's modular-addition split as token sequences {@code (a, b, =)}: vocabulary 98, width
 * 128, 4 heads, MLP 512 (ReLU), no LayerNorm, learned positional embeddings, logits at the last position.
 */
public final class AttentionWorkload {

    /** Width per position. */
    public static final int DIM = 128;
    /** Attention heads. */
    public static final int HEADS = 4;
    /** MLP hidden width. */
    public static final int MLP = 512;
    private static final int TOKENS = 3;
    private static final int STEPS_PER_REPEAT = 10;
    private static final long WARM_UP_NANOS = 2_000_000_000L;

    private AttentionWorkload() {
    }

    /** @return W1's split (same rows) with the features as {@code (a, b, =)} token ids */
    public static Split data() {
        return ModularArithmetic.split(Workloads.P, ModularArithmetic.Operation.ADD,
                ModularArithmetic.Encoding.SEQUENCE, 0.3, 0);
    }

    /** @return the description of W7's transformer */
    public static NetworkDescription description() {
        int p = Workloads.P;
        return new NetworkDescription(TOKENS, List.of(LayerDescription.embedding(p + 1, DIM, TOKENS),
                LayerDescription.positionalEmbedding(TOKENS), LayerDescription.transformerBlock(TOKENS, HEADS, MLP,
                        false), LayerDescription.selectPosition(TOKENS, -1), LayerDescription.dense(p)),
                LossType.CROSS_ENTROPY);
    }

    /** @return dense floating-point operations of one forward pass over {@code rows} rows */
    public static double forwardFlops(int rows) {
        double perPosition = 2.0 * (DIM * 3 * DIM + DIM * DIM + 2 * DIM * MLP);
        double attention = 2.0 * 2 * TOKENS * TOKENS * DIM; // scores and weighted values, all heads
        return rows * (TOKENS * perPosition + attention + 2.0 * DIM * Workloads.P);
    }

    /**
     * W7: two seconds of compiler warm-up on scratch parameters, one warm-up repetition, then {@code repeat} timed
     * repetitions of 10 full-batch steps.
     *
     * @return per-step times and the training loss after the timed steps
     */
    public static BenchmarkResult w7(int repeat, Consumer<String> log) {
        Split split = data();
        Network net = description().build();
        Batch batch = Batch.of(split.train());
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 0);
        double[] buffers = net.initialBuffers();
        double[] grad = new double[params.length];
        Workspace ws = net.newWorkspace(batch.n());
        double[] scratch = params.clone();
        OptimizerInstance warm = adamw(net);
        StepContext ctx = StepContext.of(1e-3);
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            net.gradient(ws, scratch, buffers, batch, PassMode.EVAL, grad);
            warm.step(scratch, grad, ctx);
        }
        OptimizerInstance opt = adamw(net);
        double[] seconds = new double[repeat];
        for (int r = -1; r < repeat; r++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < STEPS_PER_REPEAT; s++) {
                net.gradient(ws, params, buffers, batch, PassMode.EVAL, grad);
                opt.step(params, grad, ctx);
            }
            double perStep = (System.nanoTime() - t0) / 1e9 / STEPS_PER_REPEAT;
            if (r >= 0) {
                seconds[r] = perStep;
                log.accept(String.format("W7 repetition %d/%d: %.1f ms per step", r + 1, repeat, perStep * 1e3));
            }
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("loss_after", net.loss(ws, params, buffers, batch, PassMode.EVAL));
        return new BenchmarkResult("W7", "f64", Parallel.threads(), seconds, 3 * forwardFlops(batch.n()), check);
    }

    private static OptimizerInstance adamw(Network net) {
        return OptimizerRegistry.builtIns().require("adamw").create(net.parameterCount(),
                Map.of("lr", 1e-3, "weight_decay", 1.0));
    }
}
