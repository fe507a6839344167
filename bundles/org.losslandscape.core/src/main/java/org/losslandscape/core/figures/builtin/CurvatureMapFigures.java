package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.List;

import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.chart.Heatmap;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.CurvatureMapData;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * A curvature map as Li et al. 2018 draw it (section 6, "Are we really seeing convexity?"): a heatmap of
 * |λ_min/λ_max| over the slice, and one of λ_max beside it.
 */
public final class CurvatureMapFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return CurvatureMapData.KIND;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        CurvatureMapData m = DataProviders.CURVATURE_MAPS.read(context.experimentFile(), context.run(), ref);
        if (m.x().length < 2 || m.y().length < 2) {
            return List.of();
        }
        String description = ref.getDescription() == null ? "" : ref.getDescription() + "; ";
        return List.of(new Figure(name + "-ratio", Charts.landscape("|λ_min/λ_max|", m.ratioHeatmap(null),
                new double[0], new double[0], List.of()), description + "|λ_min/λ_max| at each point: near 0 where "
                        + "the landscape is locally convex, larger where it curves down as well as up (grey: no "
                        + "positive curvature found)."),
                new Figure(name + "-lambda-max", Charts.landscape("λ_max", Heatmap.of(m.x(), m.y(), m.lambdaMax(),
                        Heatmap.Order.X_MAJOR), new double[0], new double[0], List.of()), description
                                + "the largest Hessian eigenvalue at each point."));
    }
}
