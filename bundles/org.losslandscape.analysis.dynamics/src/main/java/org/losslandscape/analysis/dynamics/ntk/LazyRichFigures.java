package org.losslandscape.analysis.dynamics.ntk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.losslandscape.analysis.dynamics.TangentKernelResults;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * A {@link TangentKernelResults#LAZY_RICH} result as three figures: the final kernel change and the final weight
 * movement against width (log-log, one series per parameterisation, with a 1/√width guide through the first point),
 * and the kernel change of every network along its training.
 */
public final class LazyRichFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return TangentKernelResults.LAZY_RICH;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[][] c = ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                TangentKernelResults.COLUMNS);
        List<String> ps = ResultMetadata.of(ref).get(TangentKernelResults.PARAMETERIZATIONS, List.of());
        List<Series> kernel = new ArrayList<>();
        List<Series> weights = new ArrayList<>();
        List<Series> training = new ArrayList<>();
        for (int p = 0; p < ps.size(); p++) {
            List<double[]> ends = new ArrayList<>(); // width, kernel change, weight movement at each network's end
            int rows = c[0].length;
            int begin = 0;
            while (begin < rows) {
                int end = begin;
                while (end < rows && c[0][end] == c[0][begin] && c[1][end] == c[1][begin]) {
                    end++;
                }
                if ((int) c[0][begin] == p) {
                    ends.add(new double[] {c[1][begin], c[4][end - 1], c[5][end - 1]});
                    training.add(Series.line(label(ps.get(p)) + " width " + (int) c[1][begin],
                            Arrays.copyOfRange(c[2], begin, end), Arrays.copyOfRange(c[4], begin, end)));
                }
                begin = end;
            }
            double[] w = ends.stream().mapToDouble(e -> e[0]).toArray();
            kernel.add(new Series(label(ps.get(p)), w, ends.stream().mapToDouble(e -> e[1]).toArray(),
                    Series.Style.LINE_POINTS));
            weights.add(new Series(label(ps.get(p)), w, ends.stream().mapToDouble(e -> e[2]).toArray(),
                    Series.Style.LINE_POINTS));
            if (p == 0 && w.length > 1) {
                kernel.add(guide(w, kernel.get(0).y()[0]));
                weights.add(guide(w, weights.get(0).y()[0]));
            }
        }
        String run = " (run " + context.run().getId() + ")";
        return List.of(
                new Figure(name + "-kernel", ChartSpec.of("Tangent kernel change against width", Axis.logarithmic(
                        "hidden width"), Axis.logarithmic("‖K_T − K_0‖_F / ‖K_0‖_F"), kernel), "Relative change of "
                                + "the empirical neural tangent kernel on the probe rows after training, against the "
                                + "width: under the NTK parameterisation it falls like 1/√width (the lazy regime; the "
                                + "guide line); under mean-field it stays (the rich regime)." + run),
                new Figure(name + "-weights", ChartSpec.of("Weight movement against width", Axis.logarithmic(
                        "hidden width"), Axis.logarithmic("‖θ_T − θ_0‖ / ‖θ_0‖"), weights), "Relative distance "
                                + "the parameters moved in training, against the width." + run),
                new Figure(name + "-training", ChartSpec.of("Tangent kernel change along training", Axis.linear(
                        "gradient-descent step"), Axis.linear("‖K_t − K_0‖_F / ‖K_0‖_F"), training),
                        "Relative change of the kernel of every network as it trains." + run));
    }

    private static String label(String parameterization) {
        return switch (parameterization) {
            case "NTK" -> "NTK";
            case "MEAN_FIELD" -> "mean-field";
            default -> parameterization.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** @return the line ∝ 1/√width through (w[0], y0) */
    private static Series guide(double[] w, double y0) {
        double[] y = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            y[i] = y0 * Math.sqrt(w[0] / w[i]);
        }
        return Series.line("∝ 1/√width", w, y);
    }
}
