package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.List;

import org.losslandscape.core.compare.SharedPlaneChart;
import org.losslandscape.core.compare.SharedPlaneFiles;
import org.losslandscape.core.compare.SharedPlaneResult;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * Several runs' paths on one shared plane ({@link SharedPlaneFiles#KIND}): the loss surface with one coloured path
 * per run, the legend by run id.
 */
public final class SharedPlaneFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return SharedPlaneFiles.KIND;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        SharedPlaneResult r = SharedPlaneFiles.read(context.experimentFile(), ref);
        String description = ref.getDescription() == null || ref.getDescription().isBlank()
                ? "Loss on " + r.planeDescription() : ref.getDescription();
        return List.of(new Figure(name, SharedPlaneChart.of(r), description
                + ". Each line is one run's path from its start to its solution, projected on the plane."));
    }
}
