package org.losslandscape.report.probe;

import java.io.IOException;
import java.util.List;

import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.chart.Charts;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * A figure provider as another bundle would contribute one, for a kind the report draws nothing for: the Hutchinson
 * samples of a trace estimate. Registered in {@code src/test/resources/probe-bundle/META-INF/services}, which only a
 * class loader of its own sees (as only another bundle's would).
 */
public final class TraceSampleFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return ResultKind.SHARPNESS;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        NpyArray samples = ResultReader.array(context.experimentFile(), ref);
        long probes = ResultMetadata.of(ref).get(ResultKeys.PROBES).orElseThrow();
        return List.of(new Figure(name, Charts.topEigenvalues("Hutchinson samples", samples.data(),
                Double.NaN, ""), probes + " probes of the trace (run " + context.run().getId() + ")."));
    }
}
