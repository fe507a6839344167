package org.losslandscape.compute.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Batches;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.data.ImageAugmentation;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.nn.Evaluation;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.optim.GradientClipping;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StepContext;

/**
 * The training loop: seeded mini-batches (or full batch), one optimizer step each, evaluations on the training
 * and validation sets, checkpoints, early stopping, divergence detection and cancellation.
 * <p>
 * Determinism: the batch order comes from the configuration's seed and the epoch, the dropout masks from the
 * seed and the step, and every kernel is independent of the thread count; the same inputs give bit-identical
 * results.
 */
public final class Trainer {

    private final Network network;
    private final Dataset train;
    private final Dataset validation;
    private final TrainingConfig config;
    /** Applied to every training batch before its step, or null. */
    private final ImageAugmentation augmentation;

    /**
     * @param validation validation data, or null
     */
    public Trainer(Network network, Dataset train, Dataset validation, TrainingConfig config) {
        this(network, train, validation, config, null);
    }

    private Trainer(Network network, Dataset train, Dataset validation, TrainingConfig config,
            ImageAugmentation augmentation) {
        this.network = network;
        this.train = train;
        this.validation = validation;
        this.config = config;
        this.augmentation = augmentation;
        Batch probe = Batch.of(train);
        String problem = network.loss().incompatibility(network.outputWidth(), probe);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (train.featureCount() != network.inputWidth()) {
            throw new IllegalArgumentException("the data has " + train.featureCount()
                    + " features per row but the network's first layer expects " + network.inputWidth());
        }
    }

    /**
     * @param augmentation applied to each training batch (seeded by step and row, so runs stay reproducible), or
     *            null for none; evaluations see the data as they are
     * @return a trainer like this one that augments its training batches
     */
    public Trainer withAugmentation(ImageAugmentation augmentation) {
        return new Trainer(network, train, validation, config, augmentation);
    }

    /** @return the steps' dropout seed: distinct per step, fixed by the run's seed */
    static long dropoutSeed(long seed, long step) {
        long z = seed * 0x9E3779B97F4A7C15L + step;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Trains from {@code params}.
     *
     * @param params starting parameters; not modified (the result holds the trained copy)
     * @param buffers starting buffers; not modified
     * @param optimizer a fresh or restored optimizer instance; stepped
     * @param listener callbacks, may be null
     * @param monitor progress and cancellation, may be null
     * @return the outcome; never throws for a diverging run
     */
    public TrainingResult run(double[] params, double[] buffers, OptimizerInstance optimizer,
            TrainingListener listener, ProgressMonitor monitor) {
        TrainingListener l = listener == null ? new TrainingListener() { } : listener;
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        long start = System.nanoTime();
        double[] theta = params.clone();
        double[] buf = buffers.clone();
        double[] grad = new double[theta.length];
        double[] before = new double[theta.length];
        int n = train.size();
        boolean full = config.batchSize() == 0 || config.batchSize() >= n;
        Batches batches = full ? Batches.fullBatch(n) : Batches.shuffled(n, config.batchSize(), config.seed());
        Batch fullBatch = full ? Batch.of(train) : null;
        Workspace ws = network.newWorkspace(full ? n : config.batchSize());
        Workspace evalWs = network.newWorkspace(Math.min(2048, Math.max(n, validation == null ? 1
                : validation.size())));
        List<EvaluationRecord> curve = new ArrayList<>();
        double[] losses = new double[(int) Math.min(config.steps(), 1024)];

        double bestLoss = Double.POSITIVE_INFINITY;
        long bestStep = -1;
        double[] bestParams = null;
        double[] bestBuffers = null;
        int sinceBest = 0;
        TrainingStatus status = TrainingStatus.COMPLETED;
        String message = "";
        long step = 0;

        EvaluationRecord first = evaluate(evalWs, theta, buf, 0, start);
        curve.add(first);
        l.evaluated(first);
        if (config.checkpointEvery() > 0) {
            l.checkpoint(0, theta.clone(), buf.clone(), optimizer.state());
        }
        while (step < config.steps()) {
            if (m.isCancelled()) {
                status = TrainingStatus.CANCELLED;
                message = "cancelled at step " + step;
                break;
            }
            Batch batch = full ? fullBatch : Batch.of(train, batches.rowsForStep(step));
            if (augmentation != null) {
                batch = augmentation.apply(batch, step);
            }
            long dropout = dropoutSeed(config.seed(), step);
            double lr = config.schedule().rate(step);
            double loss = network.gradient(ws, theta, buf, batch, PassMode.trainStep(dropout), grad);
            if (!Double.isFinite(loss) || !Vectors.allFinite(grad)) {
                status = TrainingStatus.DIVERGED;
                message = "the loss diverged at step " + step + " (loss " + loss
                        + "); lower the learning rate or clip the gradient";
                break;
            }
            if (config.clipNorm() > 0) {
                GradientClipping.clipByNorm(grad, config.clipNorm());
            }
            System.arraycopy(theta, 0, before, 0, theta.length);
            // SAM evaluates again at a perturbed point; the workspace is free again once the gradient is taken
            NetworkObjective objective = new NetworkObjective(network, batch, buf, PassMode.trainFrozen(dropout), ws);
            optimizer.step(theta, grad, new StepContext(lr, objective));
            if (!Vectors.allFinite(theta)) {
                System.arraycopy(before, 0, theta, 0, theta.length);
                status = TrainingStatus.DIVERGED;
                message = "the parameters became infinite at step " + step + "; lower the learning rate";
                break;
            }
            if (step == losses.length) {
                losses = Arrays.copyOf(losses, (int) Math.min(Integer.MAX_VALUE - 8, 2L * losses.length));
            }
            losses[(int) step] = loss;
            step++;
            l.step(step, loss, lr);
            l.afterStep(step, theta, buf);
            if (config.checkpointEvery() > 0 && step % config.checkpointEvery() == 0) {
                l.checkpoint(step, theta.clone(), buf.clone(), optimizer.state());
            }
            boolean last = step == config.steps();
            if (last || config.evaluateEvery() > 0 && step % config.evaluateEvery() == 0) {
                EvaluationRecord r = evaluate(evalWs, theta, buf, step, start);
                curve.add(r);
                l.evaluated(r);
                if (!Double.isFinite(r.trainLoss())) {
                    status = TrainingStatus.DIVERGED;
                    message = "the training loss is " + r.trainLoss() + " at step " + step;
                    break;
                }
                double watched = validation != null ? r.validationLoss() : r.trainLoss();
                if (watched < bestLoss - config.minDelta()) {
                    bestLoss = watched;
                    bestStep = step;
                    sinceBest = 0;
                    if (config.patience() > 0 && config.restoreBest()) {
                        bestParams = theta.clone();
                        bestBuffers = buf.clone();
                    }
                } else if (config.patience() > 0 && ++sinceBest >= config.patience()) {
                    status = TrainingStatus.EARLY_STOPPED;
                    message = "no validation improvement in " + config.patience() + " evaluations; best at step "
                            + bestStep;
                    break;
                }
            }
            m.progress(step, config.steps(), null);
        }
        if (status == TrainingStatus.EARLY_STOPPED && bestParams != null) {
            theta = bestParams;
            buf = bestBuffers;
        }
        if (curve.get(curve.size() - 1).step() != step && status != TrainingStatus.DIVERGED) {
            EvaluationRecord r = evaluate(evalWs, theta, buf, step, start);
            curve.add(r);
            l.evaluated(r);
        }
        return new TrainingResult(status, step, theta, buf, List.copyOf(curve), Arrays.copyOf(losses, (int) step),
                bestStep, (System.nanoTime() - start) / 1e9, message);
    }

    private EvaluationRecord evaluate(Workspace ws, double[] theta, double[] buf, long step, long start) {
        Evaluation t = network.evaluate(ws, theta, buf, train);
        Evaluation v = validation == null ? null : network.evaluate(ws, theta, buf, validation);
        return new EvaluationRecord(step, t.loss(), t.accuracy(), v == null ? Double.NaN : v.loss(),
                v == null ? Double.NaN : v.accuracy(), config.schedule().rate(step), (System.nanoTime() - start) / 1e9);
    }
}
