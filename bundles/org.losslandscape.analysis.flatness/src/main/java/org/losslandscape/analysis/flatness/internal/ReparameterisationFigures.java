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
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * A {@link FlatnessResults#REPARAMETERISATION} result as two figures against α: λ_max, the trace and adaptive
 * sharpness relative to their values at the factor nearest 1 (log scale), and the PAC-Bayes bounds.
 */
public final class ReparameterisationFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return FlatnessResults.REPARAMETERISATION;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[][] c = ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                FlatnessResults.REPARAMETERISATION_COLUMNS);
        double[] alpha = c[0];
        int unit = 0;
        for (int j = 1; j < alpha.length; j++) {
            unit = Math.abs(Math.log(alpha[j])) < Math.abs(Math.log(alpha[unit])) ? j : unit;
        }
        List<Series> measures = List.of(relative("λ_max", alpha, c[3], unit), relative("trace", alpha, c[4], unit),
                relative("adaptive sharpness", alpha, c[5], unit));
        String run = " (run " + context.run().getId() + ")";
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(name + "-sharpness", ChartSpec.of("Sharpness under rescaling", Axis.logarithmic(
                "α (layer × α, next layer × 1/α)"), Axis.logarithmic("relative to α = " + alpha[unit]), measures),
                String.format(java.util.Locale.ROOT, "Dinh et al. 2017: the rescaled networks compute the same "
                        + "function (largest output change %.2g), yet λ_max and the trace change by orders of "
                        + "magnitude; adaptive sharpness does not.", Arrays.stream(c[1]).max().orElse(0)) + run));
        if (Arrays.stream(c[6]).anyMatch(Double::isFinite)) {
            figures.add(new Figure(name + "-bounds", ChartSpec.of("PAC-Bayes bound under rescaling", Axis.logarithmic(
                    "α"), Axis.linear("bound on the test error"), List.of(new Series("isotropic posterior", alpha,
                            c[6], Series.Style.LINE_POINTS), new Series("layer-scaled posterior", alpha, c[7],
                                    Series.Style.LINE_POINTS))), "The bound with an isotropic posterior depends on "
                                            + "the parameterisation; with the posterior and prior scaled per tensor "
                                            + "it does not." + run));
        }
        return figures;
    }

    private static Series relative(String label, double[] alpha, double[] values, int unit) {
        double[] y = new double[values.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = values[j] / values[unit];
        }
        return new Series(label, alpha, y, Series.Style.LINE_POINTS);
    }
}
