package org.losslandscape.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.core.provenance.RunProvenance;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.ProjectedPath;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/**
 * The static HTML report of an experiment, built from what its runs stored: training curves of every run
 * overlaid, and for the latest completed run the figure of each result whose kind has a {@link FigureProvider}
 * (landscapes with the optimizer's trajectory on PCA planes, 1D slices, Hessian eigenvalues and spectral density,
 * ...), plus the configuration and the runs' metrics. The data come from core's data providers; the report only
 * draws.
 */
public final class ExperimentReport {

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
        return strict(experimentFile, experiment);
    }

    /**
     * The report of the results that can be used: a result that cannot be read, lies outside the results folder or
     * has another shape than its kind needs is left out, with one line to {@code skipped} naming the file and why
     * (for a shape: the expected and the actual one).
     */
    public static HtmlReport build(Path experimentFile, Experiment experiment, Consumer<String> skipped) {
        return build(experimentFile, experiment, skipped, FigureProviders.installed());
    }

    /**
     * The report of the results that can be used, with the figures that {@code providers} draw for the results of
     * the latest completed run (one provider per result kind; a kind without one has no figure).
     */
    public static HtmlReport build(Path experimentFile, Experiment experiment, Consumer<String> skipped,
            FigureProviders providers) {
        List<Figure> figures = new ArrayList<>();
        curves(experimentFile, experiment, figures, skipped);
        Run last = ResultReader.lastCompleted(experiment);
        if (last != null) {
            analyses(experimentFile, last, providers, figures, skipped);
        }
        SharedPlanes.add(experimentFile, experiment, providers, figures, skipped);
        Map<String, Map<String, String>> sections = configuration(experiment, experimentFile);
        Map<String, String> delays = grokkingDelays(experimentFile, experiment);
        if (!delays.isEmpty()) {
            sections.put("Grokking delay", delays);
        }
        VariantComparison.add(experimentFile, experiment, figures, sections, skipped);
        return new HtmlReport(experiment.getName(), sections, figures, HtmlReport.Images.LIVE, 900, 560);
    }

    /** @return the report, or the first skip as an exception: for callers that want all or nothing */
    private static HtmlReport strict(Path experimentFile, Experiment experiment) throws IOException {
        List<String> skips = new ArrayList<>();
        HtmlReport report = build(experimentFile, experiment, skips::add);
        if (!skips.isEmpty()) {
            throw new IOException(skips.get(0) + (skips.size() > 1 ? " (and " + (skips.size() - 1) + " more)" : ""));
        }
        return report;
    }

    private static void curves(Path file, Experiment e, List<Figure> figures, Consumer<String> skipped) {
        List<Charts.RunCurve> loss = new ArrayList<>();
        List<Charts.RunCurve> accuracy = new ArrayList<>();
        double maxStep = 0;
        double[] best = null;
        String bestRun = null;
        GrokkingDelay delay = null;
        Run lastCompleted = ResultReader.lastCompleted(e);
        for (Run r : e.getRuns()) {
            for (CurveTable c : ResultReader.all(DataProviders.CURVES, file, r, skipped).values()) {
                double[] step = c.step();
                int rows = step.length;
                maxStep = Math.max(maxStep, rows > 0 ? step[rows - 1] : 0);
                String label = r.getVariant() == null || r.getVariant().isBlank() ? r.getId()
                        : r.getId() + " (" + r.getVariant() + ")";
                loss.add(new Charts.RunCurve(label, step, c.trainLoss(), c.valLoss()));
                if (anyFinite(c.trainAccuracy())) {
                    accuracy.add(new Charts.RunCurve(label, step, c.trainAccuracy(), c.valAccuracy()));
                }
                if (r == lastCompleted) {
                    best = bestValidation(step, c.valLoss());
                    bestRun = r.getId();
                    delay = GrokkingDelay.of(c);
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
        figures.add(new Figure("loss", lossChart,
                "Mean loss on the training and validation sets against the optimizer step"
                        + (logX ? " (log scale)" : "") + ", every run of the experiment." + bestNote));
        if (!accuracy.isEmpty()) {
            ChartSpec accuracyChart = Charts.trainingCurves("Accuracy", "accuracy", accuracy, logX, false);
            String delayNote = "";
            if (delay != null) {
                accuracyChart = accuracyChart.withMarkers(List.of(Marker.vertical(delay.fitted(), String.format(
                        Locale.ROOT, "training fitted, step %d", (long) delay.fitted())), Marker.vertical(
                                delay.generalised(), String.format(Locale.ROOT, "validation ≥ %.2f, step %d",
                                        GrokkingDelay.GENERALISED, (long) delay.generalised()))));
                delayNote = " Run " + bestRun + ": " + delay.describe() + " (the vertical lines).";
            }
            figures.add(new Figure("accuracy", accuracyChart, "Accuracy on the training and validation sets."
                    + delayNote));
        }
    }

    /** @return per run with a grokking delay (its label), the sentence that describes it */
    private static Map<String, String> grokkingDelays(Path file, Experiment e) {
        Map<String, String> delays = new LinkedHashMap<>();
        for (Run r : e.getRuns()) {
            // a curves file that cannot be read was reported once already, by the curves' figures
            for (CurveTable c : ResultReader.all(DataProviders.CURVES, file, r, s -> { }).values()) {
                GrokkingDelay d = GrokkingDelay.of(c);
                if (d != null) {
                    delays.put(r.getVariant() == null || r.getVariant().isBlank() ? r.getId() : r.getId() + " ("
                            + r.getVariant() + ")", d.describe());
                }
            }
        }
        return delays;
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

    /** Adds the figures of the run's results, each drawn by the provider of its kind; one that fails is skipped. */
    private static void analyses(Path file, Run run, FigureProviders providers, List<Figure> figures,
            Consumer<String> skipped) {
        ProjectedPath trajectory = FigureContext.NO_TRAJECTORY;
        for (ProjectedPath p : ResultReader.all(DataProviders.TRAJECTORIES, file, run, skipped).values()) {
            trajectory = p; // the last one, as a run has one trajectory
        }
        FigureContext context = new FigureContext(file, run, trajectory);
        int index = 0;
        for (ResultRef ref : run.getResults()) {
            String name = figureName(ref.getUri(), index++);
            FigureProvider provider = providers.forKind(ref.getKind());
            if (provider == null) {
                continue; // curves are drawn above; checkpoints, trajectories and samples feed other figures
            }
            try {
                figures.addAll(provider.figures(context, ref, name));
            } catch (IOException | RuntimeException e) {
                skipped.accept(ResultReader.skipMessage(ref, e));
            }
        }
    }

    private static String figureName(String uri, int index) {
        String base = uri.substring(uri.lastIndexOf('/') + 1).replaceAll("\\.npy$", "");
        String clean = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return (clean.isEmpty() ? "figure" : clean) + "-" + index;
    }

    private static Map<String, Map<String, String>> configuration(Experiment e, Path file) {
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
            provenance(r, file, m);
            sections.put("Run " + r.getId(), m);
        }
        return sections;
    }

    /** the engine, JVM and threads the run recorded, the files it read, and those that changed since */
    private static void provenance(Run r, Path file, Map<String, String> m) {
        if (r.getEngineVersion() != null) {
            m.put("engine", r.getEngineVersion() + (r.getThreads() > 0 ? ", " + r.getThreads() + " threads" : ""));
        }
        if (r.getJvm() != null) {
            m.put("JVM", r.getJvm());
        }
        List<RunProvenance.FileCheck> checks = RunProvenance.check(r, file.toAbsolutePath().getParent());
        if (!checks.isEmpty()) {
            m.put("files read", String.join("; ", checks.stream().map(c -> c.path() + " (SHA-256 "
                    + c.recorded().substring(0, Math.min(12, c.recorded().length())) + "…)").toList()));
        }
        List<String> changed = checks.stream().filter(RunProvenance.FileCheck::changed)
                .map(RunProvenance.FileCheck::describe).toList();
        if (!changed.isEmpty()) {
            m.put("⚠ changed since", String.join("; ", changed));
        }
    }
}
