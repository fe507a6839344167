package org.losslandscape.compute.landscape;

import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.losslandscape.compute.linalg.Parallel;

/**
 * The plane of the two principal directions of an optimisation trajectory (Li et al. 2018, "Visualizing the Loss
 * Landscape of Neural Nets", section 7): PCA of the rows {@code θᵢ − θ_final}, centred by their mean as the
 * authors' implementation (scikit-learn's PCA) does.
 * <p>
 * Method: with n checkpoints ≪ dimension D, the n×n Gram matrix {@code G = C·Cᵀ} of the centred rows C is
 * eigen-decomposed (commons-math) instead of the n×D matrix: the principal directions are {@code Cᵀ·w/√λ}, the
 * explained variances λ/(n−1). Cost O(n²·D) for G (parallel over rows) plus O(n³). The checkpoints are not modified.
 */
public final class TrajectoryPca {

    private TrajectoryPca() {
    }

    /**
     * The result.
     *
     * @param plane origin θ_final, axes the first two principal directions (unit length)
     * @param explainedVarianceRatio the fraction of variance of every component, descending (length n − 1)
     * @param coordinates {@code coordinates[i] = {a, b}}: checkpoint i projected on the plane,
     *        {@code ⟨θᵢ − θ_final, axis⟩}; the final checkpoint is at (0, 0)
     */
    public record Result(Plane plane, double[] explainedVarianceRatio, double[][] coordinates) {
    }

    /**
     * @param checkpoints the trajectory in order, the last one is θ_final; at least 3, all of one length
     * @return the PCA plane; the sign of each axis is chosen so that the first checkpoint has a coordinate ≥ 0
     */
    public static Result compute(List<double[]> checkpoints) {
        int n = checkpoints.size();
        if (n < 3) {
            throw new IllegalArgumentException("a trajectory PCA needs at least 3 checkpoints, got " + n);
        }
        double[] fin = checkpoints.get(n - 1);
        int dim = fin.length;
        for (double[] c : checkpoints) {
            if (c.length != dim) {
                throw new IllegalArgumentException("checkpoints must have the same length");
            }
        }
        int rows = n - 1;
        double[] mean = new double[dim];
        for (int r = 0; r < rows; r++) {
            double[] c = checkpoints.get(r);
            for (int i = 0; i < dim; i++) {
                mean[i] += (c[i] - fin[i]) / rows;
            }
        }
        double[][] centred = new double[rows][];
        Parallel.forEach(rows, r -> {
            double[] c = checkpoints.get(r);
            double[] row = new double[dim];
            for (int i = 0; i < dim; i++) {
                row[i] = c[i] - fin[i] - mean[i];
            }
            centred[r] = row;
        });
        double[][] gram = new double[rows][rows];
        // task r writes gram[r][s] and gram[s][r] for s ≥ r only: disjoint outputs
        Parallel.forEach(rows, r -> {
            for (int s = r; s < rows; s++) {
                double d = dot(centred[r], centred[s]);
                gram[r][s] = d;
                gram[s][r] = d;
            }
        });
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(gram, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double total = 0;
        for (double v : values) {
            total += Math.max(0, v);
        }
        double[] ratio = new double[rows];
        for (int k = 0; k < rows; k++) {
            ratio[k] = total > 0 ? Math.max(0, values[order[k]]) / total : 0;
        }
        double[][] axes = new double[2][];
        for (int k = 0; k < 2; k++) {
            double lambda = values[order[k]];
            double[] w = eig.getEigenvector(order[k]).toArray();
            double[] axis = new double[dim];
            if (lambda > 1e-14 * total && lambda > 0) {
                double inv = 1 / Math.sqrt(lambda);
                for (int r = 0; r < rows; r++) {
                    double c = w[r] * inv;
                    double[] row = centred[r];
                    for (int i = 0; i < dim; i++) {
                        axis[i] += c * row[i];
                    }
                }
            }
            axes[k] = axis;
        }
        double[][] coords = new double[n][2];
        for (int k = 0; k < 2; k++) {
            double[] axis = axes[k];
            double first = projection(checkpoints.get(0), fin, axis);
            if (first < 0) {
                for (int i = 0; i < dim; i++) {
                    axis[i] = -axis[i];
                }
            }
            for (int p = 0; p < n; p++) {
                coords[p][k] = projection(checkpoints.get(p), fin, axis);
            }
        }
        return new Result(new Plane(fin, axes[0], axes[1]), ratio, coords);
    }

    private static double projection(double[] point, double[] origin, double[] axis) {
        double s = 0;
        for (int i = 0; i < axis.length; i++) {
            s += (point[i] - origin[i]) * axis[i];
        }
        return s;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
