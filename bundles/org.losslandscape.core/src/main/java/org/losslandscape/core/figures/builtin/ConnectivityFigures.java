package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.PathLosses;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/** The loss along the paths between two solutions; a path that was not computed (all NaN) is left out. */
public final class ConnectivityFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return ResultKind.CONNECTIVITY;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        PathLosses p = DataProviders.CONNECTIVITY.read(context.experimentFile(), context.run(), ref);
        Map<String, double[]> curves = new LinkedHashMap<>();
        put(curves, "straight line", p.line());
        put(curves, "line after alignment", p.alignedLine());
        put(curves, "Bezier curve", p.bezier());
        return List.of(new Figure(name, Charts.slice("Mode connectivity", "t", p.t(), curves,
                "training loss", false), "Training loss from another run's solution (t = 0) to this run's (t = 1): "
                        + "along the straight line, after aligning the hidden units by weight matching, and along a "
                        + "trained quadratic Bezier curve (run " + context.run().getId() + ")."));
    }

    private static void put(Map<String, double[]> curves, String name, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                curves.put(name, values);
                return;
            }
        }
    }
}
