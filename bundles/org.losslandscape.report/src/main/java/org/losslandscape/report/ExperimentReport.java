package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * The static HTML report of an experiment, built from what its runs stored: training curves of every run
 * overlaid, and for the latest completed run its landscapes (with the optimizer's trajectory on PCA planes), 1D
 * slices, Hessian eigenvalues and spectral density, plus the configuration and the runs' metrics.
 */
public final class ExperimentReport {

    private static final Pattern X_RANGE = Pattern.compile("x in \\[([-0-9.eE+]+), ([-0-9.eE+]+)\\]");
    private static final Pattern Y_RANGE = Pattern.compile("y in \\[([-0-9.eE+]+), ([-0-9.eE+]+)\\]");
    private static final Pattern POINTS = Pattern.compile("\\b(\\d{1,9}) points per axis");

    private ExperimentReport() {
    }

    /**
     * Writes the report into {@code folder}.
     *
     * @param experimentFile the experiment's file (result references are relative to it)
     * @return the path of {@code index.html}
     * @throws IOException when a result file cannot be read or the report cannot be written
     */
    public static Path write(Path experimentFile, Experiment experiment, Path folder) throws IOException {
        return build(experimentFile, experiment).write(folder);
    }

    /**
     * @return the report of the experiment's stored results
     * @throws IOException naming the file when any result cannot be read or has another shape than its kind needs
     */
    public static HtmlReport build(Path experimentFile, Experiment experiment) throws IOException {
        return strict(skipped -> build(experimentFile, experiment, skipped));
    }

    /**
     * The report of the results that can be used: a result that cannot be read, lies outside the results folder or
     * has another shape than its kind needs is left out, with one line to {@code skipped} naming the file and why
     * (for a shape: the expected and the actual one).
     */
    public static HtmlReport build(Path experimentFile, Experiment experiment, Consumer<String> skipped) {
        List<HtmlReport.Figure> figures = new ArrayList<>();
        curves(experimentFile, experiment, figures, skipped);
        Run last = lastCompleted(experiment);
        if (last != null) {
            analyses(experimentFile, last, figures, skipped);
        }
        Map<String, Map<String, String>> sections = configuration(experiment);
        VariantComparison.add(experimentFile, experiment, figures, sections, skipped);
        return new HtmlReport(experiment.getName(), sections, figures, HtmlReport.Images.PNG, 900, 560);
    }

    /** A part of a report that skips what it cannot use. */
    @FunctionalInterface
    private interface Tolerant<T> {
        T build(Consumer<String> skipped);
    }

    /** @return the part, or the first skip as an exception: for callers that want all or nothing */
    private static <T> T strict(Tolerant<T> part) throws IOException {
        List<String> skips = new ArrayList<>();
        T result = part.build(skips::add);
        if (!skips.isEmpty()) {
            throw new IOException(skips.get(0) + (skips.size() > 1 ? " (and " + (skips.size() - 1) + " more)" : ""));
        }
        return result;
    }

    /** A use of one result file. */
    @FunctionalInterface
    private interface ResultUse {
        void apply() throws IOException;
    }

    /**
     * Applies {@code use} to one result; when the file cannot be read or is not shaped as its kind requires (edited,
     * or from another version), tells {@code skipped} which file and why, and goes on.
     */
    private static void each(ResultRef ref, Consumer<String> skipped, ResultUse use) {
        try {
            use.apply();
        } catch (IOException | RuntimeException e) {
            skipped.accept(skipMessage(ref, e));
        }
    }

    /** @return "skipped URI (run ID): why" */
    static String skipMessage(ResultRef ref, Exception e) {
        return "skipped " + problem(ref, e);
    }

    /** @return "URI (run ID): why" */
    private static String problem(ResultRef ref, Exception e) {
        String run = ref.eContainer() instanceof Run r ? " (run " + r.getId() + ")" : "";
        String why = e.getMessage() == null || e.getMessage().isBlank() ? "its content cannot be used"
                : e.getMessage();
        // the run is already named: drop its prefix from the reason
        if (ref.eContainer() instanceof Run r && why.startsWith("run " + r.getId() + ": ")) {
            why = why.substring(("run " + r.getId() + ": ").length());
        }
        return ref.getUri() + run + ": " + why;
    }

    /** @return the training curves of every run that stored them, by run id, in run order */
    public static Map<String, CurveTable> curveTables(Path experimentFile, Experiment experiment) throws IOException {
        return strict(skipped -> curveTables(experimentFile, experiment, skipped));
    }

    /** @return the training curves that can be read, by run id; each other one is reported to {@code skipped} */
    public static Map<String, CurveTable> curveTables(Path experimentFile, Experiment experiment,
            Consumer<String> skipped) {
        Map<String, CurveTable> tables = new LinkedHashMap<>();
        for (Run r : experiment.getRuns()) {
            for (ResultRef ref : r.getResults()) {
                if (ref.getKind() == ResultKind.CURVES) {
                    each(ref, skipped, () -> {
                        double[][] c = columns(read(experimentFile, ref), 5);
                        tables.put(r.getId(), new CurveTable(c[0], c[1], c[2], c[3], c[4]));
                    });
                }
            }
        }
        return tables;
    }

    /** @return the surfaces of a run by result name (file name without .npy), with their grid coordinates */
    public static Map<String, Surface> surfaces(Path experimentFile, Run run) throws IOException {
        return strict(skipped -> surfaces(experimentFile, run, skipped));
    }

    /** @return the surfaces that can be read, by result name; each other one is reported to {@code skipped} */
    public static Map<String, Surface> surfaces(Path experimentFile, Run run, Consumer<String> skipped) {
        Map<String, Surface> surfaces = new LinkedHashMap<>();
        for (ResultRef ref : run.getResults()) {
            if (ref.getKind() != ResultKind.SURFACE) {
                continue;
            }
            String uri = ref.getUri();
            each(ref, skipped, () -> surfaces.put(uri.substring(uri.lastIndexOf('/') + 1).replaceAll("\\.npy$", ""),
                    surfaceOf(ref, read(experimentFile, ref))));
        }
        return surfaces;
    }

    /**
     * @return the toy-surface charts of a run by result name: each surface with its optimizer paths and its typed
     *         critical points, as the report draws them
     */
    public static Map<String, ChartSpec> toySurfaces(Path experimentFile, Run run) throws IOException {
        return strict(skipped -> {
            Map<String, ChartSpec> charts = new LinkedHashMap<>();
            for (ResultRef ref : run.getResults()) {
                if (ref.getKind() == ResultKind.TOY && !ToyFigures.isSideFile(ref)) {
                    String uri = ref.getUri();
                    String name = uri.substring(uri.lastIndexOf('/') + 1).replaceAll("\\.npy$", "");
                    each(ref, skipped, () -> charts.put(name, ToyFigures.figure(experimentFile, run, ref, "toy")
                            .chart()));
                }
            }
            return charts;
        });
    }

    /** @return the latest completed run, or null */
    public static Run lastCompleted(Experiment experiment) {
        Run last = null;
        for (Run r : experiment.getRuns()) {
            if (r.getStatus() == RunStatus.COMPLETED) {
                last = r;
            }
        }
        return last;
    }

    /**
     * @return the first result of that kind in the run, read as a table of its first {@code count} columns (each an
     *         array over the rows), or null when the run has none
     * @throws IOException when the file cannot be read or has another shape
     */
    public static double[][] firstTable(Path experimentFile, Run run, ResultKind kind, int count) throws IOException {
        for (ResultRef ref : run.getResults()) {
            if (ref.getKind() == kind) {
                NpyArray a = read(experimentFile, ref);
                try {
                    return a.rank() == 1 && count == 1 ? new double[][] {a.data()} : columns(a, count);
                } catch (IllegalArgumentException e) {
                    throw new IOException(problem(ref, e), e);
                }
            }
        }
        return null;
    }

    /**
     * @return the first {@code count} columns of a 2-D result array, each as an array over the rows
     * @throws IllegalArgumentException when the array has another rank or fewer columns (caught at the entry points)
     */
    static double[][] columns(NpyArray a, int count) {
        if (a.rank() != 2 || a.shape()[1] < count) {
            throw new IllegalArgumentException("expected shape [rows, " + count + " or more columns], the file has "
                    + "shape " + java.util.Arrays.toString(a.shape()));
        }
        int rows = a.shape()[0];
        int cols = a.shape()[1];
        double[][] c = new double[count][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < count; j++) {
                c[j][i] = a.data()[i * cols + j];
            }
        }
        return c;
    }

    /**
     * @return a stored surface with its grid, whose range the result's description gives (default [-1, 1])
     * @throws IllegalArgumentException when the array's shape is not the one the description gives (1D or 2D, the
     *         points per axis), or not a surface's at all
     */
    static Surface surfaceOf(ResultRef ref, NpyArray s) {
        String description = ref.getDescription() == null ? "" : ref.getDescription();
        checkSurfaceShape(description, s.shape());
        double[] xr = range(X_RANGE, description, -1, 1);
        double[] x = linspace(xr[0], xr[1], s.shape()[0]);
        if (s.rank() == 1) {
            return Surface.of1d(x, s.data(), null);
        }
        double[] yr = range(Y_RANGE, description, -1, 1);
        return Surface.of2d(x, linspace(yr[0], yr[1], s.shape()[1]), s.data(), null);
    }

    /** The shape a surface's description promises: "1D"/"2D", "y in [", "N points per axis". */
    private static void checkSurfaceShape(String description, int[] shape) {
        boolean twoD = description.startsWith("2D") || Y_RANGE.matcher(description).find();
        boolean oneD = description.startsWith("1D");
        Matcher points = POINTS.matcher(description);
        String n = points.find() ? points.group(1) : "n";
        String expected = twoD ? "[" + n + ", " + n + "] (a 2D surface)" : oneD ? "[" + n + "] (a 1D slice)"
                : "[n] or [n, m] (a 1D or 2D surface)";
        boolean ok = twoD ? shape.length == 2 : oneD ? shape.length == 1 : shape.length == 1 || shape.length == 2;
        for (int d : shape) {
            ok &= d >= 2 && (n.equals("n") || d == Integer.parseInt(n));
        }
        if (!ok) {
            throw new IllegalArgumentException("expected shape " + expected + ", the file has shape "
                    + java.util.Arrays.toString(shape));
        }
    }

    /** @return the result's array; the reference is checked to lie inside the results folder first */
    static NpyArray read(Path experimentFile, ResultRef ref) throws IOException {
        Path target = ref.eContainer() instanceof Run run ? ResultFiles.resolve(experimentFile, run, ref)
                : ResultFiles.resolve(experimentFile, ref.getUri());
        try {
            return Npy.read(target);
        } catch (FileFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void curves(Path file, Experiment e, List<HtmlReport.Figure> figures, Consumer<String> skipped) {
        List<Charts.RunCurve> loss = new ArrayList<>();
        List<Charts.RunCurve> accuracy = new ArrayList<>();
        double maxStep = 0;
        double[] best = null;
        String bestRun = null;
        for (Run r : e.getRuns()) {
            for (ResultRef ref : r.getResults()) {
                if (ref.getKind() != ResultKind.CURVES) {
                    continue;
                }
                double[][] c;
                try {
                    c = columns(read(file, ref), 5);
                } catch (IOException | RuntimeException x) {
                    skipped.accept(skipMessage(ref, x));
                    continue;
                }
                int rows = c[0].length;
                maxStep = Math.max(maxStep, rows > 0 ? c[0][rows - 1] : 0);
                String label = r.getVariant() == null || r.getVariant().isBlank() ? r.getId()
                        : r.getId() + " (" + r.getVariant() + ")";
                loss.add(new Charts.RunCurve(label, c[0], c[1], c[3]));
                if (anyFinite(c[2])) {
                    accuracy.add(new Charts.RunCurve(label, c[0], c[2], c[4]));
                }
                if (r == lastCompleted(e)) {
                    best = bestValidation(c[0], c[3]);
                    bestRun = r.getId();
                }
            }
        }
        if (loss.isEmpty()) {
            return;
        }
        boolean logX = maxStep >= 5000; // long runs (grokking) are read on a log step axis
        ChartSpec lossChart = Charts.trainingCurves("Loss", "loss", loss, logX, true);
        String bestNote = "";
        if (best != null && (!logX || best[0] > 0)) {
            lossChart = lossChart.withMarkers(List.of(Marker.vertical(best[0], String.format(Locale.ROOT,
                    "best validation, step %d", (long) best[0]))));
            bestNote = String.format(Locale.ROOT, " The vertical line marks the step of the lowest validation loss "
                    + "of run %s (%.4g at step %d; %.4g at the end): where early stopping would stop.", bestRun,
                    best[1], (long) best[0], best[2]);
        }
        figures.add(new HtmlReport.Figure("loss", lossChart,
                "Mean loss on the training and validation sets against the optimizer step"
                        + (logX ? " (log scale)" : "") + ", every run of the experiment." + bestNote));
        if (!accuracy.isEmpty()) {
            figures.add(new HtmlReport.Figure("accuracy", Charts.trainingCurves("Accuracy", "accuracy", accuracy,
                    logX, false), "Accuracy on the training and validation sets."));
        }
    }

    /**
     * @return {step, lowest validation loss, last finite validation loss} of a curve, or null when it has no finite
     *         validation loss
     */
    static double[] bestValidation(double[] step, double[] validationLoss) {
        int best = -1;
        int last = -1;
        for (int i = 0; i < step.length; i++) {
            if (Double.isFinite(validationLoss[i])) {
                last = i;
                if (best < 0 || validationLoss[i] < validationLoss[best]) {
                    best = i;
                }
            }
        }
        return best < 0 ? null : new double[] {step[best], validationLoss[best], validationLoss[last]};
    }

    static boolean anyFinite(double[] a) {
        for (double v : a) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static void analyses(Path file, Run run, List<HtmlReport.Figure> figures, Consumer<String> skipped) {
        double[][] trajectory = {new double[0], new double[0]};
        for (ResultRef ref : run.getResults()) {
            if (ref.getKind() == ResultKind.TRAJECTORY) {
                each(ref, skipped, () -> {
                    double[][] t = columns(read(file, ref), 2);
                    trajectory[0] = t[0];
                    trajectory[1] = t[1];
                });
            }
        }
        int index = 0;
        for (ResultRef ref : run.getResults()) {
            String name = figureName(ref.getUri(), index++);
            each(ref, skipped, () -> figure(file, run, ref, name, trajectory[0], trajectory[1], figures));
        }
    }

    /** Adds the figure of one result, if its kind has one; nothing is added when the result cannot be used. */
    private static void figure(Path file, Run run, ResultRef ref, String name, double[] trajectoryX,
            double[] trajectoryY, List<HtmlReport.Figure> figures) throws IOException {
        switch (ref.getKind()) {
            case SURFACE -> surface(file, ref, name, trajectoryX, trajectoryY, figures);
            case TOY -> {
                if (!ToyFigures.isSideFile(ref)) {
                    figures.add(ToyFigures.figure(file, run, ref, name));
                }
            }
            case SPECTRUM -> figures.add(new HtmlReport.Figure(name, Charts.topEigenvalues("Hessian eigenvalues",
                    read(file, ref).data(), Double.NaN, ""), ref.getDescription() + " (run " + run.getId()
                            + ")."));
            case DENSITY -> {
                double[][] d = columns(read(file, ref), 2);
                figures.add(new HtmlReport.Figure(name, Charts.spectralDensity("Hessian spectral density", d[0],
                        d[1]), "Stochastic Lanczos quadrature estimate of the eigenvalue density (run "
                                + run.getId() + ")."));
            }
            case PROGRESS -> progress(read(file, ref), name, run.getId(), figures);
            case CONNECTIVITY -> figures.add(new HtmlReport.Figure(name, connectivity(read(file, ref)),
                    "Training loss from another run's solution (t = 0) to this run's (t = 1): along the straight "
                            + "line, after aligning the hidden units by weight matching, and along a trained "
                            + "quadratic Bezier curve (run " + run.getId() + ")."));
            case EOS -> figures.add(new HtmlReport.Figure(name, edgeOfStability(read(file, ref)),
                    "Sharpness λ_max of the full-batch training loss during training (warm-started Lanczos), "
                            + "against the optimizer's stability threshold (run " + run.getId() + ")."));
            default -> {
                // curves are drawn above; checkpoints, trajectories and samples feed other figures
            }
        }
    }

    /** Loss along the paths between two solutions (columns: t, line, aligned line, Bezier; NaN = not computed). */
    private static ChartSpec connectivity(NpyArray a) {
        double[][] c = columns(a, 4);
        Map<String, double[]> curves = new LinkedHashMap<>();
        String[] names = {"straight line", "line after alignment", "Bezier curve"};
        for (int k = 0; k < 3; k++) {
            if (anyFinite(c[k + 1])) {
                curves.put(names[k], c[k + 1]);
            }
        }
        return Charts.slice("Mode connectivity", "t", c[0], curves, "training loss", false);
    }

    /** Grokking's progress measures (columns: step, weight_norm, fourier_top_share), one chart each. */
    private static void progress(NpyArray a, String name, String runId, List<HtmlReport.Figure> figures) {
        double[][] c = columns(a, 3);
        double[] step = c[0];
        double[] norm = c[1];
        double[] share = c[2];
        int n = step.length;
        boolean logX = n > 0 && step[n - 1] >= 5000;
        figures.add(new HtmlReport.Figure(name + "-norm", ChartSpec.of("Weight norm", new Axis("step", logX, null),
                Axis.linear("‖θ‖"), List.of(new Series("weight norm", step, norm, Series.Style.LINE))),
                "The parameters' L2 norm; weight decay shrinks it as the network moves from memorising to the "
                        + "general solution (run " + runId + ")."));
        figures.add(new HtmlReport.Figure(name + "-fourier", ChartSpec.of("Fourier concentration", new Axis("step",
                logX, null), Axis.linear("share of energy"), List.of(new Series("top-5 frequencies", step, share,
                        Series.Style.LINE))), "Share of the first layer's input-weight energy in its five strongest "
                                + "Fourier frequencies (Nanda et al. 2023): near 1 once the network computes the sum "
                                + "with a few frequencies (run " + runId + ")."));
    }

    /** λ_max against the step with the threshold as a reference line (columns: step, sharpness, threshold). */
    private static ChartSpec edgeOfStability(NpyArray a) {
        double[][] c = columns(a, 3);
        return Charts.edgeOfStability(c[0], c[1], c[2]);
    }

    private static String figureName(String uri, int index) {
        String base = uri.substring(uri.lastIndexOf('/') + 1).replaceAll("\\.npy$", "");
        String clean = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return (clean.isEmpty() ? "figure" : clean) + "-" + index;
    }

    private static double[] range(Pattern p, String description, double lo, double hi) {
        Matcher m = p.matcher(description == null ? "" : description);
        return m.find() ? new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))}
                : new double[] {lo, hi};
    }

    private static double[] linspace(double lo, double hi, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
        }
        return x;
    }

    private static void surface(Path file, ResultRef ref, String name, double[] tx, double[] ty,
            List<HtmlReport.Figure> figures) throws IOException {
        Surface s = surfaceOf(ref, read(file, ref));
        String description = ref.getDescription() == null ? "" : ref.getDescription();
        if (s.is1d()) {
            figures.add(new HtmlReport.Figure(name, Charts.slice("Loss along a line", "α", s.x(), Map.of("loss",
                    s.trainLoss()), "loss", false), description + "."));
            return;
        }
        boolean onPca = description.toUpperCase(Locale.ROOT).contains("PCA_TRAJECTORY");
        Heatmap heatmap = Heatmap.of(s.x(), s.y(), s.trainLoss(), Heatmap.Order.X_MAJOR).withContourCount(12);
        ChartSpec chart = Charts.landscape("Loss landscape", heatmap, onPca ? tx : new double[0], onPca ? ty
                : new double[0], List.of());
        figures.add(new HtmlReport.Figure(name, chart, description + (onPca && tx.length > 0
                ? "; the line is the optimizer's path, projected on the same plane." : ".")));
    }

    private static Map<String, Map<String, String>> configuration(Experiment e) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> overview = new LinkedHashMap<>();
        overview.put("name", e.getName());
        overview.put("description", e.getDescription() == null ? "" : e.getDescription());
        overview.put("seed", Long.toString(e.getSeed()));
        sections.put("Experiment", overview);
        if (e.getDataset() != null) {
            Map<String, String> d = new LinkedHashMap<>();
            d.put("kind", e.getDataset().getKind().getLiteral());
            for (Parameter p : e.getDataset().getParameters()) {
                d.put(p.getKey(), p.getValue());
            }
            d.put("validation fraction", Double.toString(e.getDataset().getValidationFraction()));
            sections.put("Data", d);
        }
        if (e.getNetwork() != null) {
            Map<String, String> n = new LinkedHashMap<>();
            int i = 1;
            for (var layer : e.getNetwork().getLayers()) {
                n.put("layer " + i++, layer.getKind() + (layer.getUnits() > 0 ? " " + layer.getUnits()
                        : ""));
            }
            n.put("loss", e.getNetwork().getLoss().getLiteral());
            n.put("initialisation", e.getNetwork().getInitializer().getLiteral());
            sections.put("Network", n);
        }
        if (e.getOptimizer() != null) {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("optimizer", e.getOptimizer().getOptimizerId());
            for (Parameter p : e.getOptimizer().getHyperParameters()) {
                o.put(p.getKey(), p.getValue());
            }
            sections.put("Optimizer", o);
        }
        if (e.getTraining() != null) {
            Map<String, String> t = new LinkedHashMap<>();
            t.put("steps", Long.toString(e.getTraining().getSteps()));
            t.put("batch size", e.getTraining().getBatchSize() == 0 ? "full batch"
                    : Integer.toString(e.getTraining().getBatchSize()));
            t.put("evaluate every", Integer.toString(e.getTraining().getEvaluateEvery()));
            sections.put("Training", t);
        }
        if (!e.getVariants().isEmpty()) {
            Map<String, String> v = new LinkedHashMap<>();
            for (var variant : e.getVariants()) {
                List<String> parts = new ArrayList<>();
                if (variant.isSetValue()) {
                    parts.add((e.getVariantAxis() == null ? "value" : e.getVariantAxis()) + " = " + variant.getValue());
                }
                for (var part : new String[] {"dataset", "network", "optimizer", "training"}) {
                    if (variant.eGet(variant.eClass().getEStructuralFeature(part)) != null) {
                        parts.add("own " + part);
                    }
                }
                if (variant.getOptimizer() != null) {
                    parts.add("optimizer " + variant.getOptimizer().getOptimizerId());
                }
                for (Parameter p : variant.getSettings()) {
                    parts.add(p.getKey() + " = " + p.getValue());
                }
                v.put(org.losslandscape.core.compile.Variants.label(variant), String.join("; ", parts));
            }
            sections.put("Variant definitions", v);
        }
        for (Run r : e.getRuns()) {
            Map<String, String> m = new LinkedHashMap<>();
            if (r.getVariant() != null && !r.getVariant().isBlank()) {
                m.put("variant", r.getVariant());
            }
            m.put("status", r.getStatus().getLiteral());
            if (r.getBackend() != null) {
                m.put("backend", r.getBackend());
            }
            for (Metric metric : r.getMetrics()) {
                m.put(metric.getName(), String.format(Locale.ROOT, "%.6g", metric.getValue()));
            }
            if (r.getMessage() != null && !r.getMessage().isBlank()) {
                m.put("notes", r.getMessage());
            }
            sections.put("Run " + r.getId(), m);
        }
        return sections;
    }
}
