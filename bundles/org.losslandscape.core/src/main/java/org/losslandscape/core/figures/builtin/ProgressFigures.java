package org.losslandscape.core.figures.builtin;

import java.io.IOException;
import java.util.List;

import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.figures.Figure;
import org.losslandscape.core.figures.FigureContext;
import org.losslandscape.core.figures.FigureProvider;
import org.losslandscape.core.results.DataProviders;
import org.losslandscape.core.results.GrokkingProgress;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/** Grokking's progress measures, one chart each: the weight norm and the Fourier concentration. */
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
        return List.of(new Figure(name + "-norm", ChartSpec.of("Weight norm", new Axis("step", logX,
                null), Axis.linear("‖θ‖"), List.of(new Series("weight norm", step, p.weightNorm(),
                        Series.Style.LINE))), "The parameters' L2 norm; weight decay shrinks it as the network moves "
                                + "from memorising to the general solution (run " + runId + ")."),
                new Figure(name + "-fourier", ChartSpec.of("Fourier concentration", new Axis("step", logX,
                        null), Axis.linear("share of energy"), List.of(new Series("top-5 frequencies", step,
                                p.fourierShare(), Series.Style.LINE))), "Share of the first layer's input-weight "
                                        + "energy in its five strongest Fourier frequencies (Nanda et al. 2023): near "
                                        + "1 once the network computes the sum with a few frequencies (run " + runId
                                        + ")."));
    }
}
