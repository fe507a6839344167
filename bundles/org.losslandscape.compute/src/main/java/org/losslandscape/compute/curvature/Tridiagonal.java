package org.losslandscape.compute.curvature;

import java.util.Arrays;

import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Eigen-decomposition of a symmetric tridiagonal matrix (the Lanczos matrix T), eigenvalues ascending, by
 * commons-math. Immutable.
 */
final class Tridiagonal {

    final double[] values;
    /** {@code vectors[i]} is the unit eigenvector of {@code values[i]}. */
    final double[][] vectors;

    Tridiagonal(double[] alpha, double[] beta, int m) {
        values = new double[m];
        vectors = new double[m][];
        if (m == 1) {
            values[0] = alpha[0];
            vectors[0] = new double[] {1};
            return;
        }
        EigenDecomposition eig = new EigenDecomposition(Arrays.copyOf(alpha, m), Arrays.copyOf(beta, m - 1));
        double[] raw = eig.getRealEigenvalues();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
        for (int i = 0; i < m; i++) {
            values[i] = raw[order[i]];
            vectors[i] = eig.getEigenvector(order[i]).toArray();
        }
    }
}
