package org.losslandscape.core.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Parallel;
import org.losslandscape.compute.nn.Layer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.train.TrainingConfig;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.BatchNormMode;
import org.losslandscape.model.DataSplit;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.EdgeOfStabilityAnalysis;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.HessianAnalysis;
import org.losslandscape.model.HessianMethod;
import org.losslandscape.model.ModeConnectivityAnalysis;
import org.losslandscape.model.SharpnessAnalysis;
import org.losslandscape.model.SpectralDensityAnalysis;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TraceAnalysis;
import org.losslandscape.model.TrajectoryPcaAnalysis;

/**
 * The memory a run will need, estimated before any of it is allocated, against the heap it may use
 * ({@link Runtime#maxMemory()}): the data, the parameter vectors, the network's activations for a training batch,
 * an evaluation chunk and the full training set (curvature analyses), the checkpoints kept in memory, and the
 * largest analysis (a surface's grid, the Lanczos basis). Whatever cannot fit, or cannot even be one Java array,
 * becomes a problem that names the setting, the estimate and the remedy. All sizes are {@code long} and every
 * product is {@link Math#multiplyExact overflow-checked} (saturating), so no setting wraps around.
 *
 * <p>The estimates are lower bounds of what the engine allocates (its own arrays, not the JVM's overhead): a run
 * refused here would certainly fail; one accepted may still be tight. Not thread-safe; one per compilation.
 */
final class RunBudget {

    /** Rows of one evaluation chunk ({@code Trainer} and {@code Network.evaluate}). */
    static final int EVAL_CHUNK = 2048;
    /** Rows of one surface evaluation chunk per thread ({@code SurfaceEvaluator}). */
    static final int SURFACE_CHUNK = 4096;
    /** Lanczos keeps up to this many basis vectors ({@code Lanczos.Options.defaults()}). */
    static final int LANCZOS_STEPS = 300;
    /** Copies of the parameter vector a run keeps: current, initial, gradient, previous, best, optimizer state. */
    static final int PARAMETER_COPIES = 8;
    /** The largest Java array, in elements (a little below Integer.MAX_VALUE, as the JDK's own limit). */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;
    /** A fraction of the heap left to everything not estimated: the model, the JVM, the editor, garbage. */
    static final double USABLE_FRACTION = 0.85;
    /** The rate used for time estimates: multiply-adds per second, about what two cores reach on these kernels. */
    static final double RATE = 5e9;
    /** Surfaces estimated to take longer than this (seconds) say so. */
    static final double LONG_SECONDS = 3600;

    private static final String REMEDY_HEAP = "give the JVM more heap with LANDSCAPE_JAVA_OPTS=-Xmx";

    private final long heap;
    private final List<ExperimentProblem> problems;

    /** What one part of a run needs. */
    private record Item(Object element, String what, long bytes, String remedy) {
    }

    /**
     * @param heap the bytes the JVM may use, normally {@link Runtime#maxMemory()}
     * @param problems where problems are added
     */
    RunBudget(long heap, List<ExperimentProblem> problems) {
        this.heap = heap;
        this.problems = problems;
    }

    /**
     * Checks the analyses' settings that depend on the network (top-k above the parameter count) and the memory of
     * the whole run.
     *
     * @return whether no problem was added
     */
    boolean check(Experiment experiment, Dataset train, Dataset validation, Network network, TrainingConfig config) {
        int before = problems.size();
        long params = network.parameterCount();
        long perRow = doublesPerRow(network);
        int n = train.size();
        int validationRows = validation == null ? 0 : validation.size();
        List<Item> always = new ArrayList<>();
        long values = train.featureCount() + (long) train.targetCount();
        always.add(new Item(experiment.getDataset(), "dataset: the data (" + n
                + (validationRows > 0 ? " + " + validationRows : "") + " rows × " + values + " values)",
                bytes(sum(n, validationRows), values), "use fewer rows or features"));
        always.add(new Item(experiment.getNetwork(), "network: the parameter vectors (" + params + " parameters × "
                + PARAMETER_COPIES + " copies)", bytes(params, PARAMETER_COPIES), "make the layers smaller"));
        int batch = config.batchSize() == 0 || config.batchSize() >= n ? n : config.batchSize();
        String batchText = config.batchSize() == 0 || config.batchSize() >= n ? "the full batch of " + n + " rows"
                : "a batch of " + batch + " rows";
        if (!fitsArray(experiment.getTraining(), "training", batch, network)) {
            return false;
        }
        always.add(new Item(experiment.getTraining(), "training: " + batchText + " (" + perRow
                + " activation values per row)", bytes(batch, perRow), config.batchSize() == 0
                        || config.batchSize() >= n ? "set a batch size, e.g. 64, or make the network smaller"
                                : "lower the batch size or make the network smaller"));
        int evalRows = Math.min(EVAL_CHUNK, Math.max(n, validationRows));
        if (!fitsArray(experiment.getNetwork(), "evaluation", evalRows, network)) {
            return false;
        }
        always.add(new Item(experiment.getNetwork(), "network: evaluation in chunks of " + evalRows + " rows ("
                + perRow + " activation values per row)", bytes(evalRows, perRow), "make the network smaller (fewer "
                        + "units or classes)"));
        long checkpoints = checkpoints(experiment, config);
        if (checkpoints > 0) {
            always.add(new Item(experiment.getTraining(), "training: " + checkpoints + " checkpoints of " + params
                    + " parameters kept for the trajectory", bytes(checkpoints, params, 2),
                    "set a larger checkpointEvery"));
        }
        Item largestAnalysis = null;
        for (AnalysisSpec a : experiment.getAnalyses()) {
            if (!a.isEnabled()) {
                continue;
            }
            Item item = analysis(a, train, validation, network, params, perRow);
            if (item != null && (largestAnalysis == null || item.bytes() > largestAnalysis.bytes())) {
                largestAnalysis = item;
            }
        }
        if (problems.size() > before) {
            return false;
        }
        List<Item> all = new ArrayList<>(always);
        if (largestAnalysis != null) {
            all.add(largestAnalysis);
        }
        long usable = (long) (heap * USABLE_FRACTION);
        for (Item item : all) {
            if (item.bytes() > usable) {
                add(item.element(), item.what() + " needs about " + size(item.bytes()) + ", more than the "
                        + size(heap) + " heap this JVM may use; " + item.remedy() + ", or " + REMEDY_HEAP
                        + suggestedHeap(item.bytes()));
            }
        }
        if (problems.size() > before) {
            return false;
        }
        long total = 0;
        for (Item item : all) {
            total = sum(total, item.bytes());
        }
        if (total > usable) {
            all.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
            StringBuilder parts = new StringBuilder();
            for (Item item : all.subList(0, Math.min(3, all.size()))) {
                parts.append(parts.isEmpty() ? "" : "; ").append(item.what()).append(": ").append(size(item.bytes()));
            }
            add(experiment, "experiment: a run needs about " + size(total) + ", more than the " + size(heap)
                    + " heap this JVM may use (" + parts + "); " + all.get(0).remedy() + ", or " + REMEDY_HEAP
                    + suggestedHeap(total));
        }
        return problems.size() == before;
    }

    /** @return the memory of one analysis at its peak, or null when it is small; may add problems */
    private Item analysis(AnalysisSpec a, Dataset train, Dataset validation, Network network, long params,
            long perRow) {
        String what = "analysis '" + (a.getName() == null ? a.eClass().getName() : a.getName()) + "': ";
        int n = train.size();
        if (a instanceof HessianAnalysis h) {
            topK(h, what, params);
            long full = bytes(n, perRow);
            if (h.getMethod() == HessianMethod.DENSE) {
                return null; // limited to a small dimension by the engine (the run notes it)
            }
            long k = Math.max(h.getTopK(), h.getBottomK());
            long basis = Math.min(params, Math.max(LANCZOS_STEPS, k));
            return new Item(h, what + "the Hessian on the " + n + " training rows (" + basis + " Lanczos vectors of "
                    + params + " parameters, and the activations of every row)", sum(bytes(basis, params), full),
                    "make the network smaller or use fewer training rows");
        }
        if (a instanceof TraceAnalysis || a instanceof SpectralDensityAnalysis || a instanceof SharpnessAnalysis
                || a instanceof ModeConnectivityAnalysis || a instanceof EdgeOfStabilityAnalysis) {
            if (!fitsArray(a, what.substring(0, what.length() - 2), n, network)) {
                return null;
            }
            long basis = a instanceof EdgeOfStabilityAnalysis || a instanceof SharpnessAnalysis
                    ? bytes(Math.min(params, LANCZOS_STEPS), params) : 0;
            return new Item(a, what + "curvature on the " + n + " training rows at once (" + perRow
                    + " activation values per row)", sum(bytes(n, perRow), basis),
                    "use fewer training rows or a smaller network");
        }
        if (a instanceof SurfaceAnalysis s) {
            return surface(s, what, train, validation, network, params, perRow);
        }
        return null;
    }

    private void topK(HessianAnalysis h, String what, long params) {
        if (h.getTopK() < 0 || h.getBottomK() < 0) {
            add(h, what + "topK and bottomK must be ≥ 0, got " + h.getTopK() + " and " + h.getBottomK());
        }
        if (h.getTopK() > params) {
            add(h, what + "topK = " + h.getTopK() + " is more than the network's " + params + " parameters (the "
                    + "Hessian has " + params + " eigenvalues); set topK to at most " + params);
        }
        if (h.getBottomK() > params) {
            add(h, what + "bottomK = " + h.getBottomK() + " is more than the network's " + params + " parameters "
                    + "(the Hessian has " + params + " eigenvalues); set bottomK to at most " + params);
        }
    }

    /** The most points per axis of a curvature map: each point costs a Lanczos run. */
    private static final int MAX_CURVATURE_POINTS = 41;

    private Item surface(SurfaceAnalysis s, String what, Dataset train, Dataset validation, Network network,
            long params, long perRow) {
        int res = s.getResolution();
        boolean line = s.getDimensions() == 1;
        if (s.getDimensions() != 1 && s.getDimensions() != 2) {
            add(s, what + "dimensions must be 1 (a line) or 2 (a plane), got " + s.getDimensions());
            return null;
        }
        if (res < 2) {
            add(s, what + "resolution must be at least 2 points per axis, got " + res + "; e.g. 51");
            return null;
        }
        int curvature = s.getCurvatureResolution();
        if (curvature < 0 || curvature == 1 || curvature > MAX_CURVATURE_POINTS) {
            add(s, what + "curvatureResolution must be 0 (no curvature map) or 2.." + MAX_CURVATURE_POINTS
                    + " points per axis, got " + curvature + "; e.g. 7");
        } else if (curvature > 0 && s.getCurvatureSteps() < 2) {
            add(s, what + "curvatureSteps must be at least 2 Lanczos steps per point, got " + s.getCurvatureSteps()
                    + "; e.g. 20");
        }
        long points = line ? res : times(res, res);
        String grid = line ? res + " points" : "a " + res + " × " + res + " grid (" + points + " points)";
        if (points > MAX_ARRAY) {
            add(s, what + "resolution " + res + " makes " + grid + ", about " + size(bytes(points, 2))
                    + " of results and more points than one array can hold (" + MAX_ARRAY + "); lower the "
                    + "resolution, e.g. to 51 or 101");
            return null;
        }
        long rows = 0;
        int largest = 0;
        if (s.getDataSplit() != DataSplit.VALIDATION) {
            rows += train.size();
            largest = train.size();
        }
        if (s.getDataSplit() != DataSplit.TRAIN && validation != null) {
            rows += validation.size();
            largest = Math.max(largest, validation.size());
        }
        int chunk = Math.max(1, Math.min(SURFACE_CHUNK, largest));
        long workspaces = bytes(Parallel.threads(), chunk, perRow);
        if (s.getBatchNormMode() == BatchNormMode.RECOMPUTE) {
            workspaces = sum(workspaces, bytes(train.size(), perRow));
        }
        // losses and accuracies, the computed marks, and the copy that is written
        long values = sum(bytes(points, 3), points / 8);
        double seconds = (double) points * rows * 2.0 * params / RATE;
        String time = seconds > LONG_SECONDS ? ", about " + duration(seconds) + " of computing," : "";
        String remedy = "lower the resolution (e.g. 51)" + (line ? "" : " or use dimensions = 1 for a line");
        return new Item(s, what + grid + " on " + rows + " rows" + time, sum(values, workspaces), remedy);
    }

    /** @return the checkpoints a run keeps in memory: those asked for, or the trajectory's default 20 */
    private static long checkpoints(Experiment experiment, TrainingConfig config) {
        if (config.checkpointEvery() > 0) {
            return config.steps() / config.checkpointEvery() + 1;
        }
        boolean trajectory = experiment.getAnalyses().stream().anyMatch(a -> a.isEnabled()
                && (a instanceof TrajectoryPcaAnalysis || a instanceof SurfaceAnalysis s
                        && s.getDirectionKind() == DirectionKind.PCA_TRAJECTORY));
        return trajectory ? 21 : 0;
    }

    /**
     * @return whether every layer's activations for {@code rows} rows fit one Java array; else adds a problem (this is
     *         what overflowed as a negative array size before)
     */
    private boolean fitsArray(Object element, String what, int rows, Network network) {
        long widest = widest(network);
        long values = times(rows, widest);
        if (values <= MAX_ARRAY) {
            return true;
        }
        add(element, what + ": " + rows + " rows × " + widest + " values (the widest layer) make " + values
                + " activation values, more than one array can hold (" + MAX_ARRAY + "); "
                + (what.equals("training") ? "set a batch size (e.g. 64) or " : "use fewer rows or ")
                + "make the widest layer (or the number of classes) smaller");
        return false;
    }

    /** @return the widest input or output of any layer, nested ones included */
    private static long widest(Network network) {
        long widest = Math.max(network.inputWidth(), network.outputWidth());
        List<Layer> pending = new ArrayList<>(network.layers());
        while (!pending.isEmpty()) {
            Layer l = pending.remove(pending.size() - 1);
            widest = Math.max(widest, Math.max(l.inputWidth(), l.outputWidth()));
            pending.addAll(l.children());
        }
        return widest;
    }

    /**
     * @return the doubles a workspace holds per row: every layer's output, input gradient and their tangents (four
     *         arrays per layer, nested ones included), and the loss's two
     */
    static long doublesPerRow(Network network) {
        long total = 2L * network.outputWidth();
        List<Layer> pending = new ArrayList<>(network.layers());
        while (!pending.isEmpty()) {
            Layer l = pending.remove(pending.size() - 1);
            total = sum(total, times(2, sum(l.inputWidth(), l.outputWidth())));
            pending.addAll(l.children());
        }
        return total;
    }

    private void add(Object element, String message) {
        problems.add(new ExperimentProblem(element instanceof org.eclipse.emf.ecore.EObject e ? e : null, message));
    }

    /** @return the heap to suggest: the estimate with headroom, rounded up to whole gigabytes */
    private static String suggestedHeap(long bytes) {
        long gb = (long) Math.ceil(bytes / USABLE_FRACTION / (1L << 30));
        return Math.max(2, gb) + "g";
    }

    /** @return 8 bytes per double times the factors, saturating at Long.MAX_VALUE */
    static long bytes(long... factors) {
        long b = 8;
        for (long f : factors) {
            b = times(b, f);
        }
        return b;
    }

    /** @return a·b, or Long.MAX_VALUE when it overflows (sizes are never negative) */
    static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** @return a+b, or Long.MAX_VALUE when it overflows */
    static long sum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** @return e.g. "512 MB", "3.2 GB", "160 GB" */
    static String size(long bytes) {
        if (bytes == Long.MAX_VALUE) {
            return "more than 8 EB";
        }
        double mb = bytes / (double) (1L << 20);
        if (mb < 1024) {
            return String.format(Locale.ROOT, "%.0f MB", Math.max(1, mb));
        }
        double gb = mb / 1024;
        return gb < 10 ? String.format(Locale.ROOT, "%.1f GB", gb) : String.format(Locale.ROOT, "%,.0f GB", gb);
    }

    private static String duration(double seconds) {
        if (seconds < 2 * 3600) {
            return String.format(Locale.ROOT, "%.0f minutes", seconds / 60);
        }
        if (seconds < 3 * 86400) {
            return String.format(Locale.ROOT, "%.0f hours", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%,.0f days", seconds / 86400);
    }
}
