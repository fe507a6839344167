package org.losslandscape.compute.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.losslandscape.compute.curvature.EigenPairs;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.curvature.PowerIteration;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.ModularArithmetic;
import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.landscape.SurfaceEvaluator;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.optim.LearningRateSchedule;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.OptimizerRegistry;
import org.losslandscape.compute.optim.StepContext;
import org.losslandscape.compute.train.EvaluationRecord;
import org.losslandscape.compute.train.Trainer;
import org.losslandscape.compute.train.TrainingConfig;
import org.losslandscape.compute.train.TrainingListener;
import org.losslandscape.compute.train.TrainingResult;

/**
 * The benchmark workloads of the project's benchmark document, on modular addition with p = 97 (one-hot a ++
 * one-hot b, a seeded 30 % training split of the 9409 pairs, 2822 rows), an MLP 194 → 256 (ReLU) → 97 with
 * cross-entropy and PyTorch's default initialisation.
 */
public final class Workloads {

    /** The prime of the workloads. */
    public static final int P = 97;
    private static final int HIDDEN = 256;
    private static final int STEPS_PER_REPEAT = 20;
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    private Workloads() {
    }

    /** @return the workloads' data: the seeded 30 % training split and the rest as validation */
    public static Split data() {
        return ModularArithmetic.split(P, ModularArithmetic.Operation.ADD, ModularArithmetic.Encoding.ONE_HOT, 0.3, 0);
    }

    /** @return the workloads' network */
    public static Network network() {
        return new Network(List.of(new Dense(2 * P, HIDDEN), new Activation(Activation.Function.RELU, HIDDEN),
                new Dense(HIDDEN, P)), new SoftmaxCrossEntropy());
    }

    /** @return dense floating-point operations of one forward pass over {@code rows} rows */
    public static double forwardFlops(int rows) {
        return 2.0 * rows * (2 * P * HIDDEN + HIDDEN * P);
    }

    private static OptimizerInstance adamw(Network net) {
        return OptimizerRegistry.builtIns().require("adamw").create(net.parameterCount(),
                Map.of("lr", 1e-3, "weight_decay", 1.0));
    }

    /**
     * W1: full-batch training steps (forward, backward, AdamW lr 1e-3, weight decay 1.0). A second of compiler
     * warm-up on scratch parameters, then one warm-up repetition and {@code repeat} timed repetitions of 20 steps
     * each.
     *
     * @return per-step times and the training loss after the timed steps
     */
    public static BenchmarkResult w1(int repeat, Consumer<String> log) {
        Split split = data();
        Network net = network();
        Batch batch = Batch.of(split.train());
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 0);
        double[] buffers = net.initialBuffers();
        double[] grad = new double[params.length];
        Workspace ws = net.newWorkspace(batch.n());
        OptimizerInstance opt = adamw(net);
        StepContext ctx = StepContext.of(1e-3);
        double[] seconds = new double[repeat];
        compileWarmUp(net, ws, params, buffers, batch, grad);
        for (int r = -1; r < repeat; r++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < STEPS_PER_REPEAT; s++) {
                net.gradient(ws, params, buffers, batch, PassMode.EVAL, grad);
                opt.step(params, grad, ctx);
            }
            double perStep = (System.nanoTime() - t0) / 1e9 / STEPS_PER_REPEAT;
            if (r >= 0) {
                seconds[r] = perStep;
                log.accept(String.format("W1 repetition %d/%d: %.2f ms per step", r + 1, repeat, perStep * 1e3));
            }
        }
        double lossAfter = net.loss(ws, params, buffers, batch, PassMode.EVAL);
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("loss_after", lossAfter);
        return new BenchmarkResult("W1", "f64", Parallel.threads(), seconds, 3 * forwardFlops(batch.n()), check);
    }

    /**
     * Gives the JIT compiler about a second of training passes on a scratch copy of the parameters, so that the timed
     * steps measure compiled code rather than compilation (the timed run itself, with its one warm-up repetition,
     * starts from the given parameters as PyTorch's does, so the loss after it stays comparable).
     */
    private static void compileWarmUp(Network net, Workspace ws, double[] params, double[] buffers, Batch batch,
            double[] grad) {
        double[] scratch = params.clone();
        OptimizerInstance opt = adamw(net);
        StepContext ctx = StepContext.of(1e-3);
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            net.gradient(ws, scratch, buffers, batch, PassMode.EVAL, grad);
            opt.step(scratch, grad, ctx);
        }
    }

    /**
     * W2: a 51×51 loss surface on the training split along two random filter-normalised directions (biases not
     * perturbed, drawn one after the other from seed 1, not orthogonalised), range [−1, 1]², parallel over the grid
     * points. Each repetition computes the whole surface anew.
     *
     * @return whole-surface times and the surface's minimum, maximum and centre loss
     */
    public static BenchmarkResult w2(int repeat, Consumer<String> log) {
        Split split = data();
        return surface("W2", network(), split, forwardFlops(split.train().size()), repeat, log);
    }

    /**
     * W2's recipe for any network: its 51×51 loss surface on the training split, over [−1, 1]² along two random
     * filter-normalised directions (biases not perturbed, drawn one after the other from seed 1, not orthogonalised)
     * around its initial parameters; each repetition computes the whole surface anew (also W2D and W2G).
     *
     * @param flopsPerPoint the dense flops of one forward pass over the split
     * @return whole-surface times and the surface's minimum, maximum and centre loss
     */
    static BenchmarkResult surface(String id, Network net, Split split, double flopsPerPoint, int repeat,
            Consumer<String> log) {
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 0);
        Plane plane = Directions.randomPlane(net, params, Directions.Normalization.FILTER, false, false, 1);
        SurfaceEvaluator evaluator = new SurfaceEvaluator(net, plane, net.initialBuffers(), split.train());
        Grid grid = Grid.defaultSquare();
        double[] seconds = new double[repeat];
        Surface surface = null;
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            surface = evaluator.compute(grid);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            log.accept(String.format("%s repetition %d/%d: %.2f s", id, r + 1, repeat, seconds[r]));
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("surface_min", surface.minLoss());
        check.put("surface_max", surface.maxLoss());
        check.put("centre_loss", surface.loss(grid.nx() / 2, grid.ny() / 2));
        return new BenchmarkResult(id, "f64", Parallel.threads(), seconds, grid.size() * flopsPerPoint, check);
    }

    /**
     * W3: on the full training split at the initial parameters, the top Hessian eigenvalue by 20 power iterations
     * (seed 2) and the trace by 100 Rademacher Hutchinson probes (seed 2), the probes in parallel with one objective
     * (workspace) per thread.
     *
     * @return whole-workload times and λ_max and the trace
     */
    public static BenchmarkResult w3(int repeat, Consumer<String> log) {
        Split split = data();
        Network net = network();
        Batch batch = Batch.of(split.train());
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 0);
        double[] buffers = net.initialBuffers();
        double[] seconds = new double[repeat];
        double lambda = Double.NaN;
        double trace = Double.NaN;
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            var objective = new NetworkObjective(net, batch, buffers, PassMode.EVAL);
            EigenPairs top = PowerIteration.dominant(objective, params, 1, 20, 0, 2);
            lambda = top.values()[0];
            trace = Hutchinson.estimate(() -> new NetworkObjective(net, batch, buffers, PassMode.EVAL), params, 100,
                    2).trace();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            log.accept(String.format("W3 repetition %d/%d: %.2f s", r + 1, repeat, seconds[r]));
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("lambda_max", lambda);
        check.put("trace", trace);
        return new BenchmarkResult("W3", "f64", Parallel.threads(), seconds, 120 * 4 * forwardFlops(batch.n()),
                check);
    }

    /**
     * W4: the grokking run end to end: full-batch AdamW (lr 1e-3, weight decay 1.0) until the validation accuracy
     * reaches 0.95 or 30,000 steps, evaluating every 100 steps.
     *
     * @return wall times and the fit and grok steps
     */
    public static BenchmarkResult w4(int repeat, Consumer<String> log) {
        Split split = data();
        Network net = network();
        double[] seconds = new double[repeat];
        Long grok = null;
        Long fit = null;
        for (int r = 0; r < repeat; r++) {
            long[] firstFit = {-1};
            long[] firstGrok = {-1};
            long t0 = System.nanoTime();
            var config = TrainingConfig.fullBatch(30_000, 100, LearningRateSchedule.constant(1e-3), 0);
            TrainingResult result = new Trainer(net, split.train(), split.validation(), config).run(
                    net.initialParameters(Initializer.pytorchDefault(), 0), net.initialBuffers(), adamw(net),
                    new TrainingListener() {
                        @Override
                        public void evaluated(EvaluationRecord e) {
                            if (firstFit[0] < 0 && e.trainAccuracy() >= 1.0) {
                                firstFit[0] = e.step();
                            }
                            if (firstGrok[0] < 0 && e.validationAccuracy() >= 0.95) {
                                firstGrok[0] = e.step();
                            }
                            if (e.step() % 1000 == 0) {
                                log.accept(String.format("W4 step %d: train acc %.3f, validation acc %.3f", e.step(),
                                        e.trainAccuracy(), e.validationAccuracy()));
                            }
                        }
                    }, new StopWhen(() -> firstGrok[0] >= 0));
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            fit = firstFit[0] < 0 ? null : firstFit[0];
            grok = firstGrok[0] < 0 ? null : firstGrok[0];
            log.accept(String.format("W4 repetition %d/%d: %.1f s, %d steps, fit at %s, grokked at %s", r + 1, repeat,
                    seconds[r], result.steps(), fit, grok));
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("grok_step", grok);
        check.put("fit_step", fit);
        return new BenchmarkResult("W4", "f64", Parallel.threads(), seconds, 0, check);
    }

    /** Cancels a run once a condition holds (the trainer checks it before each step). */
    private record StopWhen(java.util.function.BooleanSupplier condition)
            implements org.losslandscape.compute.train.ProgressMonitor {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return condition.getAsBoolean();
        }
    }
}
