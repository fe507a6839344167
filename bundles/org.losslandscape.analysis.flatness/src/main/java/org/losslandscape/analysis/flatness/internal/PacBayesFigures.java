package org.losslandscape.analysis.flatness.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
 * A {@link FlatnessResults#PAC_BAYES} result as two figures: the bound, the posterior's training error with its upper
 * confidence limit and its test error against σ; and KL(Q‖P) against σ.
 */
public final class PacBayesFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return FlatnessResults.PAC_BAYES;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[][] c = ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                FlatnessResults.PAC_BAYES_COLUMNS);
        ResultMetadata m = ResultMetadata.of(ref);
        double sigma = m.get(FlatnessResults.SIGMA, Double.NaN);
        String posterior = m.get(FlatnessResults.POSTERIOR, "?").toLowerCase(Locale.ROOT);
        List<Series> errors = new ArrayList<>();
        errors.add(new Series("bound on the test error", c[0], c[4], Series.Style.LINE_POINTS));
        errors.add(Series.line("training error, upper limit", c[0], c[3]));
        errors.add(Series.line("training error of the draws", c[0], c[2]));
        if (Arrays.stream(c[5]).anyMatch(Double::isFinite)) {
            errors.add(Series.line("test error of the draws", c[0], c[5]));
        }
        int best = 0;
        for (int j = 1; j < c[4].length; j++) {
            best = c[4][j] < c[4][best] ? j : best;
        }
        String run = " (run " + context.run().getId() + ")";
        return List.of(new Figure(name + "-bound", ChartSpec.of("PAC-Bayes bound, " + posterior + " posterior", Axis
                .logarithmic("posterior width σ"), Axis.linear("0-1 error"), errors), String.format(Locale.ROOT,
                        "The PAC-Bayes bound (kl form) on the test error of the Gaussian posterior around the solution, "
                                + "its Monte Carlo training error with the upper confidence limit, and its measured "
                                + "test error, against the width σ (the union bound over the grid is paid). Smallest "
                                + "bound: %.4f at σ = %.3g.", c[4][best], sigma) + run),
                new Figure(name + "-kl", ChartSpec.of("KL(posterior ‖ prior)", Axis.logarithmic("posterior width σ"),
                        Axis.logarithmic("KL"), List.of(new Series("KL", c[0], c[1], Series.Style.LINE_POINTS))),
                        "The KL divergence between the posterior at the solution and the prior at the initial point, "
                                + "‖(θ* − θ₀)/c‖²/(2σ²): a flat minimum near the initial point keeps it small at the "
                                + "widths where the training error stays low." + run));
    }
}
