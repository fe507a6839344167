package org.losslandscape.analysis.flatness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProviders;
import org.losslandscape.model.Metric;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;

/** What the tests read from a finished run: its metrics and the figures of its results. */
final class RunResults {

    private RunResults() {
    }

    /** @return the run's metrics by name */
    static Map<String, Double> metrics(Run run) {
        return run.getMetrics().stream().collect(Collectors.toMap(Metric::getName, Metric::getValue, (a, b) -> b));
    }

    /** @return the figures of the run's first result of the kind, named "x-..." */
    static List<Figure> figures(Path file, Run run, ResultKind kind) throws IOException {
        ResultRef ref = run.getResults().stream().filter(r -> r.getKind() == kind).findFirst().orElseThrow();
        return FigureProviders.fromServiceLoader().forKind(kind).figures(new FigureContext(file, run,
                FigureContext.NO_TRAJECTORY), ref, "x");
    }
}
