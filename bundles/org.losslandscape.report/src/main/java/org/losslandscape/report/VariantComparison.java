package org.losslandscape.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.ColorMaps;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.chart.Marker;
import org.losslandscape.core.chart.Range;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.compile.Variants;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.results.CurvatureMapData;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.LossSurface;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.Metric;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.Variant;

/**
 * The report's comparison of an experiment's variants, from the latest completed run of each: a table of their
 * final metrics; for a sweep (every variant has a value on the experiment's variant axis) the final training and
 * validation loss, and the validation error, against that value; otherwise a bar chart per analysis metric that
 * every variant measured; and each landscape that several variants computed, drawn with one shared colour scale
 * and the same contour levels.
 */
final class VariantComparison {

    /** Comparisons of more variants than this draw no per-metric bar charts (a sweep draws lines instead). */
    private static final int MAX_BARS = 8;
    private static final int CONTOURS = 12;
    /** A sweep's variant axis is logarithmic when its values span more than this factor. */
    private static final double LOG_SPAN = SharedScale.LOG_SPAN;

    /** @param run the variant's latest completed run */
    private record Entry(Variant variant, String label, Run run) {
    }

    private VariantComparison() {
    }

    /** Adds the comparison's figures and its "Variants" table; does nothing when no variant has a completed run. */
    static void add(Path file, Experiment experiment, List<Figure> figures,
            Map<String, Map<String, String>> sections, Consumer<String> skipped) {
        List<Entry> entries = entries(experiment);
        if (entries.isEmpty()) {
            return;
        }
        Map<String, String> table = new LinkedHashMap<>();
        for (Entry e : entries) {
            StringBuilder text = new StringBuilder("run " + e.run().getId());
            if (e.variant().isSetValue()) {
                text.append(", ").append(axis(experiment)).append(" = ").append(format(e.variant().getValue()));
            }
            for (Metric m : e.run().getMetrics()) {
                if (!m.getName().equals("steps")) {
                    text.append(", ").append(m.getName()).append(" = ").append(format(m.getValue()));
                }
            }
            table.put(e.label(), text.toString());
        }
        sections.put("Variants", table);
        boolean sweep = entries.size() >= 2 && entries.stream().allMatch(e -> e.variant().isSetValue());
        if (sweep) {
            sweep(experiment, entries, figures);
        } else if (entries.size() <= MAX_BARS) {
            bars(entries, figures);
        }
        sharedSurfaces(file, entries, figures, skipped);
        sharedCurvatureMaps(file, entries, figures, skipped);
    }

    private static List<Entry> entries(Experiment experiment) {
        List<Entry> entries = new ArrayList<>();
        for (Variant v : experiment.getVariants()) {
            String label = Variants.label(v);
            Run latest = null;
            for (Run r : experiment.getRuns()) {
                if (r.getStatus() == RunStatus.COMPLETED && label.equals(r.getVariant())) {
                    latest = r;
                }
            }
            if (latest != null) {
                entries.add(new Entry(v, label, latest));
            }
        }
        return entries;
    }

    private static double metric(Run run, String name) {
        double value = Double.NaN;
        for (Metric m : run.getMetrics()) {
            if (m.getName().equals(name)) {
                value = m.getValue();
            }
        }
        return value;
    }

    private static String axis(Experiment experiment) {
        String a = experiment.getVariantAxis();
        return a == null || a.isBlank() ? "variant value" : a;
    }

    /** Final losses (and validation error) against the variants' values, sorted by value. */
    private static void sweep(Experiment experiment, List<Entry> entries, List<Figure> figures) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> Double.compare(a.variant().getValue(), b.variant().getValue()));
        int n = sorted.size();
        double[] x = new double[n];
        double[] train = new double[n];
        double[] validation = new double[n];
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            Run r = sorted.get(i).run();
            x[i] = sorted.get(i).variant().getValue();
            train[i] = metric(r, "train_loss");
            validation[i] = metric(r, "validation_loss");
            error[i] = 1 - metric(r, "validation_accuracy");
        }
        // linear loss axis: the training loss falling to 0 is the interpolation; a log axis would flatten the
        // validation curve whose shape is the point
        boolean logY = false;
        boolean logX = x[0] > 0 && x[n - 1] / x[0] >= LOG_SPAN;
        List<Series> series = new ArrayList<>();
        series.add(kept("final training loss", x, train, logX, logY));
        series.add(kept("final validation loss", x, validation, logX, logY));
        int peak = interiorPeak(validation);
        String caption = "Final losses of each variant's latest run against " + axis(experiment) + ".";
        if (peak >= 0) {
            caption += String.format(Locale.ROOT, " After its first minimum the validation loss rises to a peak at "
                    + "%s = %s (%s) and falls again; lowest: %s.", axis(experiment), format(x[peak]),
                    format(validation[peak]), format(min(validation)));
        }
        ChartSpec chart = ChartSpec.of("Loss against " + axis(experiment), new Axis(axis(experiment), logX, null),
                new Axis("loss", logY, null), series);
        if (peak >= 0) {
            chart = chart.withMarkers(List.of(Marker.vertical(x[peak], "validation peak at " + format(x[peak]))));
        }
        figures.add(new Figure("variants-loss", chart, caption));
        if (ExperimentReport.anyFinite(error)) {
            figures.add(new Figure("variants-error", ChartSpec.of("Validation error against "
                    + axis(experiment), new Axis(axis(experiment), logX, null), Axis.linear("1 − accuracy"),
                    List.of(kept("validation error", x, error, logX, false))), "Share of validation examples "
                            + "misclassified by each variant's final model."));
        }
    }

    /** One bar chart per metric that every variant's run has (the final ones and the analyses'). */
    private static void bars(List<Entry> entries, List<Figure> figures) {
        Set<String> names = new LinkedHashSet<>();
        for (Metric m : entries.get(0).run().getMetrics()) {
            names.add(m.getName());
        }
        for (Entry e : entries) {
            Set<String> own = new LinkedHashSet<>();
            e.run().getMetrics().forEach(m -> own.add(m.getName()));
            names.retainAll(own);
        }
        names.remove("steps");
        names.remove("best_validation_step");
        StringBuilder key = new StringBuilder();
        double[] index = new double[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            index[i] = i + 1;
            key.append(i == 0 ? "" : ", ").append(i + 1).append(" = ").append(entries.get(i).label());
        }
        int k = 0;
        for (String name : names) {
            double[] values = new double[entries.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = metric(entries.get(i).run(), name);
            }
            // bars start at zero, so that their lengths compare
            double lo = Math.min(0, java.util.Arrays.stream(values).filter(Double::isFinite).min().orElse(0));
            double hi = Math.max(0, java.util.Arrays.stream(values).filter(Double::isFinite).max().orElse(0));
            Axis y = hi > lo ? Axis.linear(name).withRange(lo, hi + 0.05 * (hi - lo)) : Axis.linear(name);
            figures.add(new Figure("variants-" + (++k) + "-" + name.replaceAll("[^A-Za-z0-9._-]+", "-"),
                    ChartSpec.of(name + " by variant", Axis.linear("variant (" + key + ")").withRange(0.5,
                            entries.size() + 0.5), y, List.of(new Series(name, index, values, Series.Style.BARS))),
                    name + " of each variant's latest run: " + key + "."));
        }
    }

    /** Each surface name that two or more variants computed, drawn per variant on one colour scale. */
    private static void sharedSurfaces(Path file, List<Entry> entries, List<Figure> figures,
            Consumer<String> skipped) {
        Map<String, Map<String, LossSurface>> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            ResultReader.all(DataProviders.SURFACES, file, e.run(), skipped).forEach((name, s) -> {
                if (!s.is1d()) {
                    byName.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(e.label(), s);
                }
            });
        }
        int k = 0;
        for (var named : byName.entrySet()) {
            Map<String, LossSurface> surfaces = named.getValue();
            if (surfaces.size() < 2) {
                continue;
            }
            SharedScale scale = SharedScale.of(surfaces.values());
            boolean log = scale.log();
            Range range = scale.range();
            k++;
            for (var e : surfaces.entrySet()) {
                Heatmap h = scale.heatmap(e.getValue(), ColorMaps.VIRIDIS, CONTOURS);
                figures.add(new Figure("variants-surface-" + k + "-" + e.getKey().replaceAll(
                        "[^A-Za-z0-9._-]+", "-"), Charts.landscape(named.getKey() + ": " + e.getKey(), h,
                                new double[0], new double[0], List.of()), "Landscape '" + named.getKey()
                                        + "' of variant " + e.getKey() + ", on the colour scale and contour levels "
                                        + "shared by all " + surfaces.size() + " variants" + (log ? " (logarithmic)"
                                                : "") + (range == null ? "" : ": " + format(range.min()) + " … "
                                                        + format(range.max())) + "."));
            }
        }
    }

    /**
     * Each curvature map (Li et al. 2018, section 6) that two or more variants computed: |λ_min/λ_max| per variant on
     * one colour scale, from 0 to the largest ratio of any of them, and a table row per variant of λ_max and the ratio
     * over the plane.
     */
    private static void sharedCurvatureMaps(Path file, List<Entry> entries, List<Figure> figures,
            Consumer<String> skipped) {
        Map<String, Map<String, CurvatureMapData>> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            ResultReader.all(DataProviders.CURVATURE_MAPS, file, e.run(), skipped).forEach((name, m) -> {
                if (m.x().length >= 2 && m.y().length >= 2) {
                    byName.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(e.label(), m);
                }
            });
        }
        int k = 0;
        for (var named : byName.entrySet()) {
            Map<String, CurvatureMapData> maps = named.getValue();
            if (maps.size() < 2) {
                continue;
            }
            double hi = 0;
            for (CurvatureMapData m : maps.values()) {
                for (double r : m.ratio()) {
                    if (Double.isFinite(r)) {
                        hi = Math.max(hi, r);
                    }
                }
            }
            Range range = new Range(0, hi > 0 ? hi : 1);
            k++;
            for (var e : maps.entrySet()) {
                CurvatureMapData m = e.getValue();
                Heatmap h = m.ratioHeatmap(range);
                figures.add(new Figure("variants-curvature-" + k + "-" + e.getKey().replaceAll("[^A-Za-z0-9._-]+",
                        "-"), Charts.landscape(named.getKey() + ": " + e.getKey(), h, new double[0], new double[0],
                                List.of()), "|λ_min/λ_max| over the plane of '" + named.getKey() + "' for variant "
                                        + e.getKey() + " (Li et al. 2018, section 6), on the colour scale shared by "
                                        + "all " + maps.size() + " variants: 0 … " + format(range.max()) + "; "
                                        + "mean λ_max " + format(mean(m.lambdaMax())) + ", mean ratio "
                                        + format(mean(finite(m.ratio()))) + "."));
            }
        }
    }

    private static double mean(double[] a) {
        return java.util.Arrays.stream(a).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    /** @return the values with infinite ratios (no positive curvature) counted as 1 */
    private static double[] finite(double[] ratio) {
        return java.util.Arrays.stream(ratio).map(r -> r == Double.POSITIVE_INFINITY ? 1 : r).toArray();
    }

    private static Series kept(String name, double[] x, double[] y, boolean logX, boolean logY) {
        double[] kx = new double[x.length];
        double[] ky = new double[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && (!logX || x[i] > 0) && (!logY || y[i] > 0)) {
                kx[n] = x[i];
                ky[n++] = y[i];
            }
        }
        return new Series(name, java.util.Arrays.copyOf(kx, n), java.util.Arrays.copyOf(ky, n),
                Series.Style.LINE_POINTS);
    }

    /**
     * @return the index of the highest value after the first local minimum, if it is an interior local maximum
     *         (higher than the values beside it): the double-descent peak; -1 when the curve has none
     */
    static int interiorPeak(double[] a) {
        int firstMinimum = -1;
        for (int i = 0; i + 1 < a.length; i++) {
            if (a[i] < a[i + 1]) {
                firstMinimum = i;
                break;
            }
        }
        if (firstMinimum < 0) {
            return -1;
        }
        int best = -1;
        for (int i = firstMinimum + 1; i < a.length; i++) {
            if (Double.isFinite(a[i]) && (best < 0 || a[i] > a[best])) {
                best = i;
            }
        }
        return best > 0 && best < a.length - 1 && a[best] > a[best + 1] ? best : -1;
    }

    private static double min(double[] a) {
        double m = Double.NaN;
        for (double v : a) {
            if (Double.isFinite(v) && !(v >= m)) {
                m = v;
            }
        }
        return m;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
