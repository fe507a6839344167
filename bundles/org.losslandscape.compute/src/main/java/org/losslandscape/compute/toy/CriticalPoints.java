package org.losslandscape.compute.toy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Critical points of a {@link ToySurface} by Newton's method on the gradient: from each start, solve
 * {@code H·d = −g} with the exact 2×2 Hessian and take the largest step {@code α·d}, {@code α ∈ {1, ½, ¼, …}},
 * that decreases {@code ‖g‖} (backtracking; Nocedal and Wright, "Numerical Optimization", 2nd ed., section 11.2).
 * The Newton direction is a descent direction of {@code ½‖g‖²} whenever H is invertible; where H is singular
 * the step falls back to {@code −H·g}, the steepest descent direction of {@code ½‖g‖²}. Unlike minimisation, this
 * converges to saddles and maxima as well, so a grid of starts over the surface's range finds all kinds.
 * <p>
 * Points are classified by the eigenvalues of the Hessian: both positive — minimum; both negative — maximum;
 * mixed — saddle (index = number of negative eigenvalues); an eigenvalue with
 * {@code |λ| ≤ 1e-6 · max(1, max|λ|)} — degenerate (the second-order test is inconclusive). At a degenerate point
 * Newton converges only linearly (halving the distance per step for the monkey saddle), so the iteration runs to
 * a tight gradient tolerance.
 */
public final class CriticalPoints {

    /** Relative threshold below which an eigenvalue counts as zero. */
    public static final double DEGENERATE_TOLERANCE = 1e-6;

    private static final int MAX_ITERATIONS = 200;
    private static final int MAX_HALVINGS = 40;
    private static final double ACCEPT_GRADIENT = 1e-8;

    private CriticalPoints() {
    }

    /**
     * Runs Newton from a {@code perAxis × perAxis} grid of starts over the surface's range and returns the distinct
     * critical points found inside the range (with a 1 % margin), sorted by value.
     *
     * @param perAxis starts per axis, ≥ 1
     * @return distinct points; two results closer than {@code 1e-6 ·} range diagonal count as one
     */
    public static List<CriticalPoint> find(ToySurface surface, int perAxis) {
        if (perAxis < 1) {
            throw new IllegalArgumentException("need at least one start per axis, got " + perAxis);
        }
        ToySurface.Range r = surface.range();
        double margin = 0.01 * r.diagonal();
        double mergeDistance = 1e-6 * r.diagonal();
        List<CriticalPoint> found = new ArrayList<>();
        for (int i = 0; i < perAxis; i++) {
            double x0 = perAxis == 1 ? 0.5 * (r.xMin() + r.xMax())
                    : r.xMin() + (r.xMax() - r.xMin()) * i / (perAxis - 1);
            for (int j = 0; j < perAxis; j++) {
                double y0 = perAxis == 1 ? 0.5 * (r.yMin() + r.yMax())
                        : r.yMin() + (r.yMax() - r.yMin()) * j / (perAxis - 1);
                Optional<double[]> p = newton(surface, x0, y0);
                if (p.isEmpty() || !r.contains(p.get()[0], p.get()[1], margin)) {
                    continue;
                }
                double[] xy = p.get();
                boolean duplicate = found.stream().anyMatch(c -> c.distanceTo(xy[0], xy[1]) <= mergeDistance);
                if (!duplicate) {
                    found.add(classify(surface, xy[0], xy[1]));
                }
            }
        }
        found.sort(Comparator.comparingDouble(CriticalPoint::value).thenComparingDouble(CriticalPoint::x)
                .thenComparingDouble(CriticalPoint::y));
        return List.copyOf(found);
    }

    /**
     * Damped Newton iteration on the gradient from {@code (x0, y0)}.
     *
     * @return the point, if the iteration ended with {@code ‖g‖ ≤ 1e-8}; empty if it stalled or left the finite
     *         numbers
     */
    public static Optional<double[]> newton(ToySurface surface, double x0, double y0) {
        double x = x0;
        double y = y0;
        double[] g = new double[2];
        double[] gTrial = new double[2];
        surface.valueAndGradient(x, y, g);
        double gNorm = Math.hypot(g[0], g[1]);
        for (int it = 0; it < MAX_ITERATIONS && gNorm > 0; it++) {
            double[] h = surface.hessian(x, y);
            double det = h[0] * h[2] - h[1] * h[1];
            double dx;
            double dy;
            double scale = Math.max(Math.abs(h[0]) + Math.abs(h[1]), Math.abs(h[1]) + Math.abs(h[2]));
            if (Math.abs(det) > 1e-14 * scale * scale && scale > 0) {
                dx = -(h[2] * g[0] - h[1] * g[1]) / det;
                dy = -(-h[1] * g[0] + h[0] * g[1]) / det;
            } else {
                dx = -(h[0] * g[0] + h[1] * g[1]);
                dy = -(h[1] * g[0] + h[2] * g[1]);
                if (dx == 0 && dy == 0) {
                    break;
                }
            }
            double alpha = 1;
            boolean accepted = false;
            for (int k = 0; k < MAX_HALVINGS; k++, alpha *= 0.5) {
                double nx = x + alpha * dx;
                double ny = y + alpha * dy;
                surface.valueAndGradient(nx, ny, gTrial);
                double n = Math.hypot(gTrial[0], gTrial[1]);
                if (n < gNorm) {
                    accepted = true;
                    boolean tiny = Math.hypot(nx - x, ny - y) <= 1e-15 * (1 + Math.hypot(x, y));
                    x = nx;
                    y = ny;
                    g[0] = gTrial[0];
                    g[1] = gTrial[1];
                    gNorm = n;
                    if (tiny) {
                        it = MAX_ITERATIONS;
                    }
                    break;
                }
            }
            if (!accepted || !Double.isFinite(x) || !Double.isFinite(y)) {
                break;
            }
        }
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(gNorm <= ACCEPT_GRADIENT)) {
            return Optional.empty();
        }
        return Optional.of(new double[] {x, y});
    }

    /**
     * Classifies {@code (x, y)} (assumed critical) by the eigenvalues of the Hessian there.
     *
     * @return the point with its type and index
     */
    public static CriticalPoint classify(ToySurface surface, double x, double y) {
        double[] e = eigenvalues(surface.hessian(x, y));
        double tol = DEGENERATE_TOLERANCE * Math.max(1, Math.max(Math.abs(e[0]), Math.abs(e[1])));
        int negative = (e[0] < -tol ? 1 : 0) + (e[1] < -tol ? 1 : 0);
        CriticalPointType type;
        if (Math.abs(e[0]) <= tol || Math.abs(e[1]) <= tol) {
            type = CriticalPointType.DEGENERATE;
        } else if (negative == 0) {
            type = CriticalPointType.MINIMUM;
        } else if (negative == 2) {
            type = CriticalPointType.MAXIMUM;
        } else {
            type = CriticalPointType.SADDLE;
        }
        return new CriticalPoint(x, y, type, negative, surface.value(x, y));
    }

    /**
     * @param h symmetric 2×2 matrix as {@code {a, b, c}} = [[a, b], [b, c]]
     * @return its eigenvalues, ascending
     */
    public static double[] eigenvalues(double[] h) {
        double mean = 0.5 * (h[0] + h[2]);
        double radius = Math.hypot(0.5 * (h[0] - h[2]), h[1]);
        return new double[] {mean - radius, mean + radius};
    }
}
