package org.losslandscape.compute.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.toy.CriticalPoint;
import org.losslandscape.compute.toy.CriticalPoints;
import org.losslandscape.compute.toy.ToySurface;
import org.losslandscape.compute.toy.Trajectories;
import org.losslandscape.compute.toy.Trajectory;

/**
 * A toy 2D surface ({@link ToySurface#all()}, by name): its values on a grid over its range, optimizer paths on it,
 * and optionally its critical points by Newton's method. Paths run from every start, for every optimizer, first
 * without noise and then (when {@code noise > 0}) with gradient noise; path {@code i} (0-based, in that order) draws
 * its noise from seed {@code seed + i}.
 *
 * @param surface the surface's name, e.g. {@code "Himmelblau"}
 * @param resolution grid points per axis, ≥ 2
 * @param starts start points {@code {x, y}} (shared)
 * @param steps optimizer steps per path, ≥ 0
 * @param noise the gradient noise's standard deviation of the extra noisy paths, 0 for none
 * @param optimizers the optimizers, each by id with its hyper-parameters ({@code lr} is the constant step size)
 * @param criticalPoints whether to find and classify the critical points
 * @param newtonStartsPerAxis Newton's starts per axis for the critical points
 * @param seed the first path's noise seed
 */
public record ToySurfaceRequest(String surface, int resolution, List<double[]> starts, int steps, double noise,
        List<ToyOptimizer> optimizers, boolean criticalPoints, int newtonStartsPerAxis, long seed)
        implements ComputeRequest<ToySurfaceRequest.Answer> {

    /** The task id. */
    public static final String TASK = "toy-surface";

    /**
     * An optimizer of the paths.
     *
     * @param id the optimizer's id
     * @param hyperParameters its hyper-parameters, {@code lr} among them
     */
    public record ToyOptimizer(String id, Map<String, Object> hyperParameters) {
        /** Keeps the hyper-parameters' order. */
        public ToyOptimizer {
            Objects.requireNonNull(id, "id");
            hyperParameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperParameters));
        }
    }

    /**
     * What the request computed.
     *
     * @param values the surface on the grid, x-major: the value at {@code (x[i], y[j])} at {@code i·n + j}
     * @param paths the paths, in the order described above
     * @param criticalPoints the critical points, empty when not asked for
     */
    public record Answer(double[] values, List<Trajectory> paths, List<CriticalPoint> criticalPoints) {
    }

    /** Checks the parts are there and copies the lists. */
    public ToySurfaceRequest {
        Objects.requireNonNull(surface, "surface");
        starts = List.copyOf(starts);
        optimizers = List.copyOf(optimizers);
    }

    /** @return the toy surface of that name */
    public static ToySurface surfaceNamed(String name) {
        List<String> names = new ArrayList<>();
        for (ToySurface s : ToySurface.all()) {
            if (s.name().equals(name)) {
                return s;
            }
            names.add(s.name());
        }
        throw new IllegalArgumentException("no toy surface '" + name + "'; known: " + String.join(", ", names));
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public Answer compute(Execution execution) {
        ToySurface s = surfaceNamed(surface);
        ToySurface.Range r = s.range();
        int n = resolution;
        double[] grid = new double[n * n];
        for (int i = 0; i < n; i++) {
            double x = r.xMin() + (r.xMax() - r.xMin()) * i / (n - 1);
            for (int j = 0; j < n; j++) {
                grid[i * n + j] = s.value(x, r.yMin() + (r.yMax() - r.yMin()) * j / (n - 1));
            }
        }
        List<Trajectory> paths = new ArrayList<>();
        for (double[] start : starts) {
            for (ToyOptimizer o : optimizers) {
                Optimizer optimizer = execution.optimizers().find(o.id()).orElseThrow(() ->
                        new IllegalArgumentException("no optimizer '" + o.id() + "' is registered"));
                HyperParameterValues values = HyperParameterValues.resolve(optimizer.hyperParameters(),
                        o.hyperParameters());
                double lr = values.real("lr");
                for (double sigma : noise > 0 ? new double[] {0, noise} : new double[] {0}) {
                    paths.add(Trajectories.run(s, optimizer.create(2, values), start[0], start[1], steps, lr, sigma,
                            seed + paths.size()));
                }
            }
        }
        List<CriticalPoint> critical = criticalPoints ? CriticalPoints.find(s, newtonStartsPerAxis) : List.of();
        return new Answer(grid, paths, critical);
    }
}
