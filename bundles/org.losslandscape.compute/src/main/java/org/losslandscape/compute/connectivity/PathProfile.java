package org.losslandscape.compute.connectivity;

import java.util.List;

/**
 * Loss and accuracy along a path {@code θ(t)}, {@code t ∈ [0, 1]}, with its loss barrier.
 * <p>
 * The barrier follows Frankle et al. 2020 and Entezari et al. 2022: the largest excess of the loss over the
 * straight line joining the end-point losses,
 * <pre>
 * B = max_t [ L(θ(t)) − ((1 − t)·L(θ(0)) + t·L(θ(1))) ]
 * </pre>
 * evaluated on the sampled points (so it is never negative: at the ends the excess is 0).
 *
 * @param points the sampled points, in increasing {@code t}, first {@code t = 0}, last {@code t = 1}
 * @param barrier the barrier {@code B} over the sampled points
 * @param barrierT the {@code t} at which it is attained
 */
public record PathProfile(List<PathPoint> points, double barrier, double barrierT) {

    /** Copies the list. */
    public PathProfile {
        points = List.copyOf(points);
    }

    /** @return the largest loss along the path */
    public double maxLoss() {
        return points.stream().mapToDouble(PathPoint::loss).max().orElse(Double.NaN);
    }

    /**
     * Builds a profile from sampled points, computing the barrier.
     *
     * @param points at least two points, first at {@code t = 0}, last at {@code t = 1}
     * @return the profile
     */
    public static PathProfile of(List<PathPoint> points) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a path profile needs at least 2 points, got " + points.size());
        }
        double l0 = points.get(0).loss();
        double l1 = points.get(points.size() - 1).loss();
        double best = Double.NEGATIVE_INFINITY;
        double bestT = 0;
        for (PathPoint p : points) {
            double excess = p.loss() - ((1 - p.t()) * l0 + p.t() * l1);
            if (excess > best) {
                best = excess;
                bestT = p.t();
            }
        }
        return new PathProfile(points, best, bestT);
    }
}
