package org.losslandscape.compute.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The top Hessian eigenpair by Lanczos with full re-orthogonalisation (Golub and Van Loan, "Matrix Computations",
 * 4th ed., section 10.1) from a <em>given</em> start vector. Started from the previous top eigenvector, as when the
 * sharpness is tracked along a training run whose parameters move a little between measurements, it converges in
 * a few products. (The library's {@code curvature.Lanczos} always starts from a seeded Gaussian vector.)
 * <p>
 * The eigenvalues of the tridiagonal matrix come from commons-math3's {@link EigenDecomposition}; convergence is
 * declared when the residual bound {@code β_m·|s_m|} of the top Ritz pair is at most {@code tolerance·|θ|}.
 */
public final class WarmStartLanczos {

    private WarmStartLanczos() {
    }

    /**
     * @param f the objective
     * @param params the point, not modified
     * @param start start vector (not modified), or null for a Gaussian vector from {@code seed}; it must not be
     *        zero
     * @param maxSteps most Lanczos steps (capped at the dimension)
     * @param tolerance relative residual tolerance
     * @param seed seed of the Gaussian start when {@code start} is null
     * @return the top Ritz pair
     */
    public static TopEigenpair top(CurvatureObjective f, double[] params, double[] start, int maxSteps,
            double tolerance, long seed) {
        int n = f.dimension();
        if (maxSteps < 1 || !(tolerance >= 0)) {
            throw new IllegalArgumentException("need maxSteps ≥ 1 and tolerance ≥ 0");
        }
        double[] q = new double[n];
        if (start == null) {
            SplittableRandom rng = new SplittableRandom(seed);
            for (int i = 0; i < n; i++) {
                q[i] = rng.nextGaussian();
            }
        } else {
            if (start.length != n) {
                throw new IllegalArgumentException("start vector length " + start.length + " != " + n);
            }
            System.arraycopy(start, 0, q, 0, n);
        }
        double norm = Vectors.norm(q);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            throw new IllegalArgumentException("the start vector must be non-zero and finite");
        }
        Vectors.scale(1 / norm, q);
        int steps = Math.min(n, maxSteps);
        List<double[]> basis = new ArrayList<>();
        double[] alpha = new double[steps];
        double[] beta = new double[steps];
        double[] w = new double[n];
        double theta = Double.NaN;
        double[] s = null;
        int m = 0;
        while (m < steps) {
            basis.add(q);
            f.hessianVectorProduct(params, q, w);
            alpha[m] = Vectors.dot(q, w);
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    Vectors.axpy(-Vectors.dot(b, w), b, w);
                }
            }
            beta[m] = Vectors.norm(w);
            m++;
            EigenDecomposition eig = new EigenDecomposition(Arrays.copyOf(alpha, m),
                    Arrays.copyOf(beta, m - 1));
            int top = 0;
            double[] values = eig.getRealEigenvalues();
            for (int i = 1; i < m; i++) {
                if (values[i] > values[top]) {
                    top = i;
                }
            }
            theta = values[top];
            s = eig.getEigenvector(top).toArray();
            double residual = Math.abs(beta[m - 1] * s[m - 1]);
            double scale = Math.max(Math.abs(theta), Double.MIN_NORMAL);
            if (residual <= tolerance * scale || beta[m - 1] <= 1e-13 * (Math.abs(alpha[m - 1]) + scale)
                    || m == steps) {
                break;
            }
            q = w.clone();
            Vectors.scale(1 / beta[m - 1], q);
        }
        double[] y = new double[n];
        for (int j = 0; j < m; j++) {
            Vectors.axpy(s[j], basis.get(j), y);
        }
        Vectors.scale(1 / Vectors.norm(y), y);
        return new TopEigenpair(theta, y, Math.abs(beta[m - 1] * s[m - 1]), m);
    }
}
