package org.losslandscape.compute.landscape;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Evaluation;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * Computes loss and accuracy of a network on a dataset over the points of a {@link Plane} (evaluation mode,
 * {@link PassMode#EVAL}).
 * <ul>
 * <li><b>Parallel</b>: grid points are independent tasks of {@link Parallel#forEach}; each task borrows a worker
 * (workspace and parameter buffer) that no other task uses at the same time, so the kernels inside run inline and
 * every value is bit-identical for any thread count.</li>
 * <li><b>Progressive</b>: points are computed in stages — every 8th point of each axis, then every 4th, 2nd, all —
 * and a {@link StageListener} receives the surface after each stage.</li>
 * <li><b>Cancellable and resumable</b>: the monitor is polled between small groups of points; a cancelled run
 * leaves a valid partial {@link Surface}, and computing on a partial surface fills only the missing points. A
 * resumed run gives exactly the values of an uninterrupted one.</li>
 * <li><b>BatchNorm</b>: by default the given running statistics are kept at every point. With
 * {@link #recomputingBatchNorm}, each point first recomputes them as the mean and unbiased variance of one
 * training-mode pass over the whole training set as a single batch (PyTorch's cumulative average,
 * {@code momentum=None}, over one batch; dropout, if any, active with seed 0), then evaluates with them. The caller's
 * buffers are never written.</li>
 * <li><b>Shortcut</b>: when the first layer is a {@link Dense} on the data, its pre-activations are affine in the
 * plane's coordinates ({@code X·(W₀ + aU + bV)ᵀ = Z₀ + a·Z_U + b·Z_V}); the three products are computed once and
 * each point runs only the rest of the network (a ReLU right after it is applied in the same pass). Same values up to
 * rounding, two thirds fewer flops on an MLP.</li>
 * <li><b>Line sweep</b>: when the network is {@code Dense → ReLU → Dense} with softmax cross-entropy, whole grid
 * lines are evaluated by {@link ReluLineSweep}, which uses that the logits are piecewise quadratic along a line. The
 * monitor is then polled and told between lines, and a stage also sets the other points of the lines it sweeps. Same
 * values up to rounding, and still bit-identical for any thread count and after a resume.</li>
 * </ul>
 */
public final class SurfaceEvaluator {

    /** What BatchNorm layers use at each point. */
    public enum BatchNormStatistics {
        /** the running statistics given (default) */
        KEEP,
        /** recomputed on the training data at each point */
        RECOMPUTE
    }

    /**
     * Receives the surface after each progressive stage, and optionally after each group of points, on the thread
     * that called {@code compute} (no point is being written during a call).
     */
    @FunctionalInterface
    public interface StageListener {
        /**
         * @param surface the surface so far (live: read it here, copy it to keep it)
         * @param stride the stage's spacing: every stride-th point of each axis is now computed
         */
        void stageCompleted(Surface surface, int stride);

        /**
         * After each group of points (or grid line) within a stage: often, so throttle here (e.g. to save the points
         * of a long stage every few seconds). Does nothing by default.
         *
         * @param surface the surface so far (live)
         */
        default void pointsCompleted(Surface surface) {
        }
    }

    private static final int[] STRIDES = {8, 4, 2, 1};
    private static final int MAX_CHUNK = 4096;
    /** Largest precomputed first-layer product (entries) for the shortcut: 32 MB each. */
    private static final long SHORTCUT_LIMIT = 1L << 22;
    /** Values per layer in one block of rows of the shortcut's per-point pass: 256 KB, kept in the core's cache. */
    private static final int BLOCK_ENTRIES = 1 << 15;
    private static final int MIN_BLOCK_ROWS = 16;

    private final Network network;
    private final Plane plane;
    private final double[] buffers;
    private final Dataset data;
    private final Dataset training;
    private final Method method;

    /**
     * @param plane the slice; its origin and axes are read, never written
     * @param buffers running statistics, not modified
     * @param data the dataset the loss is measured on
     */
    public SurfaceEvaluator(Network network, Plane plane, double[] buffers, Dataset data) {
        this(network, plane, buffers, data, null, Method.FASTEST);
    }

    private SurfaceEvaluator(Network network, Plane plane, double[] buffers, Dataset data, Dataset training,
            Method method) {
        if (plane.dimension() != network.parameterCount()) {
            throw new IllegalArgumentException("the plane has dimension " + plane.dimension() + ", the network "
                    + network.parameterCount() + " parameters");
        }
        if (buffers.length != network.bufferCount()) {
            throw new IllegalArgumentException("buffers have " + buffers.length + " entries, the network "
                    + network.bufferCount());
        }
        this.network = network;
        this.plane = plane;
        this.buffers = buffers;
        this.data = data;
        this.training = training;
        this.method = method;
    }

    /** @return an evaluator that recomputes BatchNorm statistics on {@code trainingData} at each point */
    public SurfaceEvaluator recomputingBatchNorm(Dataset trainingData) {
        if (trainingData.size() < 2) {
            throw new IllegalArgumentException("recomputing BatchNorm statistics needs at least 2 training rows");
        }
        return new SurfaceEvaluator(network, plane, buffers, data, trainingData, method);
    }

    /** How points are evaluated; each applies where it can, else the next simpler one (for tests and comparisons). */
    enum Method {
        /** the whole network at each point */
        DIRECT,
        /** the first layer precomputed, the rest at each point */
        FIRST_LAYER,
        /** the first layer precomputed, and a one-hidden-layer ReLU network swept along grid lines */
        FASTEST
    }

    /** @return this evaluator using at most {@code method} (for tests and comparisons) */
    SurfaceEvaluator using(Method method) {
        return new SurfaceEvaluator(network, plane, buffers, data, training, method);
    }

    /** @return which statistics BatchNorm layers use */
    public BatchNormStatistics batchNormStatistics() {
        return training == null ? BatchNormStatistics.KEEP : BatchNormStatistics.RECOMPUTE;
    }

    /** @return a complete surface over {@code grid}, without progress or cancellation */
    public Surface compute(Grid grid) {
        Surface s = new Surface(grid);
        compute(s, ProgressMonitor.NONE, null);
        return s;
    }

    /**
     * Fills the missing points of {@code surface}, coarse stages first.
     *
     * @param surface written: each missing point gets its loss and accuracy and is marked computed
     * @param monitor progress (points) and cancellation; polled between groups of points
     * @param listener called after each stage that computed something, may be null
     * @return true when the surface is complete, false when cancelled (the surface then holds what was done)
     */
    public boolean compute(Surface surface, ProgressMonitor monitor, StageListener listener) {
        Grid grid = surface.grid();
        if (grid.ny() > 1 && plane.isLine()) {
            throw new IllegalArgumentException("a 2D grid needs a plane with two axes");
        }
        int total = grid.size() - surface.computedCount();
        if (total == 0) {
            return true;
        }
        FirstLayer pre = firstLayer();
        ReluLineSweep sweep = pre == null || method != Method.FASTEST ? null
                : ReluLineSweep.of(network, plane, data, pre);
        if (sweep != null) {
            return computeByLines(sweep, surface, total, monitor, listener);
        }
        ConcurrentLinkedQueue<Worker> pool = new ConcurrentLinkedQueue<>();
        WorkerFactory factory = pre == null ? DirectWorker::new : () -> new ShortcutWorker(pre);
        int group = Math.max(8, 4 * Parallel.threads());
        long done = 0;
        for (int stride : STRIDES) {
            int[] missing = missing(surface, stride);
            if (missing.length == 0) {
                continue;
            }
            String message = stride == 1 ? "all points" : "every " + stride + "th point";
            for (int from = 0; from < missing.length; from += group) {
                if (monitor.isCancelled()) {
                    return false;
                }
                int start = from;
                int count = Math.min(group, missing.length - from);
                Parallel.forEach(count, t -> {
                    int index = missing[start + t];
                    Worker w = pool.poll();
                    if (w == null) {
                        w = factory.create();
                    }
                    try {
                        Evaluation e = w.evaluate(grid.x(index / grid.ny()), grid.y(index % grid.ny()));
                        surface.set(index, e.loss(), e.accuracy());
                    } finally {
                        pool.add(w);
                    }
                });
                done += count;
                monitor.progress(done, total, "loss surface: " + message);
                if (listener != null) {
                    listener.pointsCompleted(surface);
                }
            }
            if (listener != null) {
                listener.stageCompleted(surface, stride);
            }
        }
        return true;
    }

    private static int[] missing(Surface surface, int stride) {
        Grid g = surface.grid();
        int[] out = new int[g.size()];
        int k = 0;
        for (int ix = 0; ix < g.nx(); ix += stride) {
            for (int iy = 0; iy < g.ny(); iy += stride) {
                int index = g.index(ix, iy);
                if (!surface.isComputed(index)) {
                    out[k++] = index;
                }
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Evaluates points; used by one task at a time. */
    private interface Worker {
        Evaluation evaluate(double a, double b);
    }

    @FunctionalInterface
    private interface WorkerFactory {
        Worker create();
    }

    /** @return the precomputed first layer for the shortcut, or null when it does not apply */
    private FirstLayer firstLayer() {
        List<Layer> layers = network.layers();
        if (method != Method.DIRECT && training == null && layers.size() >= 2 && layers.get(0) instanceof Dense first
                && !first.isScaled() && (long) data.size() * first.outputWidth() <= SHORTCUT_LIMIT && data.size() > 0) {
            return new FirstLayer(network, plane, buffers, data, first);
        }
        return null;
    }

    /**
     * The stages of {@link #compute(Surface, ProgressMonitor, StageListener)} by whole grid lines (along y, or along
     * x on a one-row grid), each computed by the sweep; the monitor is polled and told between lines. A stage sweeps
     * each of its lines that misses one of the stage's points, and sets every missing point of the line: a sweep costs
     * little more for all points than for a few, so each line is swept once.
     */
    private static boolean computeByLines(ReluLineSweep sweep, Surface surface, int total, ProgressMonitor monitor,
            StageListener listener) {
        Grid grid = surface.grid();
        boolean alongY = grid.ny() > 1;
        int length = alongY ? grid.ny() : grid.nx();
        double[] losses = new double[length];
        double[] accuracies = new double[length];
        long done = 0;
        for (int stride : STRIDES) {
            String message = stride == 1 ? "all points" : "every " + stride + "th point";
            boolean any = false;
            for (int line = 0; line < (alongY ? grid.nx() : 1); line += stride) {
                boolean[] needed = new boolean[length];
                int count = 0;
                boolean stagePoint = false;
                for (int j = 0; j < length; j++) {
                    if (!surface.isComputed(alongY ? grid.index(line, j) : grid.index(j, 0))) {
                        needed[j] = true;
                        count++;
                        stagePoint |= j % stride == 0;
                    }
                }
                if (!stagePoint) {
                    continue;
                }
                if (monitor.isCancelled()) {
                    return false;
                }
                sweep.line(grid, alongY, line, needed, losses, accuracies);
                for (int j = 0; j < length; j++) {
                    if (needed[j]) {
                        surface.set(alongY ? grid.index(line, j) : grid.index(j, 0), losses[j], accuracies[j]);
                    }
                }
                done += count;
                any = true;
                monitor.progress(done, total, "loss surface: " + message);
                if (listener != null) {
                    listener.pointsCompleted(surface);
                }
            }
            if (any && listener != null) {
                listener.stageCompleted(surface, stride);
            }
        }
        return true;
    }

    /** Evaluates the whole network at each point. */
    private final class DirectWorker implements Worker {
        private final double[] params = new double[network.parameterCount()];
        private final double[] ownBuffers = buffers.clone();
        private final Workspace ws = network.newWorkspace(Math.max(1, Math.min(MAX_CHUNK, data.size())));
        private final Workspace trainWs = training == null ? null : network.newWorkspace(training.size());
        private final Batch trainBatch = training == null ? null : Batch.of(training);
        private final double[] zeroRun = training == null ? null : new double[buffers.length];
        private final Batch whole = data.size() <= MAX_CHUNK ? Batch.of(data) : null;

        @Override
        public Evaluation evaluate(double a, double b) {
            plane.point(a, b, params);
            if (training != null) {
                recomputeStatistics();
            }
            return whole != null ? network.evaluate(ws, params, ownBuffers, whole)
                    : network.evaluate(ws, params, ownBuffers, data);
        }

        /**
         * A training pass updates {@code r ← (1 − m)·r + m·s}. From r = 0 it gives {@code m·s}, from r = 1 it gives
         * {@code 1 − m + m·s}; their difference yields m, hence s, for every buffer entry without knowing the
         * layers' momenta. Entries with m = 0 (not updated) keep the given value.
         */
        private void recomputeStatistics() {
            PassMode mode = PassMode.trainStep(0);
            Arrays.fill(ownBuffers, 0);
            network.loss(trainWs, params, ownBuffers, trainBatch, mode);
            System.arraycopy(ownBuffers, 0, zeroRun, 0, zeroRun.length);
            Arrays.fill(ownBuffers, 1);
            network.loss(trainWs, params, ownBuffers, trainBatch, mode);
            for (int i = 0; i < ownBuffers.length; i++) {
                double m = 1 - (ownBuffers[i] - zeroRun[i]);
                ownBuffers[i] = m > 1e-12 ? zeroRun[i] / m : buffers[i];
            }
        }
    }

    /**
     * Combines the precomputed first-layer products and runs the rest of the network, a block of rows at a time: a
     * block's activations (at most {@link #BLOCK_ENTRIES} values per layer) stay in the core's cache from one layer
     * to the next, where the whole batch's would go out to memory between every product and every activation. The
     * loss is the blocks' losses weighted by their rows, in block order (as {@link Network#evaluate} does).
     */
    private final class ShortcutWorker implements Worker {
        private final FirstLayer pre;
        private final double[] params;
        private final int blockRows;
        private final double[] features;
        private final int[][] labels;
        private final double[][] targets;
        private final Workspace ws;

        ShortcutWorker(FirstLayer pre) {
            this.pre = pre;
            this.params = new double[network.parameterCount() - pre.parameters];
            int widest = pre.width;
            for (Layer l : pre.tail.layers()) {
                widest = Math.max(widest, l.outputWidth());
            }
            int n = data.size();
            this.blockRows = Math.min(n, Math.max(MIN_BLOCK_ROWS, BLOCK_ENTRIES / widest));
            int blocks = (n + blockRows - 1) / blockRows;
            this.features = new double[blockRows * pre.width];
            this.labels = new int[blocks][];
            this.targets = new double[blocks][];
            for (int b = 0; b < blocks; b++) {
                int from = b * blockRows;
                int to = Math.min(n, from + blockRows);
                labels[b] = data.labels() == null ? null : Arrays.copyOfRange(data.labels(), from, to);
                targets[b] = data.targets() == null ? null
                        : Arrays.copyOfRange(data.targets(), from * data.targetCount(), to * data.targetCount());
            }
            this.ws = pre.tail.newWorkspace(blockRows);
        }

        @Override
        public Evaluation evaluate(double a, double b) {
            double[] o = plane.origin();
            double[] x = plane.xAxis();
            double[] y = plane.yAxis();
            int off = pre.parameters;
            if (y == null) {
                for (int i = 0; i < params.length; i++) {
                    params[i] = o[off + i] + a * x[off + i];
                }
            } else {
                for (int i = 0; i < params.length; i++) {
                    params[i] = o[off + i] + a * x[off + i] + b * y[off + i];
                }
            }
            int n = data.size();
            double sum = 0;
            long hits = 0;
            for (int block = 0, from = 0; from < n; block++, from += blockRows) {
                int rows = Math.min(blockRows, n - from);
                mix(a, b, from * pre.width, rows * pre.width);
                // a new batch for the new features: a batch keeps the sparse form of the features it first saw
                Batch batch = new Batch(features, rows, pre.width, labels[block], data.classCount(), targets[block],
                        data.targetCount());
                sum += pre.tail.loss(ws, params, pre.tailBuffers, batch, PassMode.EVAL) * rows;
                long h = pre.tail.loss().correct(ws.output(), pre.tail.outputWidth(), batch);
                hits = hits < 0 || h < 0 ? -1 : hits + h;
            }
            return new Evaluation(sum / n, hits < 0 ? Double.NaN : (double) hits / n, n);
        }

        /** {@code features[0, len) = z0 + a·zx + b·zy} from entry {@code start} (then ReLU, if it follows). */
        private void mix(double a, double b, int start, int len) {
            double[] z0 = pre.z0;
            double[] zx = pre.zx;
            double[] zy = pre.zy;
            if (zy == null) {
                if (pre.relu) {
                    for (int i = 0; i < len; i++) {
                        features[i] = Math.max(z0[start + i] + a * zx[start + i], 0);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        features[i] = z0[start + i] + a * zx[start + i];
                    }
                }
            } else if (pre.relu) {
                for (int i = 0; i < len; i++) {
                    features[i] = Math.max(z0[start + i] + a * zx[start + i] + b * zy[start + i], 0);
                }
            } else {
                for (int i = 0; i < len; i++) {
                    features[i] = z0[start + i] + a * zx[start + i] + b * zy[start + i];
                }
            }
        }
    }
}
