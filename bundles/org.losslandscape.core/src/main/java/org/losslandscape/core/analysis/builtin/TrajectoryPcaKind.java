package org.losslandscape.core.analysis.builtin;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.TrajectoryPca;
import org.losslandscape.compute.request.EigenpairsRequest;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.TraceRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.compile.ImportedModel;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ResultKind;

/** The optimizer's path projected on the first two principal directions of its checkpoints (Li et al. 2018). */
public final class TrajectoryPcaKind implements AnalysisKind {

    @Override
    public String id() {
        return "trajectory-pca";
    }

    @Override
    public String description() {
        return "the optimizer's path projected on the principal directions of its checkpoints";
    }

    @Override
    public EClass specClass() {
        return LandscapePackage.Literals.TRAJECTORY_PCA_ANALYSIS;
    }

    @Override
    public List<String> resultSuffixes() {
        return List.of("-curvature");
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        List<double[]> path = ctx.trajectoryPoints();
        if (path.size() < 3) {
            ctx.note("analysis " + name + ": trajectory PCA needs at least 3 checkpoints; set checkpointEvery");
            return;
        }
        TrajectoryPca.Result pca = ctx.trajectoryPca();
        double[] coords = new double[2 * path.size()];
        for (int i = 0; i < path.size(); i++) {
            coords[2 * i] = pca.coordinates()[i][0];
            coords[2 * i + 1] = pca.coordinates()[i][1];
        }
        double[] ratio = pca.explainedVarianceRatio();
        ctx.write(ResultKind.TRAJECTORY, name + ".npy", NpyArray.ofDoubles(new int[] {path.size(), 2}, coords),
                "checkpoints projected on the first two principal directions (columns a, b); explained variance "
                        + (ratio.length > 0 ? ratio[0] : Double.NaN) + ", "
                        + (ratio.length > 1 ? ratio[1] : Double.NaN), ResultMetadata.builder()
                                .put(ResultKeys.COLUMNS, List.of("a", "b"))
                                .put(ResultKeys.EXPLAINED_VARIANCE, List.of(ratio.length > 0 ? ratio[0] : Double.NaN,
                                        ratio.length > 1 ? ratio[1] : Double.NaN)).build());
        ImportedModel imported = ctx.compiled().imported();
        if (imported != null && !imported.checkpoints().isEmpty()) {
            curvatureAlong(imported, name, ctx);
        }
    }

    /** Hutchinson probes per checkpoint for the trace along a path. */
    private static final int PATH_TRACE_PROBES = 20;

    /**
     * λ_max (Lanczos) and the trace (Hutchinson) at every checkpoint of a trajectory trained elsewhere, with the
     * checkpoint's own buffers (running statistics); an EOS-kind table (columns step, sharpness, threshold — none:
     * NaN — and trace), so that the report and the Sharpness view draw λ_max against the step.
     */
    private static void curvatureAlong(ImportedModel imported, String name, AnalysisContext ctx) throws IOException {
        List<ImportedModel.Step> steps = imported.checkpoints();
        double[] table = new double[4 * steps.size()];
        for (int i = 0; i < steps.size() && !ctx.monitor().isCancelled(); i++) {
            ModelState at = new ModelState(ctx.model().description(), steps.get(i).params(), steps.get(i).buffers());
            table[4 * i] = steps.get(i).step();
            table[4 * i + 1] = ctx.compute(EigenpairsRequest.lanczos(at, ctx.trainingData(), 1, true)).values()[0];
            table[4 * i + 2] = Double.NaN;
            table[4 * i + 3] = ctx.compute(new TraceRequest(at, ctx.trainingData(), PATH_TRACE_PROBES, ctx.seed()))
                    .trace();
        }
        ctx.write(ResultKind.EOS, name + "-curvature.npy", NpyArray.ofDoubles(new int[] {steps.size(), 4}, table),
                "curvature along the imported trajectory: columns step, sharpness (λ_max by Lanczos), threshold "
                        + "(none), trace (Hutchinson, " + PATH_TRACE_PROBES + " probes), each with its checkpoint's "
                        + "buffers",
                ResultMetadata.builder().put(ResultKeys.COLUMNS, List.of("step", "sharpness", "threshold", "trace"))
                        .put(ResultKeys.STEPS, imported.steps()).build());
    }
}
