package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.List;

import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/** The Hessian's eigenvalues as bars. */
public final class SpectrumFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return ResultKind.SPECTRUM;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[] values = DataProviders.SPECTRA.read(context.experimentFile(), context.run(), ref).values();
        return List.of(new Figure(name, Charts.topEigenvalues("Hessian eigenvalues", values, Double.NaN,
                ""), ref.getDescription() + " (run " + context.run().getId() + ")."));
    }
}
