package org.losslandscape.core.analysis.builtin;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.connectivity.BezierConfig;
import org.losslandscape.compute.connectivity.PathProfile;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.request.ConnectivityRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.analysis.OtherSolution;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ModeConnectivityAnalysis;
import org.losslandscape.model.ResultKind;

/**
 * Mode connectivity between this run's solution and another run's (the one named by {@code otherRunId}, else the
 * latest other completed run that is not this run's twin): the loss along the straight line and its barrier, after
 * permutation alignment of the other solution's hidden units (weight matching, Ainsworth et al. 2023), and along a
 * trained quadratic Bezier curve (Garipov et al. 2018). Columns of the result: t, line_loss, aligned_line_loss,
 * bezier_loss (NaN where not asked for).
 */
public final class ModeConnectivityKind implements AnalysisKind {

    @Override
    public String id() {
        return "mode-connectivity";
    }

    @Override
    public String description() {
        return "loss barrier between two solutions along a line, a weight-matched line and a trained Bezier curve";
    }

    @Override
    public EClass specClass() {
        return LandscapePackage.Literals.MODE_CONNECTIVITY_ANALYSIS;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        ModeConnectivityAnalysis mc = (ModeConnectivityAnalysis) spec;
        OtherSolution solution = ctx.otherSolution(mc.getOtherRunId());
        if (!solution.found()) {
            ctx.note("analysis " + name + ": mode connectivity " + solution.missing());
            return;
        }
        int points = Math.max(3, mc.getPoints());
        ConnectivityRequest.Paths paths = ctx.compute(new ConnectivityRequest(ctx.model(), solution.parameters(),
                ctx.trainingData(), points, mc.isAlignPermutations(), mc.isBezier() ? new BezierConfig(1000, 0.01, 0,
                        points, ctx.seed()) : null, ctx.seed()));
        PathProfile line = paths.line();
        ctx.metric(name + ".barrier_linear", line.barrier());
        PathProfile aligned = paths.aligned();
        if (aligned != null) {
            ctx.metric(name + ".barrier_aligned", aligned.barrier());
        } else if (paths.notAligned() != null) {
            ctx.note("analysis " + name + ": no permutation alignment: " + paths.notAligned());
        }
        PathProfile bezier = paths.bezier();
        if (bezier != null) {
            ctx.metric(name + ".barrier_bezier", bezier.barrier());
        }
        double[] table = new double[4 * points];
        for (int i = 0; i < points; i++) {
            table[4 * i] = line.points().get(i).t();
            table[4 * i + 1] = line.points().get(i).loss();
            table[4 * i + 2] = aligned == null ? Double.NaN : aligned.points().get(i).loss();
            table[4 * i + 3] = bezier == null ? Double.NaN : bezier.points().get(i).loss();
        }
        ctx.write(ResultKind.CONNECTIVITY, name + ".npy", NpyArray.ofDoubles(new int[] {points, 4}, table),
                "columns: t, line_loss, aligned_line_loss, bezier_loss; from the other run's solution (t = 0) to "
                        + "this run's (t = 1)", ResultMetadata.builder().put(ResultKeys.COLUMNS, List.of("t",
                                "line_loss", "aligned_line_loss", "bezier_loss"))
                                .put(ResultKeys.OTHER_RUN, solution.runId()).build());
    }
}
