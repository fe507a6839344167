package org.losslandscape.core.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Factories for the product's charts, from plain arrays. Input arrays are never modified; each factory returns a
 * complete {@link ChartSpec} that the report and the workbench draw alike.
 */
public final class Charts {

    /** The colour scale of {@link #toySurface} ends at this quantile of the values (and saturates above). */
    private static final double COLOUR_QUANTILE = 0.9;

    /** Name of the trajectory series in {@link #landscape}. */
    public static final String TRAJECTORY = "trajectory";

    private Charts() {
    }

    /**
     * One run's curve of a metric against the training step.
     *
     * @param run the run's name
     * @param step the step of each value
     * @param train the training-set value per step (NaN where not measured), or an empty array
     * @param validation the validation value per step (NaN where not evaluated), or an empty array
     */
    public record RunCurve(String run, double[] step, double[] train, double[] validation) {

        /** Copies the arrays; null metric arrays become empty. */
        public RunCurve {
            Objects.requireNonNull(run, "run");
            step = step.clone();
            train = train == null ? new double[0] : train.clone();
            validation = validation == null ? new double[0] : validation.clone();
            for (double[] a : new double[][] {train, validation}) {
                if (a.length != 0 && a.length != step.length) {
                    throw new IllegalArgumentException("run '" + run + "': " + step.length + " steps but "
                            + a.length + " values");
                }
            }
        }

        /** @return a copy of the steps */
        @Override
        public double[] step() {
            return step.clone();
        }

        /** @return a copy of the training values */
        @Override
        public double[] train() {
            return train.clone();
        }

        /** @return a copy of the validation values */
        @Override
        public double[] validation() {
            return validation.clone();
        }
    }

    /**
     * Training curves of one metric (loss or accuracy) for several runs overlaid: per run a training line and a
     * validation line with points, named {@code "<run> train"} and {@code "<run> validation"}. NaN values are left
     * out, so validation measured every k steps shows as its own points.
     *
     * @param metric the y label, e.g. "loss" or "accuracy"
     * @param logX whether the step axis is logarithmic (steps ≤ 0 are then left out)
     * @param logY whether the metric axis is logarithmic (values ≤ 0 are then left out)
     */
    public static ChartSpec trainingCurves(String title, String metric, List<RunCurve> runs, boolean logX,
            boolean logY) {
        List<Series> series = new ArrayList<>();
        for (RunCurve run : runs) {
            if (run.train.length > 0) {
                series.add(drop(run.run + " train", run.step, run.train, Series.Style.LINE, logX, logY));
            }
            if (run.validation.length > 0) {
                series.add(drop(run.run + " validation", run.step, run.validation, Series.Style.LINE_POINTS, logX,
                        logY));
            }
        }
        return ChartSpec.of(title, new Axis("step", logX, null), new Axis(metric, logY, null), series);
    }

    /**
     * A 2D loss landscape: the surface as a heatmap with its contour lines, the optimizer's trajectory projected
     * on the plane (series {@value #TRAJECTORY}) with "start" and "end" point markers, and labelled critical points.
     *
     * @param heatmap the surface over (α, β), with its colour map, range and contour levels
     * @param trajectoryX the trajectory's α coordinates, or an empty array for none
     * @param trajectoryY the trajectory's β coordinates, as many as {@code trajectoryX}
     * @param criticalPoints extra point markers (minima, saddles), possibly empty
     */
    public static ChartSpec landscape(String title, Heatmap heatmap, double[] trajectoryX, double[] trajectoryY,
            List<Marker> criticalPoints) {
        List<Series> series = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        int n = trajectoryX.length;
        if (n > 0) {
            series.add(new Series(TRAJECTORY, trajectoryX, trajectoryY, Series.Style.LINE_POINTS));
            markers.add(Marker.point(trajectoryX[0], trajectoryY[0], "start"));
            markers.add(Marker.point(trajectoryX[n - 1], trajectoryY[n - 1], "end"));
        }
        markers.addAll(criticalPoints);
        double[] x = heatmap.x();
        double[] y = heatmap.y();
        return new ChartSpec(title, new Axis("α", false, new Range(x[0], x[x.length - 1])),
                new Axis("β", false, new Range(y[0], y[y.length - 1])), series, markers, heatmap,
                Contours.trace(heatmap));
    }

    /**
     * One optimizer path on a toy surface.
     *
     * @param label the legend text
     * @param x the path's x coordinates, from the start
     * @param y the path's y coordinates
     */
    public record Path(String label, double[] x, double[] y) {

        /** Copies the arrays and checks their lengths. */
        public Path {
            Objects.requireNonNull(label, "label");
            if (x.length != y.length || x.length == 0) {
                throw new IllegalArgumentException("path '" + label + "': needs as many y as x values, at least 1");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    /**
     * A toy 2D surface: the function as a heatmap with contour lines at quantiles of its values (so that valleys
     * and wells show even beside steep walls), every optimizer path as its own series with a "start" marker per
     * distinct start, and the critical points as labelled point markers. Unless the heatmap has its own value range,
     * the colour scale spans the lowest value to the 90 % quantile and saturates above it.
     *
     * @param heatmap the surface; its contour levels are replaced by {@code contourCount} quantile levels
     * @param paths the optimizer paths, possibly empty
     * @param criticalPoints markers such as "min", "saddle (index 1)", possibly empty
     */
    public static ChartSpec toySurface(String title, Heatmap heatmap, int contourCount, List<Path> paths,
            List<Marker> criticalPoints) {
        Heatmap h = heatmap.withContourLevels(quantileLevels(heatmap.values(), contourCount));
        double[] finite = Arrays.stream(heatmap.values()).filter(Double::isFinite).sorted().toArray();
        if (heatmap.valueRange() == null && finite.length > 1) {
            // walls that rise by orders of magnitude would leave the interesting low region one colour
            double top = finite[(int) Math.floor(COLOUR_QUANTILE * (finite.length - 1))];
            if (top > finite[0]) {
                h = h.withValueRange(new Range(finite[0], top));
            }
        }
        List<Series> series = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        for (Path p : paths) {
            series.add(new Series(p.label(), p.x(), p.y(), p.x().length > 60 ? Series.Style.LINE
                    : Series.Style.LINE_POINTS));
            String start = p.x()[0] + "," + p.y()[0];
            if (!starts.contains(start)) {
                starts.add(start);
                markers.add(Marker.point(p.x()[0], p.y()[0], "start"));
            }
        }
        markers.addAll(criticalPoints);
        double[] x = h.x();
        double[] y = h.y();
        return new ChartSpec(title, new Axis("x", false, new Range(x[0], x[x.length - 1])),
                new Axis("y", false, new Range(y[0], y[y.length - 1])), series, markers, h, Contours.trace(h));
    }

    /**
     * @return {@code count} distinct levels at the quantiles {@code (k + 0.5) / count} of the finite values (fewer
     *         when values repeat), increasing
     */
    public static double[] quantileLevels(double[] values, int count) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0 || count < 1) {
            return new double[0];
        }
        double[] levels = new double[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            double v = finite[(int) Math.min(finite.length - 1, Math.floor((k + 0.5) / count * finite.length))];
            if (n == 0 || v > levels[n - 1]) {
                levels[n++] = v;
            }
        }
        return Arrays.copyOf(levels, n);
    }

    /**
     * A 1D slice of the landscape: one line per named curve (e.g. train and test loss) against α, and a vertical
     * marker at α = 0 (the trained model) when 0 lies inside the grid.
     *
     * @param curves named value arrays, each as long as {@code alpha}, drawn in iteration order
     * @param logY whether the value axis is logarithmic
     */
    public static ChartSpec slice(String title, String xLabel, double[] alpha, Map<String, double[]> curves,
            String yLabel, boolean logY) {
        List<Series> series = new ArrayList<>();
        curves.forEach((name, values) -> series.add(drop(name, alpha, values, Series.Style.LINE, false, logY)));
        List<Marker> markers = new ArrayList<>();
        if (alpha.length > 1 && alpha[0] < 0 && alpha[alpha.length - 1] > 0) {
            markers.add(Marker.vertical(0, "θ*"));
        }
        return ChartSpec.of(title, Axis.linear(xLabel), new Axis(yLabel, logY, null), series).withMarkers(markers);
    }

    /**
     * The top Hessian eigenvalues as bars (stems) at index 1, 2, …, with a horizontal line at {@code threshold}
     * (e.g. 2/η) unless it is NaN.
     */
    public static ChartSpec topEigenvalues(String title, double[] eigenvalues, double threshold,
            String thresholdLabel) {
        double[] index = new double[eigenvalues.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i + 1;
        }
        ChartSpec chart = ChartSpec.of(title, Axis.linear("index"), Axis.linear("eigenvalue"),
                List.of(new Series("eigenvalues", index, eigenvalues, Series.Style.BARS)));
        return Double.isNaN(threshold) ? chart : chart.withMarkers(List.of(Marker.horizontal(threshold,
                thresholdLabel)));
    }

    /**
     * The Hessian's spectral density (e.g. from stochastic Lanczos quadrature) on a logarithmic density axis.
     * Densities below {@code 1e-12} times the peak, zeros included, are raised to that floor so the log axis can
     * show them; the tails of a smoothed density are that small anyway.
     */
    public static ChartSpec spectralDensity(String title, double[] eigenvalueGrid, double[] density) {
        double peak = 0;
        for (double d : density) {
            if (d > peak) {
                peak = d;
            }
        }
        double floor = peak > 0 ? peak * 1e-12 : Double.MIN_NORMAL;
        double[] shown = new double[density.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = Double.isNaN(density[i]) ? Double.NaN : Math.max(density[i], floor);
        }
        return ChartSpec.of(title, Axis.linear("eigenvalue"), Axis.logarithmic("density"),
                List.of(Series.line("density", eigenvalueGrid, shown)));
    }

    /**
     * Sharpness (the top Hessian eigenvalue) against the step, with the stability threshold 2/η of gradient descent
     * at learning rate η as a horizontal line labelled {@code "2/η = <value>"}; edge-of-stability training hovers
     * at it.
     *
     * @param learningRate η, positive
     */
    public static ChartSpec sharpness(String title, double[] step, double[] sharpness, double learningRate) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("the learning rate must be positive, got " + learningRate);
        }
        double threshold = 2 / learningRate;
        return ChartSpec.of(title, Axis.linear("step"), Axis.linear("sharpness λ_max"),
                List.of(drop("sharpness", step, sharpness, Series.Style.LINE, false, false)))
                .withMarkers(List.of(Marker.horizontal(threshold, "2/η = " + format(threshold))));
    }

    /**
     * Sharpness recorded during training (edge of stability): λ_max against the step, with the optimizer's
     * stability threshold (its last finite value; it is constant for a constant step size) as a horizontal line. When
     * there is none (the optimizer declares no threshold), the title says so.
     *
     * @param threshold the threshold at each step, NaN where none is known
     */
    public static ChartSpec edgeOfStability(double[] step, double[] sharpness, double[] threshold) {
        double last = Double.NaN;
        for (double t : threshold) {
            if (Double.isFinite(t)) {
                last = t;
            }
        }
        String title = Double.isFinite(last) ? "Edge of stability"
                : "Edge of stability (the optimizer declares no stability threshold)";
        ChartSpec chart = ChartSpec.of(title, Axis.linear("step"), Axis.linear("sharpness λ_max"),
                List.of(drop("λ_max", step, sharpness, step.length > 100 ? Series.Style.LINE
                        : Series.Style.LINE_POINTS, false, false)));
        return Double.isFinite(last) ? chart.withMarkers(List.of(Marker.horizontal(last, "stability threshold "
                + format(last)))) : chart;
    }

    /**
     * The range of the finite values of all arrays together, so that landscapes that are compared share one colour
     * scale ({@link Heatmap#withValueRange}).
     *
     * @param log whether only positive values count (for a log colour scale)
     * @return the common range, or {@code null} if there are no such values or they are all equal
     */
    public static Range sharedRange(boolean log, double[]... arrays) {
        return finiteRange(log, arrays);
    }

    static Range finiteRange(boolean log, double[]... arrays) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays) {
            for (double v : a) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min < max ? new Range(min, max) : null;
    }

    /** Leaves out the points a chart cannot show: NaN values and non-positive ones on a log axis. */
    private static Series drop(String name, double[] x, double[] y, Series.Style style, boolean logX,
            boolean logY) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("'" + name + "': " + x.length + " x values but " + y.length + " y");
        }
        double[] keptX = new double[x.length];
        double[] keptY = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i]) && (!logX || x[i] > 0) && (!logY || y[i] > 0)) {
                keptX[n] = x[i];
                keptY[n++] = y[i];
            }
        }
        return new Series(name, Arrays.copyOf(keptX, n), Arrays.copyOf(keptY, n), style);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
