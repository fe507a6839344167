package org.losslandscape.analysis.toy.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.losslandscape.analysis.toy.results.ToyResults;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.request.ToySurfaceRequest;
import org.losslandscape.compute.toy.CriticalPoint;
import org.losslandscape.compute.toy.CriticalPointType;
import org.losslandscape.compute.toy.ToySurface;
import org.losslandscape.compute.toy.Trajectory;
import org.losslandscape.core.analysis.AnalysisContext;
import org.losslandscape.core.results.Interval;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.model.ResultKind;

/**
 * Runs a {@link CompiledToy} and stores three {@link ToyResults#KIND} files in the run:
 * <ul>
 * <li>{@code NAME.npy}: the values on a {@code resolution × resolution} grid over the surface's range, x-major
 * (value at {@code (x[i], y[j])} at {@code i·n + j}); its metadata gives the surface's name and ranges;</li>
 * <li>{@code NAME-paths.npy}: one row per path point, columns {@value #PATH_COLUMNS}; its metadata gives the paths'
 * labels in path order and their steps;</li>
 * <li>{@code NAME-critical.npy} (when asked for): one row per critical point, columns {@value #CRITICAL_COLUMNS},
 * the type being the ordinal of {@link CriticalPointType} (0 minimum, 1 saddle, 2 maximum, 3 degenerate).</li>
 * </ul>
 * Each file's metadata names the analysis ({@link ResultKeys#ANALYSIS}, NAME) and the file's part in it
 * ({@link ResultKeys#ROLE}). Metrics: the number of critical points of each type, and each path's final loss, x and
 * y. A path that leaves the plotted range by more than a quarter of its diagonal ends there ({@link #clip}).
 */
final class ToySurfaceWriter {

    /** Column names of the paths file. */
    static final String PATH_COLUMNS = "path, step, x, y, loss";
    /** Column names of the critical-points file. */
    static final String CRITICAL_COLUMNS = "x, y, type, index, value";
    /** Suffix of the paths file's name. */
    static final String PATHS_SUFFIX = "-paths";
    /** Suffix of the critical-points file's name. */
    static final String CRITICAL_SUFFIX = "-critical";
    /** Paths end once they are this share of the range's diagonal outside it. */
    static final double OUTSIDE_MARGIN = 0.25;
    /** Newton starts per axis for the critical-point search. */
    private static final int NEWTON_STARTS_PER_AXIS = 41;

    private final AnalysisContext ctx;

    ToySurfaceWriter(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    void run(CompiledToy toy, String name, long seed) throws IOException {
        ToySurface surface = toy.surface();
        ToySurface.Range r = surface.range();
        int n = toy.resolution();
        List<ToySurfaceRequest.ToyOptimizer> optimizers = new ArrayList<>();
        for (CompiledToy.ToyOptimizer o : toy.optimizers()) {
            optimizers.add(new ToySurfaceRequest.ToyOptimizer(o.optimizer().id(), o.values().asMap()));
        }
        ToySurfaceRequest.Answer answer = ctx.compute(new ToySurfaceRequest(surface.name(), n, toy.starts(),
                toy.steps(), toy.noise(), optimizers, toy.criticalPoints(), NEWTON_STARTS_PER_AXIS, seed));
        ctx.write(ToyResults.KIND, name + ".npy", NpyArray.ofDoubles(new int[] {n, n},
                answer.values()), String.format(Locale.ROOT, "toy surface %s: x in [%s, %s], y in [%s, %s]",
                        surface.name(), r.xMin(), r.xMax(), r.yMin(), r.yMax()), ResultMetadata.builder()
                                .put(ResultKeys.ROLE, ResultKeys.ROLE_GRID).put(ResultKeys.ANALYSIS, name)
                                .put(ResultKeys.TOY_SURFACE, surface.name())
                                .put(ResultKeys.X_RANGE, new Interval(r.xMin(), r.xMax()))
                                .put(ResultKeys.Y_RANGE, new Interval(r.yMin(), r.yMax())).build());
        paths(toy, name, answer.paths());
        if (toy.criticalPoints()) {
            criticalPoints(answer.criticalPoints(), name);
        }
    }

    private void paths(CompiledToy toy, String name, List<Trajectory> computed) throws IOException {
        List<String> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        int path = 0;
        for (double[] start : toy.starts()) {
            for (CompiledToy.ToyOptimizer o : toy.optimizers()) {
                for (double noise : toy.noise() > 0 ? new double[] {0, toy.noise()} : new double[] {0}) {
                    Trajectory t = clip(computed.get(path), toy.surface().range());
                    String label = o.label() + (noise > 0 ? " + noise σ=" + noise : "") + " from (" + format(start[0])
                            + ", " + format(start[1]) + ")";
                    labels.add(label);
                    for (int s = 0; s < t.length(); s++) {
                        rows.add(new double[] {path, s, t.x()[s], t.y()[s], t.loss()[s]});
                    }
                    String prefix = name + ".path-" + (path + 1);
                    metric(prefix + ".final_loss", t.lastLoss());
                    metric(prefix + ".final_x", t.lastX());
                    metric(prefix + ".final_y", t.lastY());
                    path++;
                }
            }
        }
        double[] table = new double[rows.size() * 5];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, table, 5 * i, 5);
        }
        ctx.write(ToyResults.KIND, name + PATHS_SUFFIX + ".npy", NpyArray.ofDoubles(
                new int[] {rows.size(), 5}, table), "columns: " + PATH_COLUMNS + "; " + toy.steps()
                        + " steps each; paths: " + String.join(" | ", labels), ResultMetadata.builder()
                                .put(ResultKeys.ROLE, ResultKeys.ROLE_PATHS).put(ResultKeys.ANALYSIS, name)
                                .put(ResultKeys.COLUMNS, columns(PATH_COLUMNS))
                                .put(ResultKeys.PATH_STEPS, (long) toy.steps())
                                .put(ResultKeys.PATH_LABELS, labels).build());
    }

    /**
     * @return the path up to its first point outside the range enlarged by {@value #OUTSIDE_MARGIN} of its
     *         diagonal on every side (that point included, so the drawn line leaves the plot); unbounded surfaces
     *         (saddles) would otherwise record values of 1e200
     */
    static Trajectory clip(Trajectory t, ToySurface.Range range) {
        double margin = OUTSIDE_MARGIN * range.diagonal();
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!range.contains(t.x()[i], t.y()[i], margin)) {
                n = i + 1;
                break;
            }
        }
        return n == t.length() ? t : new Trajectory(java.util.Arrays.copyOf(t.x(), n), java.util.Arrays.copyOf(
                t.y(), n), java.util.Arrays.copyOf(t.loss(), n));
    }

    private void criticalPoints(List<CriticalPoint> points, String name) throws IOException {
        double[] table = new double[points.size() * 5];
        int[] counts = new int[CriticalPointType.values().length];
        for (int i = 0; i < points.size(); i++) {
            CriticalPoint c = points.get(i);
            System.arraycopy(new double[] {c.x(), c.y(), c.type().ordinal(), c.index(), c.value()}, 0, table, 5 * i,
                    5);
            counts[c.type().ordinal()]++;
        }
        ctx.write(ToyResults.KIND, name + CRITICAL_SUFFIX + ".npy", NpyArray.ofDoubles(
                new int[] {points.size(), 5}, table), "critical points by Newton's method on the gradient from "
                        + NEWTON_STARTS_PER_AXIS + "² starts, classified by the Hessian's eigenvalues; columns: "
                        + CRITICAL_COLUMNS + " (type 0 minimum, 1 saddle, 2 maximum, 3 degenerate)",
                ResultMetadata.builder().put(ResultKeys.ROLE, ResultKeys.ROLE_CRITICAL)
                        .put(ResultKeys.ANALYSIS, name).put(ResultKeys.METHOD, "NEWTON")
                        .put(ResultKeys.STARTS_PER_AXIS, (long) NEWTON_STARTS_PER_AXIS)
                        .put(ResultKeys.COLUMNS, columns(CRITICAL_COLUMNS)).build());
        metric(name + ".minima", counts[CriticalPointType.MINIMUM.ordinal()]);
        metric(name + ".saddles", counts[CriticalPointType.SADDLE.ordinal()]);
        metric(name + ".maxima", counts[CriticalPointType.MAXIMUM.ordinal()]);
        metric(name + ".degenerate", counts[CriticalPointType.DEGENERATE.ordinal()]);
    }

    private static List<String> columns(String names) {
        return List.of(names.split(", "));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private void metric(String name, double value) {
        ctx.metric(name, value);
    }
}
