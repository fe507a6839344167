package org.losslandscape.core.analysis.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.CurvatureMap;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.landscape.TrajectoryPca;
import org.losslandscape.compute.request.CurvatureMapRequest;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.Slice;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.analysis.AnalysisKind;
import org.losslandscape.core.analysis.OtherSolution;
import org.losslandscape.core.compile.CompiledExperiment;
import org.losslandscape.core.compile.ImportedModel;
import org.losslandscape.core.results.CurvatureMapData;
import org.losslandscape.core.results.Interval;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.AnalysisSpec;
import org.losslandscape.model.BatchNormMode;
import org.losslandscape.model.DataSplit;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.SurfaceAnalysis;

/**
 * 1D and 2D loss surfaces around the solution: along random, filter- or layer-normalised directions (Li et al. 2018),
 * the trajectory's principal directions, the line to the initialisation (Goodfellow et al. 2015), or the plane
 * through three models (Garipov et al. 2018); on a plane, optionally the curvature map of Li et al. (λ_max, λ_min and
 * |λ_min/λ_max| on a coarse grid of the same plane).
 */
public final class SurfaceKind implements AnalysisKind {

    /** The suffix of the curvature map's file, {@code NAME-curvature.npy}. */
    private static final String CURVATURE_SUFFIX = "-curvature";

    @Override
    public String id() {
        return "surface";
    }

    @Override
    public String description() {
        return "1D or 2D loss surface around the solution, on the training and/or validation data";
    }

    @Override
    public EClass specClass() {
        return LandscapePackage.Literals.SURFACE_ANALYSIS;
    }

    @Override
    public void run(AnalysisSpec spec, String name, AnalysisContext ctx) throws IOException {
        SurfaceAnalysis s = (SurfaceAnalysis) spec;
        CompiledExperiment compiled = ctx.compiled();
        double[] params = ctx.parameters();
        int res = s.getResolution();
        if (s.getDimensions() != 1 && s.getDimensions() != 2 || res < 2) {
            ctx.note("analysis " + name + ": needs 1 or 2 dimensions and a resolution ≥ 2; skipped");
            return;
        }
        boolean line = s.getDimensions() == 1;
        DirectionKind kind = s.getDirectionKind();
        Slice slice;
        double[] range = {s.getXMin(), s.getXMax(), s.getYMin(), s.getYMax()}; // x0, x1, y0, y1
        String models = "";
        String otherRun = null; // the plane through three models: the other solution's run
        List<Double> initialisation = null; // and this run's initialisation on the plane
        if (kind == DirectionKind.PCA_TRAJECTORY) {
            if (ctx.trajectoryPoints().size() < 3) {
                ctx.note("analysis " + name + ": PCA directions need at least 3 checkpoints; set checkpointEvery");
                return;
            }
            TrajectoryPca.Result pca = ctx.trajectoryPca();
            slice = new Slice.Given(line ? Plane.line(params, pca.plane().xAxis())
                    : new Plane(params, pca.plane().xAxis(), pca.plane().yAxis()));
            // as Li et al. 2018 do, the range is fitted to the trajectory (with a margin) so the path is on the map
            range = fittedRange(pca.coordinates());
        } else if (kind == DirectionKind.INTERPOLATION) {
            if (!line) {
                ctx.note("analysis " + name + ": interpolation is a 1D slice (from the trained to the initial "
                        + "parameters); set dimensions to 1; skipped");
                return;
            }
            // Goodfellow et al. 2015, "Qualitatively characterizing neural network optimization problems"
            slice = new Slice.Given(Directions.interpolation(params, compiled.initialParameters()));
            models = ", this run's solution at x = 0 and its initialisation at x = 1";
        } else if (kind == DirectionKind.THREE_POINT_PLANE) {
            if (line) {
                ctx.note("analysis " + name + ": the plane through three models is 2D; set dimensions to 2 (or use "
                        + "INTERPOLATION for a line); skipped");
                return;
            }
            OtherSolution other = ctx.otherSolution(null);
            if (!other.found()) {
                ctx.note("analysis " + name + ": the plane through three models " + other.missing());
                return;
            }
            // the third model: a second model brought in with this one (an imported model trained zero steps here
            // starts where it ends), else this run's initialisation
            ImportedModel imported = compiled.imported();
            boolean thirdImported = imported != null && imported.others().size() >= 2
                    && other.runId().equals(imported.others().get(0).name());
            double[] third = thirdImported ? imported.others().get(1).params() : compiled.initialParameters();
            Directions.ModelPlane through;
            try {
                through = Directions.throughModels(params, other.parameters(), third);
            } catch (IllegalArgumentException e) {
                ctx.note("analysis " + name + ": " + e.getMessage() + "; skipped");
                return;
            }
            slice = new Slice.Given(through.plane());
            // the range is fitted to the three models, with a margin, so that all three are on the map
            range = fittedRange(through.coordinates());
            double[] init = through.coordinates()[2];
            models = ", this run's solution at (0, 0), " + other.runId() + "'s at (1, 0), " + (thirdImported
                    ? imported.others().get(1).name() + "'s" : "this run's initialisation") + " at (" + init[0] + ", "
                    + init[1] + ")";
            otherRun = other.runId();
            initialisation = List.of(init[0], init[1]);
        } else {
            Directions.Normalization norm = switch (kind) {
                case RANDOM -> Directions.Normalization.NONE;
                case LAYER_NORMALISED -> Directions.Normalization.LAYER;
                default -> Directions.Normalization.FILTER;
            };
            slice = new Slice.Random(norm, s.isIncludeBiases(), line, ctx.seed());
        }
        double x0 = range[0];
        double x1 = range[1];
        double y0 = range[2];
        double y1 = range[3];
        Grid grid = line ? Grid.line(x0, x1, res) : new Grid(x0, x1, res, y0, y1, res);
        DataReference recompute = s.getBatchNormMode() == BatchNormMode.RECOMPUTE ? ctx.trainingData() : null;
        List<Dataset> parts = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        if (s.getDataSplit() != DataSplit.VALIDATION) {
            parts.add(compiled.train());
            suffixes.add(s.getDataSplit() == DataSplit.BOTH ? "-train" : "");
        }
        if (s.getDataSplit() != DataSplit.TRAIN) {
            if (compiled.validation() == null) {
                ctx.note("analysis " + name + ": there is no validation data; the validation surface is skipped");
            } else {
                parts.add(compiled.validation());
                suffixes.add(s.getDataSplit() == DataSplit.BOTH ? "-validation" : "");
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Surface surface = ctx.compute(new SurfaceRequest(ctx.model(), slice, DataReference.of(parts.get(i)),
                    recompute, grid));
            if (!surface.isComplete()) {
                ctx.note("analysis " + name + ": cancelled before the surface was complete");
                return;
            }
            int[] shape = line ? new int[] {res} : new int[] {res, res};
            String split = parts.get(i) == compiled.train() ? "train" : "validation";
            ResultMetadata.Builder facts = ResultMetadata.builder().put(ResultKeys.DIMENSIONS, line ? 1L : 2L)
                    .put(ResultKeys.DATA_SPLIT, split).put(ResultKeys.DIRECTIONS, s.getDirectionKind().getLiteral())
                    .put(ResultKeys.X_RANGE, new Interval(x0, x1));
            if (!line) {
                facts.put(ResultKeys.Y_RANGE, new Interval(y0, y1));
            }
            facts.put(ResultKeys.POINTS, (long) res);
            if (otherRun != null) {
                facts.put(ResultKeys.OTHER_RUN, otherRun).put(ResultKeys.INITIALISATION, initialisation);
            }
            String what = (line ? "1D" : "2D") + " loss surface on " + split + ", " + s.getDirectionKind().getLiteral()
                    + " directions, x in [" + x0
                    + ", " + x1 + "]" + (line ? "" : ", y in [" + y0 + ", " + y1
                    + "], rows x, columns y") + ", " + res + " points per axis" + models;
            ctx.write(ResultKind.SURFACE, name + suffixes.get(i) + ".npy", NpyArray.ofDoubles(shape, surface.losses()),
                    what, facts.build());
        }
        if (s.getCurvatureResolution() > 0) {
            if (line) {
                ctx.note("analysis " + name + ": the curvature map is drawn over a plane; set dimensions to 2");
            } else {
                curvatureMap(s, name, slice, x0, x1, y0, y1, ctx);
            }
        }
    }

    @Override
    public List<String> resultSuffixes() {
        return List.of(CURVATURE_SUFFIX);
    }

    /**
     * λ_max and λ_min of the full Hessian on a coarse grid over the same plane and range (Li et al. 2018, section 6),
     * on the training data, with the model's BatchNorm statistics; written as {@code NAME-curvature.npy}.
     */
    private static void curvatureMap(SurfaceAnalysis s, String name, Slice slice, double x0, double x1, double y0,
            double y1, AnalysisContext ctx) throws IOException {
        int n = s.getCurvatureResolution();
        Grid grid = new Grid(x0, x1, n, y0, y1, n);
        CurvatureMap map = ctx.compute(new CurvatureMapRequest(ctx.model(), slice, ctx.trainingData(), grid,
                s.getCurvatureSteps(), ctx.seed()));
        if (!map.isComplete()) {
            ctx.note("analysis " + name + ": cancelled before the curvature map was complete");
            return;
        }
        double[] max = map.lambdaMax();
        double[] min = map.lambdaMin();
        double[] ratio = map.ratio();
        double[] both = new double[2 * max.length];
        System.arraycopy(max, 0, both, 0, max.length);
        System.arraycopy(min, 0, both, max.length, min.length);
        ctx.metric(name + ".lambda_max_mean", Arrays.stream(max).average().orElse(Double.NaN));
        ctx.metric(name + ".lambda_max_max", Arrays.stream(max).max().orElse(Double.NaN));
        ctx.metric(name + ".lambda_min_min", Arrays.stream(min).min().orElse(Double.NaN));
        // Li et al.'s non-convexity: |λ_min/λ_max| over the plane; points without positive curvature count as 1
        double[] capped = Arrays.stream(ratio).map(r -> Double.isFinite(r) ? r : 1).toArray();
        ctx.metric(name + ".ratio_mean", Arrays.stream(capped).average().orElse(Double.NaN));
        ctx.metric(name + ".ratio_max", Arrays.stream(capped).max().orElse(Double.NaN));
        ctx.metric(name + ".ratio_center", capped[grid.index(n / 2, n / 2)]);
        ResultMetadata facts = ResultMetadata.builder().put(ResultKeys.DIMENSIONS, 2L)
                .put(ResultKeys.DATA_SPLIT, "train").put(ResultKeys.DIRECTIONS, s.getDirectionKind().getLiteral())
                .put(ResultKeys.X_RANGE, new Interval(x0, x1)).put(ResultKeys.Y_RANGE, new Interval(y0, y1))
                .put(ResultKeys.POINTS, (long) n).put(ResultKeys.METHOD, "lanczos")
                .put(CurvatureMapData.LANCZOS_STEPS, (long) s.getCurvatureSteps()).build();
        ctx.write(CurvatureMapData.KIND, name + CURVATURE_SUFFIX + ".npy", NpyArray.ofDoubles(new int[] {2, n, n},
                both), "λ_max then λ_min of the Hessian on the training data at " + n + " × " + n + " points of "
                        + "the plane of surface " + name + " (x in [" + x0 + ", " + x1 + "], y in [" + y0 + ", "
                        + y1 + "], rows x, columns y), by Lanczos with at most " + s.getCurvatureSteps()
                        + " Hessian-vector products per point", facts);
    }

    /** @return {x0, x1, y0, y1}: the ranges of the coordinates, each widened as {@link #bounds} widens it */
    private static double[] fittedRange(double[][] coordinates) {
        double[] bx = bounds(coordinates, 0);
        double[] by = bounds(coordinates, 1);
        return new double[] {bx[0], bx[1], by[0], by[1]};
    }

    /** @return the range of coordinate {@code axis} widened by a quarter of its span on each side (at least ±0.1) */
    private static double[] bounds(double[][] coordinates, int axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] c : coordinates) {
            lo = Math.min(lo, c[axis]);
            hi = Math.max(hi, c[axis]);
        }
        double margin = Math.max(0.25 * (hi - lo), 0.1);
        return new double[] {lo - margin, hi + margin};
    }
}
