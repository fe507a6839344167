package org.losslandscape.analysis.dynamics.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.losslandscape.analysis.dynamics.LearningCoefficientResults;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.results.ResultReader;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * The chain diagnostics of a learning-coefficient estimate ({@link LearningCoefficientResults#LLC_CHAINS}): each
 * SGLD chain's {@code nβ(L − L*)} against its step, whose mean after the burn-in is that chain's λ̂. Chains that
 * settle at one level agree; a trace that climbs without settling, or stops (diverged), says the step is too large or
 * the localisation too weak.
 */
public final class LearningCoefficientChainFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return LearningCoefficientResults.LLC_CHAINS;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        NpyArray a = ResultReader.array(context.experimentFile(), ref);
        if (a.shape().length != 2) {
            throw new IllegalArgumentException(ref.getUri() + ": the chains need a [chains, steps] array");
        }
        int chains = a.shape()[0];
        int length = a.shape()[1];
        double[] t = new double[length];
        Arrays.setAll(t, i -> i);
        List<Series> series = new ArrayList<>();
        for (int c = 0; c < chains; c++) {
            series.add(Series.line("chain " + (c + 1), t, Arrays.copyOfRange(a.data(), c * length, (c + 1)
                    * length)));
        }
        long burnIn = ResultMetadata.of(ref).get(LearningCoefficientResults.BURN_IN, 0L);
        return List.of(new Figure(name, ChartSpec.of("SGLD chains", Axis.linear("SGLD step"), Axis.linear(
                "nβ (L − L*)"), series), "Each chain's nβ(L_m(w_t) − L_n(w*)) at the last point; the mean after the "
                        + "burn-in of " + burnIn + " steps is the chain's estimate. Traces that level off at one "
                        + "height agree; one that keeps climbing or ends early (diverged) asks for a smaller step or "
                        + "a stronger localisation. (run " + context.run().getId() + ")"));
    }
}
