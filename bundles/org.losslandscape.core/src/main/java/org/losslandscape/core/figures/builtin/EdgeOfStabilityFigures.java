package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.List;

import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.StabilityTrace;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/** λ_max during training against the optimizer's stability threshold. */
public final class EdgeOfStabilityFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return ResultKind.EOS;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        StabilityTrace t = DataProviders.EDGE_OF_STABILITY.read(context.experimentFile(), context.run(), ref);
        return List.of(new Figure(name, Charts.edgeOfStability(t.step(), t.sharpness(), t.threshold()),
                "Sharpness λ_max of the full-batch training loss during training (warm-started Lanczos), against the "
                        + "optimizer's stability threshold (run " + context.run().getId() + ")."));
    }
}
