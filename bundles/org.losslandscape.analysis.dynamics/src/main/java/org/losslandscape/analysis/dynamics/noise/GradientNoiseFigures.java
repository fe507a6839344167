package org.losslandscape.analysis.dynamics.noise;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.math3.special.Erf;
import org.losslandscape.analysis.dynamics.GradientNoiseResults;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * A {@link GradientNoiseResults#GRADIENT_NOISE} result as figures. Its tail indices: α against batch size at the
 * trained point, with the bootstrap interval, and α along training. Its samples: a histogram of the noise along the
 * top-Hessian direction (the random one when there is none) per batch size, and their Gaussian Q-Q plot; both
 * standardised by a robust scale (median |ξ| / 0.6745, the standard deviation of a Gaussian), so that a Gaussian lies
 * on the diagonal and heavy tails bend away from it.
 */
public final class GradientNoiseFigures implements FigureProvider {

    private static final int BINS = 41;
    /** Median |Z| of a standard Gaussian. */
    private static final double GAUSSIAN_MEDIAN_ABS = 0.6744897501960817;

    @Override
    public ResultKind kind() {
        return GradientNoiseResults.GRADIENT_NOISE;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        String role = ResultMetadata.of(ref).get(ResultKeys.ROLE, "");
        String run = " (run " + context.run().getId() + ")";
        if (role.equals(GradientNoiseResults.ROLE_TAIL_INDEX)) {
            return tailIndex(ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                    GradientNoiseResults.TAIL_INDEX_COLUMNS), stripSuffix(name, "-alpha"), run);
        }
        if (role.equals(GradientNoiseResults.ROLE_SAMPLES)) {
            return samples(ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                    GradientNoiseResults.SAMPLE_COLUMNS), stripSuffix(name, "-samples"), run);
        }
        return List.of();
    }

    private static String stripSuffix(String name, String suffix) {
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    private static List<Figure> tailIndex(double[][] c, String name, String run) {
        double last = Arrays.stream(c[0]).max().orElse(0);
        List<Series> bySize = new ArrayList<>();
        List<Series> along = new ArrayList<>();
        for (int kind = 0; kind < 2; kind++) {
            String label = kind == 0 ? "random directions" : "top Hessian directions";
            List<double[]> end = new ArrayList<>();
            List<double[]> path = new ArrayList<>();
            double smallest = Double.POSITIVE_INFINITY;
            for (int r = 0; r < c[0].length; r++) {
                if (c[2][r] == kind && c[0][r] != last) {
                    smallest = Math.min(smallest, c[1][r]);
                }
            }
            for (int r = 0; r < c[0].length; r++) {
                if (c[2][r] != kind) {
                    continue;
                }
                double[] row = {c[0][r], c[1][r], c[3][r], c[4][r], c[5][r]};
                if (c[0][r] == last) {
                    end.add(row);
                }
                if (c[1][r] == smallest) {
                    path.add(row);
                }
            }
            if (!end.isEmpty()) {
                double[] b = end.stream().mapToDouble(e -> e[1]).toArray();
                bySize.add(new Series("α, " + label, b, end.stream().mapToDouble(e -> e[2]).toArray(),
                        Series.Style.LINE_POINTS));
                bySize.add(new Series("90 % interval, " + label, concat(b, b), concat(end.stream().mapToDouble(
                        e -> e[3]).toArray(), end.stream().mapToDouble(e -> e[4]).toArray()), Series.Style.POINTS));
            }
            if (path.size() > 1) {
                along.add(new Series("α, " + label + " (batch " + (int) smallest + ")", path.stream().mapToDouble(
                        e -> e[0]).toArray(), path.stream().mapToDouble(e -> e[2]).toArray(),
                        Series.Style.LINE_POINTS));
            }
        }
        List<Figure> out = new ArrayList<>();
        out.add(new Figure(name + "-alpha", ChartSpec.of("Tail index of gradient noise against batch size",
                Axis.logarithmic("batch size"), Axis.linear("tail index α (2: Gaussian)"), bySize), "Tail index of "
                        + "the mini-batch gradient noise (Mohammadi et al. 2015, as used by Şimşekli et al. 2019) "
                        + "at the trained point, with its 90 % bootstrap interval: below 2 the noise is heavy-tailed; "
                        + "larger batches average it toward a Gaussian." + run));
        if (!along.isEmpty()) {
            out.add(new Figure(name + "-alpha-training", ChartSpec.of("Tail index along training", Axis.linear(
                    "step"), Axis.linear("tail index α"), along), "Tail index of the gradient noise at each "
                            + "checkpoint, at the smallest batch size." + run));
        }
        return out;
    }

    private static List<Figure> samples(double[][] c, String name, String run) {
        boolean hasHessian = Arrays.stream(c[1]).anyMatch(k -> k == 1);
        int kind = hasHessian ? 1 : 0;
        TreeSet<Double> sizes = new TreeSet<>();
        for (int r = 0; r < c[0].length; r++) {
            sizes.add(c[0][r]);
        }
        List<Series> histograms = new ArrayList<>();
        List<Series> qq = new ArrayList<>();
        double reach = 0;
        for (double b : sizes) {
            double[] z = standardised(select(c, b, kind));
            if (z.length < 2) {
                continue;
            }
            Arrays.sort(z);
            double[] q = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                q[i] = Math.sqrt(2) * Erf.erfInv(2 * (i + 0.5) / z.length - 1);
            }
            reach = Math.max(reach, q[q.length - 1]);
            qq.add(new Series("batch " + (int) b, q, z, Series.Style.POINTS));
            histograms.add(histogram("batch " + (int) b, z));
        }
        qq.add(Series.line("Gaussian", new double[] {-reach, reach}, new double[] {-reach, reach}));
        String direction = hasHessian ? "the top Hessian eigenvector" : "a random direction";
        return List.of(
                new Figure(name + "-histogram", ChartSpec.of("Gradient noise along " + direction, Axis.linear(
                        "noise / robust scale"), Axis.logarithmic("density"), histograms), "Histogram of the "
                                + "mini-batch gradient noise ⟨∇L_B − ∇L, u⟩ along " + direction + " at the trained "
                                + "point, per batch size, standardised by median|ξ|/0.6745 (log density: a Gaussian "
                                + "is a parabola, heavy tails lie above it)." + run),
                new Figure(name + "-qq", ChartSpec.of("Gaussian Q-Q plot of gradient noise", Axis.linear(
                        "Gaussian quantile"), Axis.linear("noise quantile / robust scale"), qq), "Quantiles of the "
                                + "standardised noise against those of a standard Gaussian: a Gaussian lies on the "
                                + "diagonal, heavy tails leave it at both ends." + run));
    }

    private static double[] select(double[][] c, double batch, int kind) {
        List<Double> v = new ArrayList<>();
        for (int r = 0; r < c[0].length; r++) {
            if (c[0][r] == batch && c[1][r] == kind) {
                v.add(c[2][r]);
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return x divided by median|x| / 0.6745 (a Gaussian's standard deviation), or x when that is 0 */
    static double[] standardised(double[] x) {
        double[] abs = Arrays.stream(x).map(Math::abs).sorted().toArray();
        if (abs.length == 0) {
            return x;
        }
        double median = abs.length % 2 == 1 ? abs[abs.length / 2] : (abs[abs.length / 2 - 1] + abs[abs.length / 2])
                / 2;
        double scale = median / GAUSSIAN_MEDIAN_ABS;
        return scale > 0 ? Arrays.stream(x).map(v -> v / scale).toArray() : x;
    }

    /** @return the density of sorted z on {@link #BINS} bins over ±(its 99.5 % extent), empty bins left out */
    private static Series histogram(String label, double[] z) {
        double reach = Math.max(Math.abs(z[0]), Math.abs(z[z.length - 1]));
        double width = 2 * reach / BINS;
        double[] count = new double[BINS];
        for (double v : z) {
            count[Math.min(BINS - 1, (int) ((v + reach) / width))]++;
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            if (count[i] > 0) {
                points.add(new double[] {-reach + (i + 0.5) * width, count[i] / (z.length * width)});
            }
        }
        return new Series(label, points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(
                p -> p[1]).toArray(), Series.Style.LINE_POINTS);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
