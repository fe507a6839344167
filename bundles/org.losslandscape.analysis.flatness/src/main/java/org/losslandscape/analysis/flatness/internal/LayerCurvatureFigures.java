package org.losslandscape.analysis.flatness.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.losslandscape.analysis.flatness.FlatnessResults;
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
 * A {@link FlatnessResults#LAYER_CURVATURE} result as bars of λ_max and of the trace per block, grouped by operator,
 * and one figure per operator that stacks the blocks' spectral densities.
 */
public final class LayerCurvatureFigures implements FigureProvider {

    /** The width of a group of bars around a block's position. */
    private static final double GROUP = 0.6;

    @Override
    public ResultKind kind() {
        return FlatnessResults.LAYER_CURVATURE;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[][] c = ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                FlatnessResults.LAYER_CURVATURE_COLUMNS);
        ResultMetadata m = ResultMetadata.of(ref);
        List<String> operators = m.get(FlatnessResults.OPERATORS, List.of());
        List<String> blocks = m.get(FlatnessResults.BLOCKS, List.of());
        int ops = operators.size();
        int count = blocks.size();
        double[][] lambdaMax = new double[ops][count];
        double[][] trace = new double[ops][count];
        List<List<Series>> densities = new ArrayList<>();
        for (int o = 0; o < ops; o++) {
            densities.add(new ArrayList<>());
        }
        int rows = c[0].length;
        int begin = 0;
        while (begin < rows) {
            int end = begin;
            while (end < rows && c[0][end] == c[0][begin] && c[1][end] == c[1][begin]) {
                end++;
            }
            int o = (int) c[0][begin];
            int b = (int) c[1][begin];
            lambdaMax[o][b] = c[3][begin];
            trace[o][b] = c[4][begin];
            densities.get(o).add(Series.line(blockName(blocks.get(b)) + " (" + (int) c[2][begin] + ")", Arrays
                    .copyOfRange(c[6], begin, end), floored(Arrays.copyOfRange(c[7], begin, end))));
            begin = end;
        }
        String run = " (run " + context.run().getId() + ")";
        String legend = "Blocks: " + String.join(", ", blocks.stream().map(LayerCurvatureFigures::blockName)
                .toList()) + ", at x = 0, 1, …";
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(name + "-lambda-max", ChartSpec.of("λ_max by block and operator", Axis.linear(
                "block"), Axis.linear("λ_max"), bars(operators, lambdaMax)), "The largest eigenvalue (Lanczos) of "
                        + "each operator restricted to each block of parameters (the diagonal block). " + legend
                        + run));
        figures.add(new Figure(name + "-trace", ChartSpec.of("Trace by block and operator", Axis.linear("block"),
                Axis.linear("trace"), bars(operators, trace)), "Hutchinson's estimate of each block's trace; the "
                        + "layers' traces add up to the whole network's. " + legend + run));
        for (int o = 0; o < ops; o++) {
            figures.add(new Figure(name + "-density-" + o, ChartSpec.of(operators.get(o) + " spectral density by "
                    + "block", Axis.linear("eigenvalue"), Axis.logarithmic("density"), densities.get(o)),
                    "Stochastic Lanczos quadrature estimates of the " + operators.get(o) + "'s eigenvalue density, "
                            + "the whole network's and each layer's block (sizes in brackets)." + run));
        }
        return figures;
    }

    /** @return one bar series per operator, each offset within its block's group */
    private static List<Series> bars(List<String> operators, double[][] values) {
        List<Series> series = new ArrayList<>();
        int ops = operators.size();
        for (int o = 0; o < ops; o++) {
            double[] x = new double[values[o].length];
            for (int b = 0; b < x.length; b++) {
                x[b] = b + (ops == 1 ? 0 : GROUP * ((double) o / (ops - 1) - 0.5));
            }
            series.add(new Series(operators.get(o), x, values[o], Series.Style.BARS));
        }
        return series;
    }

    /** @return the density with values below 10⁻¹² of its peak raised to that floor (a log axis) */
    private static double[] floored(double[] density) {
        double peak = Arrays.stream(density).max().orElse(0);
        double floor = peak > 0 ? peak * 1e-12 : Double.MIN_NORMAL;
        return Arrays.stream(density).map(d -> Math.max(d, floor)).toArray();
    }

    private static String blockName(String block) {
        return "all".equals(block) ? "whole network" : "layer " + block;
    }
}
