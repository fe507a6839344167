package org.losslandscape.analysis.critical.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.losslandscape.analysis.critical.CriticalResults;
import org.losslandscape.compute.critical.AlphaLaw;
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
 * A {@link CriticalResults#KIND} result as Dauphin et al.'s Fig. 1 (2014): the index fraction of each critical point
 * found against its loss, one series of points per kind of start, with Pennington and Bahri's law
 * α = α₀·((ε − ε_c)/ε_c)^{3/2} as fitted (a line from the lowest loss found to the highest).
 */
public final class CriticalPointsFigures implements FigureProvider {

    /** Points of the fitted law's line. */
    static final int LAW_POINTS = 100;

    @Override
    public ResultKind kind() {
        return CriticalResults.KIND;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[][] c = ResultReader.columns(ResultReader.array(context.experimentFile(), ref),
                CriticalResults.COLUMNS.size());
        List<Series> series = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int found = 0;
        for (int origin = 0; origin < CriticalResults.ORIGINS.size(); origin++) {
            List<double[]> points = new ArrayList<>();
            for (int r = 0; r < c[0].length; r++) {
                if (c[0][r] == origin && c[1][r] == 1) {
                    points.add(new double[] {c[2][r], c[4][r]});
                    lo = Math.min(lo, c[2][r]);
                    hi = Math.max(hi, c[2][r]);
                }
            }
            if (!points.isEmpty()) {
                series.add(new Series("from " + CriticalResults.ORIGINS.get(origin), column(points, 0),
                        column(points, 1), Series.Style.POINTS));
                found += points.size();
            }
        }
        ResultMetadata m = ResultMetadata.of(ref);
        double criticalLoss = m.get(CriticalResults.CRITICAL_LOSS, Double.NaN);
        double scale = m.get(CriticalResults.ALPHA_SCALE, Double.NaN);
        String law = "";
        if (Double.isFinite(criticalLoss) && Double.isFinite(scale) && hi > lo) {
            AlphaLaw fitted = new AlphaLaw(criticalLoss, scale, AlphaLaw.THREE_HALVES, Double.NaN);
            double[] x = new double[LAW_POINTS];
            double[] y = new double[LAW_POINTS];
            for (int i = 0; i < LAW_POINTS; i++) {
                x[i] = lo + (hi - lo) * i / (LAW_POINTS - 1);
                y[i] = fitted.at(x[i]);
            }
            series.add(Series.line(String.format(Locale.ROOT, "α = %.3g·((ε − %.3g)/%.3g)^1.5", scale, criticalLoss,
                    criticalLoss), x, y));
            law = String.format(Locale.ROOT, " The line is Pennington and Bahri's law α = α₀·((ε − ε_c)/ε_c)^{3/2}, "
                    + "fitted by least squares: ε_c = %.4g, α₀ = %.4g.", criticalLoss, scale);
        }
        String caption = String.format(Locale.ROOT, "Index fraction α (share of negative Hessian eigenvalues) "
                + "against the training loss ε of the %d critical points found (‖∇L‖ ≤ %s), as in Dauphin et al. "
                + "2014, Fig. 1: the higher the loss, the more directions lead down; minima (α = 0) lie at the "
                + "lowest losses.%s (run %s)", found, m.get(CriticalResults.TOLERANCE, Double.NaN), law,
                context.run().getId());
        return List.of(new Figure(name + "-index", ChartSpec.of("Index of critical points against their loss",
                Axis.linear("training loss ε"), Axis.linear("index fraction α"), series), caption));
    }

    private static double[] column(List<double[]> rows, int j) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[j];
        }
        return out;
    }
}
