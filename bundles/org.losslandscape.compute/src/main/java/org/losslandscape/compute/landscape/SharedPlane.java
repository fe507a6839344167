package org.losslandscape.compute.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.losslandscape.compute.linalg.Parallel;

/**
 * One plane for the trajectories of several runs of one network, so that their paths can be drawn on one loss
 * surface: either the principal plane of all their checkpoints together, or the plane through three of their
 * solutions (Garipov et al. 2018). Every checkpoint is then projected on the plane by least squares.
 * <p>
 * <b>PCA.</b> The rows are every checkpoint of every run (the final parameters included), centred by their mean as
 * scikit-learn's PCA (and {@link TrajectoryPca}) centres them; the axes are the first two principal directions (unit
 * length), found from the Gram matrix of the rows as {@link TrajectoryPca} does (O(n²·D) for n checkpoints).
 * The plane's <em>origin</em> is the mean of the runs' final parameters: no run is privileged, so
 * three optimizers' solutions sit around (0, 0) rather than one of them at it and the others off to one side.
 * <p>
 * <b>Solutions.</b> The plane through the final parameters of exactly three runs, as {@link Directions#throughModels}
 * spans it: the first run's solution at (0, 0), the second's at (1, 0), the third's at (a, b), b &gt; 0.
 * <p>
 * The inputs are not modified.
 */
public final class SharedPlane {

    /** How the plane is chosen. */
    public enum Kind {
        /** The first two principal directions of all checkpoints together, through the mean of the solutions. */
        PCA,
        /** The plane through the solutions of three runs. */
        SOLUTIONS
    }

    /**
     * The plane and every run's path on it.
     *
     * @param kind how the plane was chosen
     * @param plane origin and axes
     * @param explainedVarianceRatio for {@link Kind#PCA}: the fraction of the variance of all checkpoints along each
     *        principal direction, descending; for {@link Kind#SOLUTIONS}: one value, the fraction of the checkpoints'
     *        variance (about their mean) that lies in the plane
     * @param paths {@code paths.get(r)[i] = {a, b}}: run r's checkpoint i projected on the plane (least squares)
     * @param offPlane per run, the largest distance of a checkpoint from the plane (how much the drawing leaves out)
     */
    public record Result(Kind kind, Plane plane, double[] explainedVarianceRatio, List<double[][]> paths,
            double[] offPlane) {
    }

    private SharedPlane() {
    }

    /**
     * @param kind how to choose the plane
     * @param trajectories per run its checkpoints in order, the last being its final parameters; at least two runs
     *        (exactly three for {@link Kind#SOLUTIONS}), all vectors of one length
     * @return the plane and the projected paths
     * @throws IllegalArgumentException naming the run (by index) whose vectors have another length, when there are too
     *         few runs or points, or when the points span no plane
     */
    public static Result compute(Kind kind, List<List<double[]>> trajectories) {
        if (trajectories.size() < 2) {
            throw new IllegalArgumentException("a shared plane needs at least 2 runs, got " + trajectories.size());
        }
        int dim = -1;
        for (int r = 0; r < trajectories.size(); r++) {
            List<double[]> t = trajectories.get(r);
            if (t.isEmpty()) {
                throw new IllegalArgumentException("run " + (r + 1) + " has no parameters");
            }
            for (double[] p : t) {
                if (dim < 0) {
                    dim = p.length;
                } else if (p.length != dim) {
                    throw new IllegalArgumentException("run " + (r + 1) + " has " + p.length
                            + " parameters where run 1 has " + dim + ": a shared plane needs one network");
                }
            }
        }
        Plane plane;
        double[] ratio;
        if (kind == Kind.SOLUTIONS) {
            if (trajectories.size() != 3) {
                throw new IllegalArgumentException("the plane through solutions needs exactly 3 runs, got "
                        + trajectories.size());
            }
            plane = Directions.throughModels(last(trajectories.get(0)), last(trajectories.get(1)),
                    last(trajectories.get(2))).plane();
            ratio = null;
        } else {
            Pca pca = pca(trajectories, dim);
            plane = pca.plane;
            ratio = pca.ratio;
        }
        List<double[][]> paths = new ArrayList<>();
        double[] off = new double[trajectories.size()];
        double inPlane = 0;
        double total = 0;
        double[] mean = kind == Kind.SOLUTIONS ? mean(all(trajectories), dim) : null;
        double[] meanOnPlane = null;
        if (mean != null) {
            double[] m = project(plane, mean);
            meanOnPlane = plane.point(m[0], m[1]);
        }
        for (int r = 0; r < trajectories.size(); r++) {
            List<double[]> t = trajectories.get(r);
            double[][] coords = new double[t.size()][];
            for (int i = 0; i < t.size(); i++) {
                coords[i] = project(plane, t.get(i));
                double[] onPlane = plane.point(coords[i][0], coords[i][1]);
                off[r] = Math.max(off[r], distance(onPlane, t.get(i)));
                if (mean != null) {
                    inPlane += square(distance(onPlane, meanOnPlane));
                    total += square(distance(t.get(i), mean));
                }
            }
            paths.add(coords);
        }
        if (ratio == null) {
            ratio = new double[] {total > 0 ? inPlane / total : 0};
        }
        return new Result(kind, plane, ratio, paths, off);
    }

    /**
     * Least-squares coordinates of a point on a plane: the (a, b) minimising
     * {@code |point − origin − a·x − b·y|}, from the 2×2 normal equations (the axes need be neither unit nor
     * orthogonal, only independent).
     *
     * @return {a, b}
     * @throws IllegalArgumentException when the plane is a line or its axes are parallel
     */
    public static double[] project(Plane plane, double[] point) {
        if (plane.isLine()) {
            throw new IllegalArgumentException("a line is not a plane");
        }
        double[] o = plane.origin();
        double[] x = plane.xAxis();
        double[] y = plane.yAxis();
        double xx = 0;
        double xy = 0;
        double yy = 0;
        double xd = 0;
        double yd = 0;
        for (int i = 0; i < o.length; i++) {
            double d = point[i] - o[i];
            xx += x[i] * x[i];
            xy += x[i] * y[i];
            yy += y[i] * y[i];
            xd += x[i] * d;
            yd += y[i] * d;
        }
        double det = xx * yy - xy * xy;
        if (!(det > 1e-300) || det <= 1e-24 * xx * yy) {
            throw new IllegalArgumentException("the plane's axes are parallel (or zero)");
        }
        return new double[] {(yy * xd - xy * yd) / det, (xx * yd - xy * xd) / det};
    }

    /**
     * @param coordinates points {a, b}
     * @return {x0, x1, y0, y1}: each axis's range widened by a quarter of its span on each side (at least ±0.1), so
     *         that every point lies inside with room around it
     */
    public static double[] fittedRange(List<double[][]> coordinates) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double[][] path : coordinates) {
            for (double[] c : path) {
                r[0] = Math.min(r[0], c[0]);
                r[1] = Math.max(r[1], c[0]);
                r[2] = Math.min(r[2], c[1]);
                r[3] = Math.max(r[3], c[1]);
            }
        }
        for (int k = 0; k < 4; k += 2) {
            double margin = Math.max(0.25 * (r[k + 1] - r[k]), 0.1);
            r[k] -= margin;
            r[k + 1] += margin;
        }
        return r;
    }

    /** The principal plane of every checkpoint together. */
    private record Pca(Plane plane, double[] ratio) {
    }

    private static Pca pca(List<List<double[]>> trajectories, int dim) {
        List<double[]> points = all(trajectories);
        int n = points.size();
        if (n < 3) {
            throw new IllegalArgumentException("a PCA plane needs at least 3 points, got " + n);
        }
        double[] mean = mean(points, dim);
        double[][] centred = new double[n][];
        Parallel.forEach(n, r -> {
            double[] c = points.get(r);
            double[] row = new double[dim];
            for (int i = 0; i < dim; i++) {
                row[i] = c[i] - mean[i];
            }
            centred[r] = row;
        });
        double[][] gram = new double[n][n];
        // task r writes gram[r][s] and gram[s][r] for s ≥ r only: disjoint outputs
        Parallel.forEach(n, r -> {
            for (int s = r; s < n; s++) {
                double d = dot(centred[r], centred[s]);
                gram[r][s] = d;
                gram[s][r] = d;
            }
        });
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(gram, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double total = 0;
        for (double v : values) {
            total += Math.max(0, v);
        }
        double[] ratio = new double[n - 1]; // n centred rows span at most n − 1 directions
        for (int k = 0; k < n - 1; k++) {
            ratio[k] = total > 0 ? Math.max(0, values[order[k]]) / total : 0;
        }
        double[][] axes = new double[2][];
        for (int k = 0; k < 2; k++) {
            double lambda = values[order[k]];
            if (!(lambda > 1e-14 * total) || lambda <= 0) {
                throw new IllegalArgumentException("the checkpoints span no plane (they lie on a line or a point)");
            }
            double[] w = eig.getEigenvector(order[k]).toArray();
            double[] axis = new double[dim];
            double inv = 1 / Math.sqrt(lambda);
            for (int r = 0; r < n; r++) {
                double c = w[r] * inv;
                double[] row = centred[r];
                for (int i = 0; i < dim; i++) {
                    axis[i] += c * row[i];
                }
            }
            // a fixed sign: the first run's first checkpoint (its start) has a coordinate ≥ 0
            if (dot(centred[0], axis) < 0) {
                for (int i = 0; i < dim; i++) {
                    axis[i] = -axis[i];
                }
            }
            axes[k] = axis;
        }
        List<double[]> solutions = trajectories.stream().map(SharedPlane::last).toList();
        return new Pca(new Plane(mean(solutions, dim), axes[0], axes[1]), ratio);
    }

    private static List<double[]> all(List<List<double[]>> trajectories) {
        List<double[]> points = new ArrayList<>();
        trajectories.forEach(points::addAll);
        return points;
    }

    private static double[] last(List<double[]> t) {
        return t.get(t.size() - 1);
    }

    private static double[] mean(List<double[]> points, int dim) {
        double[] mean = new double[dim];
        for (double[] p : points) {
            for (int i = 0; i < dim; i++) {
                mean[i] += p[i];
            }
        }
        for (int i = 0; i < dim; i++) {
            mean[i] /= points.size();
        }
        return mean;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double square(double v) {
        return v * v;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
