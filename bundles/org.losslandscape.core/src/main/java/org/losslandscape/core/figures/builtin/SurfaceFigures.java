package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.LossSurface;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * A loss surface: a 1D slice as a line, a 2D surface as a heatmap with contours, with the optimizer's path on top
 * when the surface lies on the trajectory's principal plane.
 */
public final class SurfaceFigures implements FigureProvider {

    private static final int CONTOURS = 12;

    @Override
    public ResultKind kind() {
        return ResultKind.SURFACE;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        LossSurface s = DataProviders.SURFACES.read(context.experimentFile(), context.run(), ref);
        String description = ref.getDescription() == null ? "" : ref.getDescription();
        if (s.is1d()) {
            return List.of(new Figure(name, Charts.slice("Loss along a line", "α", s.x(), Map.of("loss",
                    s.trainLoss()), "loss", false), description + "."));
        }
        boolean onPca = DirectionKind.PCA_TRAJECTORY.getLiteral().equals(ResultMetadata.of(ref).get(
                ResultKeys.DIRECTIONS, ""));
        double[] tx = onPca ? context.trajectory().a() : new double[0];
        double[] ty = onPca ? context.trajectory().b() : new double[0];
        Heatmap heatmap = Heatmap.of(s.x(), s.y(), s.trainLoss(), Heatmap.Order.X_MAJOR).withContourCount(CONTOURS);
        ChartSpec chart = Charts.landscape("Loss landscape", heatmap, tx, ty, List.of());
        return List.of(new Figure(name, chart, description + (tx.length > 0
                ? "; the line is the optimizer's path, projected on the same plane." : ".")));
    }
}
