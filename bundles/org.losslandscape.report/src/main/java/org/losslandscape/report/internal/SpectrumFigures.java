package org.losslandscape.report.internal;

import java.io.IOException;
import java.util.List;

import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.report.FigureContext;
import org.losslandscape.report.FigureProvider;
import org.losslandscape.report.HtmlReport;

/** The Hessian's eigenvalues as bars. */
public final class SpectrumFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return ResultKind.SPECTRUM;
    }

    @Override
    public List<HtmlReport.Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        double[] values = DataProviders.SPECTRA.read(context.experimentFile(), context.run(), ref).values();
        return List.of(new HtmlReport.Figure(name, Charts.topEigenvalues("Hessian eigenvalues", values, Double.NaN,
                ""), ref.getDescription() + " (run " + context.run().getId() + ")."));
    }
}
