package org.losslandscape.compute.curvature;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The full Hessian of a small model, column by column from Hessian-vector products against the unit vectors, then
 * symmetrised ({@code (H + Hᵀ)/2}, removing rounding asymmetry), and its eigendecomposition by commons-math. Costs
 * n products and O(n³) for the eigendecomposition, so it is limited to {@link #MAX_DIMENSION} parameters. The point
 * is not modified.
 */
public final class DenseHessian {

    /** Largest dimension accepted. */
    public static final int MAX_DIMENSION = 2000;

    private DenseHessian() {
    }

    /**
     * Eigenvalues and eigenvectors of a symmetric matrix.
     *
     * @param values ascending
     * @param vectors {@code vectors[i]} the unit eigenvector of {@code values[i]}
     */
    public record Spectrum(double[] values, double[][] vectors) {

        /** @return the sum of the eigenvalues */
        public double trace() {
            return Arrays.stream(values).sum();
        }
    }

    /**
     * @return the symmetrised Hessian, {@code h[i][j]}
     * @throws IllegalArgumentException above {@link #MAX_DIMENSION} parameters
     */
    public static double[][] compute(CurvatureObjective f, double[] params) {
        int n = f.dimension();
        if (n > MAX_DIMENSION) {
            throw new IllegalArgumentException("the dense Hessian is limited to " + MAX_DIMENSION
                    + " parameters (this model has " + n + "); use Lanczos, Hutchinson or SpectralDensity");
        }
        double[][] columns = new double[n][n];
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            f.hessianVectorProduct(params, e, columns[j]);
            e[j] = 0;
        }
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] = 0.5 * (columns[j][i] + columns[i][j]);
            }
        }
        return h;
    }

    /** @return the eigendecomposition of a symmetric matrix, eigenvalues ascending */
    public static Spectrum eigen(double[][] symmetric) {
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(symmetric, true));
        double[] raw = eig.getRealEigenvalues();
        Integer[] order = new Integer[raw.length];
        for (int i = 0; i < raw.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
        double[] values = new double[raw.length];
        double[][] vectors = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            values[i] = raw[order[i]];
            vectors[i] = eig.getEigenvector(order[i]).toArray();
        }
        return new Spectrum(values, vectors);
    }

    /** @return the eigendecomposition of the Hessian at {@code params} */
    public static Spectrum spectrum(CurvatureObjective f, double[] params) {
        return eigen(compute(f, params));
    }
}
