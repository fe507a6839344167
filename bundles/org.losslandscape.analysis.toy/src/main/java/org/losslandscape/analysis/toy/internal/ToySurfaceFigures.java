package org.losslandscape.analysis.toy.internal;

import java.io.IOException;
import java.util.List;

import org.losslandscape.analysis.toy.results.ToyLandscape;
import org.losslandscape.analysis.toy.results.ToyResults;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * A toy surface: its grid as a heatmap with contours at quantiles of the values, the optimizer paths from their
 * start markers and the typed critical points. The paths' and critical points' files are drawn with their grid.
 */
public final class ToySurfaceFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return ToyResults.KIND;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        if (!ToyResults.SURFACES.accepts(ref)) {
            return List.of(); // a side file: drawn with its grid
        }
        ToyLandscape toy = ToyResults.SURFACES.read(context.experimentFile(), context.run(), ref);
        String description = ref.getDescription() == null ? "toy surface" : ref.getDescription();
        String pathNote = toy.paths() == null ? "" : " Lines: " + toy.paths().size()
                + " optimizer paths from their start markers.";
        String criticalNote = toy.critical().isEmpty() ? "" : " Markers: the " + toy.critical().size()
                + " critical points found by Newton's method, typed by the Hessian's eigenvalues.";
        return List.of(new Figure(name, toy.chart(), description + "; contours at quantiles of the values."
                + pathNote + criticalNote + " (run " + context.run().getId() + ")"));
    }
}
