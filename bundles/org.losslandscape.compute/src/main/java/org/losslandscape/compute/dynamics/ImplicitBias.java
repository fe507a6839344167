package org.losslandscape.compute.dynamics;

import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.linalg.Vectors;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * The implicit bias of gradient methods on an under-determined linear regression: from zero, gradient descent and
 * the gradient flow never leave the row space of the data, so among the infinitely many interpolating solutions they
 * reach the one of minimum norm, {@code X⁺y} (e.g. Gunasekar et al. 2018, "Characterizing Implicit Bias in Terms of
 * Optimization Geometry", section 2). Here {@code X⁺y} comes from Commons Math's singular value decomposition, the
 * model is a linear layer without bias under mean squared error, GD takes the step {@code 1/λ_max} and both run to
 * time {@code 30/λ_min} (every error mode decays by e^−30 or more). From another start they interpolate too, but keep
 * the start's component outside the row space.
 */
public final class ImplicitBias {

    /**
     * What the comparison found.
     *
     * @param rows the rows n of the regression
     * @param features its features d &gt; n
     * @param flowDistance ‖θ_flow − X⁺y‖ at the end
     * @param gradientDescentDistance ‖θ_GD − X⁺y‖ at the end
     * @param flowLoss the flow's training loss at the end (≈ 0: it interpolates)
     * @param gradientDescentLoss GD's at the end
     * @param otherStartDistance ‖θ_GD − X⁺y‖ for GD from e₁ instead of zero (not small)
     * @param minimumNorm ‖X⁺y‖
     * @param steps GD's steps
     */
    public record Outcome(int rows, int features, double flowDistance, double gradientDescentDistance,
            double flowLoss, double gradientDescentLoss, double otherStartDistance, double minimumNorm, int steps) {
    }

    private ImplicitBias() {
    }

    /**
     * Draws X (n×d) and y with standard normal entries from the seed and runs GD and the flow from zero.
     *
     * @param rows n ≥ 1
     * @param features d &gt; n
     * @param tolerance the flow integrator's absolute and relative tolerance
     * @param monitor progress and cancellation of the flow, may be null
     * @throws IllegalArgumentException unless 1 ≤ n &lt; d ≤ 10 000
     */
    public static Outcome underdetermined(int rows, int features, long seed, double tolerance,
            ProgressMonitor monitor) {
        if (rows < 1 || features <= rows || features > 10_000) {
            throw new IllegalArgumentException("an under-determined regression needs 1 ≤ rows < features ≤ 10000, got "
                    + rows + " rows and " + features + " features");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] xm = new double[rows][features];
        double[] x = new double[rows * features];
        double[] t = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < features; c++) {
                xm[r][c] = rng.nextGaussian();
                x[r * features + c] = xm[r][c];
            }
            t[r] = rng.nextGaussian();
        }
        Network net = new Network(List.of(new Dense(features, 1, false)), new MeanSquaredError());
        NetworkObjective f = new NetworkObjective(net, Batch.of(new Dataset("under-determined", rows, features, x, 0,
                null, 1, t)), net.initialBuffers(), PassMode.EVAL);
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(xm));
        double[] minimumNorm = svd.getSolver().solve(new ArrayRealVector(t)).toArray(); // X⁺y
        double[] s = svd.getSingularValues();
        double lambdaMax = 2 * s[0] * s[0] / rows; // the Hessian of the mean squared error is (2/n) XᵀX
        double lambdaMin = 2 * s[rows - 1] * s[rows - 1] / rows;
        double horizon = 30 / lambdaMin;
        double eta = 1 / lambdaMax;
        int steps = (int) Math.ceil(horizon / eta);

        GradientFlow flow = new GradientFlow(f, new GradientFlow.Settings(tolerance, tolerance, 10_000_000));
        GradientFlow.Path continuous = flow.integrate(new double[features], new double[] {0, horizon}, monitor);
        GradientFlow.Path discrete = flow.gradientDescent(new double[features], eta, steps);
        double[] elsewhere = new double[features];
        elsewhere[0] = 1;
        GradientFlow.Path other = flow.gradientDescent(elsewhere, eta, steps);
        int end = continuous.points().length - 1;
        return new Outcome(rows, features, distance(continuous.points()[end], minimumNorm), distance(discrete
                .points()[steps], minimumNorm), continuous.losses()[end], discrete.losses()[steps], distance(other
                        .points()[steps], minimumNorm), Vectors.norm(minimumNorm), steps);
    }

    private static double distance(double[] a, double[] b) {
        double[] d = a.clone();
        Vectors.axpy(-1, b, d);
        return Vectors.norm(d);
    }
}
