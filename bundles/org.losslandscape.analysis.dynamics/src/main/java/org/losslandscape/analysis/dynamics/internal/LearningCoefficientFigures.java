package org.losslandscape.analysis.dynamics.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.losslandscape.analysis.dynamics.LearningCoefficientResults;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * A {@link LearningCoefficientResults#LLC} result as figures: λ̂ against the step with a band of two standard errors
 * across chains, and — when the run has training curves — λ̂ scaled to its peak beside the training and validation
 * accuracy, which shows where the coefficient moves against memorisation and generalisation (grokking).
 */
public final class LearningCoefficientFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return LearningCoefficientResults.LLC;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[][] c = ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                LearningCoefficientResults.LLC_COLUMNS.size());
        double[] step = c[0];
        double[] llc = c[1];
        double[] upper = new double[llc.length];
        double[] lower = new double[llc.length];
        double peak = 0;
        for (int i = 0; i < llc.length; i++) {
            upper[i] = llc[i] + 2 * c[2][i];
            lower[i] = llc[i] - 2 * c[2][i];
            peak = Math.max(peak, llc[i]);
        }
        double beta = ResultMetadata.of(ref).get(LearningCoefficientResults.BETA, Double.NaN);
        String run = " (run " + context.run().getId() + ")";
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(name, ChartSpec.of("Local learning coefficient", Axis.linear("step"), Axis.linear(
                "λ̂"), List.of(new Series("λ̂", step, llc, Series.Style.LINE_POINTS), Series.line("λ̂ + 2 se", step,
                        upper), Series.line("λ̂ − 2 se", step, lower))), String.format(Locale.ROOT, "The local "
                                + "learning coefficient λ̂ = nβ(E[L_n(w)] − L_n(w*)) by SGLD chains localised at "
                                + "each point (β = %.4g), with two standard errors across chains. A regular model "
                                + "has λ = d/2; a lower value is a more degenerate solution.", beta) + run));
        CurveTable curves = ResultReader.first(DataProviders.CURVES, context.experimentFile(), context.run());
        if (curves != null && peak > 0 && hasAccuracy(curves)) {
            double[] scaled = new double[llc.length];
            for (int i = 0; i < llc.length; i++) {
                scaled[i] = llc[i] / peak;
            }
            figures.add(new Figure(name + "-curves", ChartSpec.of("Learning coefficient and accuracy",
                    Axis.linear("step"), Axis.linear("accuracy, λ̂ / max λ̂").withRange(0, 1.05), List.of(Series
                            .line("train accuracy", curves.step(), curves.trainAccuracy()), Series.line(
                                    "validation accuracy", curves.step(), curves.valAccuracy()), new Series(
                                            String.format(Locale.ROOT, "λ̂ / %.3g", peak), step, scaled,
                                            Series.Style.LINE_POINTS))), "The learning coefficient, scaled to its "
                                                    + "peak, beside the training curves: how the solution's "
                                                    + "degeneracy changes as the network memorises and then "
                                                    + "generalises." + run));
        }
        return figures;
    }

    private static boolean hasAccuracy(CurveTable curves) {
        for (double a : curves.trainAccuracy()) {
            if (!Double.isNaN(a)) {
                return true;
            }
        }
        return false;
    }
}
