package org.losslandscape.core.analysis.builtin;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.TrajectoryPca;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
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
    }
}
