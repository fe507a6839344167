package org.losslandscape.analysis.dynamics.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.losslandscape.analysis.dynamics.DynamicsResults;
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
 * A {@link DynamicsResults#FLOW} result as two figures: the loss of gradient descent at each learning rate beside
 * the flow's against time, and each rate's distance to the flow (log scale), labelled with η·λ_max/2.
 */
public final class GradientFlowFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return DynamicsResults.FLOW;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[][] c = ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                DynamicsResults.FLOW_COLUMNS);
        ResultMetadata m = ResultMetadata.of(ref);
        double lambdaMax = m.get(DynamicsResults.LAMBDA_MAX, Double.NaN);
        List<Series> losses = new ArrayList<>();
        List<Series> distances = new ArrayList<>();
        int rows = c[0].length;
        int begin = 0;
        while (begin < rows) {
            int end = begin;
            while (end < rows && c[0][end] == c[0][begin]) {
                end++;
            }
            double[] t = Arrays.copyOfRange(c[1], begin, end);
            double eta = m.get(DynamicsResults.LEARNING_RATES, List.of()).size() > (int) c[0][begin]
                    ? m.get(DynamicsResults.LEARNING_RATES, List.of()).get((int) c[0][begin]) : Double.NaN;
            String label = String.format(Locale.ROOT, "GD η=%.3g (ηλ/2=%.2f)", eta, eta * lambdaMax / 2);
            if (begin == 0) {
                losses.add(Series.line("gradient flow", t, Arrays.copyOfRange(c[3], begin, end)));
            }
            losses.add(Series.line(label, t, Arrays.copyOfRange(c[2], begin, end)));
            // the first sample's distance is 0 on a log axis: leave it out
            distances.add(Series.line(label, Arrays.copyOfRange(t, 1, t.length), Arrays.copyOfRange(c[4], begin + 1,
                    end)));
            begin = end;
        }
        String run = " (run " + context.run().getId() + ")";
        return List.of(new Figure(name + "-loss", ChartSpec.of("Gradient descent against gradient flow", Axis.linear(
                "time t = step × η"), Axis.logarithmic("training loss"), losses), String.format(Locale.ROOT,
                        "Training loss of gradient descent at each learning rate and of the gradient flow "
                                + "(Dormand–Prince) from the same point, on the clock t = step × η. Below the edge "
                                + "of stability (ηλ_max/2 < 1, λ_max = %.4g at the start) GD follows the flow.",
                        lambdaMax) + run),
                new Figure(name + "-distance", ChartSpec.of("Distance to the flow", Axis.linear("time t = step × η"),
                        Axis.logarithmic("‖θ_GD − θ_flow‖"), distances), "Distance between gradient descent's "
                                + "iterate and the flow at the same time: of order η below the edge of stability, "
                                + "growing past it." + run));
    }
}
