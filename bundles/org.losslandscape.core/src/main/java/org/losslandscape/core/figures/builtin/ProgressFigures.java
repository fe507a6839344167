package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.CurveTable;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.FourierAblationTrace;
import org.losslandscape.core.results.GrokkingProgress;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * Grokking's progress measures, one chart each: the weight norm, the Fourier concentration and, when the run recorded
 * them, Nanda et al.'s restricted and excluded training loss beside the training and validation loss.
 */
public final class ProgressFigures implements FigureProvider {

    @Override
    public ResultKind kind() {
        return ResultKind.PROGRESS;
    }

    @Override
    public List<Figure> figures(FigureContext context, ResultRef ref, String name) throws IOException {
        GrokkingProgress p = DataProviders.PROGRESS.read(context.experimentFile(), context.run(), ref);
        double[] step = p.step();
        int n = step.length;
        boolean logX = n > 0 && step[n - 1] >= 5000;
        String runId = context.run().getId();
        List<Figure> figures = new ArrayList<>(List.of(new Figure(name + "-norm", ChartSpec.of("Weight norm", new Axis("step", logX,
                null), Axis.linear("‖θ‖"), List.of(new Series("weight norm", step, p.weightNorm(),
                        Series.Style.LINE))), "The parameters' L2 norm; weight decay shrinks it as the network moves "
                                + "from memorising to the general solution (run " + runId + ")."),
                new Figure(name + "-fourier", ChartSpec.of("Fourier concentration", new Axis("step", logX,
                        null), Axis.linear("share of energy"), List.of(new Series("top-5 frequencies", step,
                                p.fourierShare(), Series.Style.LINE))), "Share of the first layer's input-weight "
                                        + "energy in its five strongest Fourier frequencies (Nanda et al. 2023): near "
                                        + "1 once the network computes the sum with a few frequencies (run " + runId
                                        + ").")));
        if (ResultMetadata.of(ref).get(ResultKeys.COLUMNS, List.<String>of()).contains(FourierAblationTrace.COLUMN)) {
            figures.add(ablation(context, ref, name, logX));
        }
        return figures;
    }

    /** Restricted and excluded loss with the training and validation loss of the run's curves, on a log scale. */
    private static Figure ablation(FigureContext context, ResultRef ref, String name, boolean logX)
            throws IOException {
        FourierAblationTrace t = DataProviders.FOURIER_ABLATION.read(context.experimentFile(), context.run(), ref);
        List<Series> series = new ArrayList<>();
        for (ResultRef r : context.run().getResults()) {
            if (DataProviders.CURVES.accepts(r)) {
                CurveTable c = DataProviders.CURVES.read(context.experimentFile(), context.run(), r);
                series.add(new Series("training loss", c.step(), c.trainLoss(), Series.Style.LINE));
                series.add(new Series("validation loss", c.step(), c.valLoss(), Series.Style.LINE));
                break;
            }
        }
        series.add(new Series("restricted loss", t.step(), t.restrictedLoss(), Series.Style.LINE));
        series.add(new Series("excluded loss", t.step(), t.excludedLoss(), Series.Style.LINE));
        return new Figure(name + "-ablation", ChartSpec.of("Restricted and excluded loss", new Axis("step",
                logX, null), Axis.logarithmic("cross-entropy"), series), "Nanda et al.'s progress measures over the "
                        + "key frequencies " + t.keyFrequencies() + " of the final logits: the training loss with "
                        + "only their components (restricted) falls as the general circuit forms, before the "
                        + "validation loss; without them (excluded) it rises as memorisation is cleaned up (run "
                        + context.run().getId() + ").");
    }
}
