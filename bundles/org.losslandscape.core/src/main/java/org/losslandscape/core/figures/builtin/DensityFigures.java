package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.List;

import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.DensityEstimate;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/** The estimated eigenvalue density of the Hessian. */
public final class DensityFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return ResultKind.DENSITY;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        DensityEstimate d = DataProviders.DENSITIES.read(context.experimentFile(), context.run(), ref);
        return List.of(new Figure(name, Charts.spectralDensity("Hessian spectral density",
                d.eigenvalue(), d.density()), "Stochastic Lanczos quadrature estimate of the eigenvalue density (run "
                        + context.run().getId() + ")."));
    }
}
