package org.losslandscape.compute.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;
import org.losslandscape.compute.objective.Objective;
import org.losslandscape.compute.train.ProgressMonitor;

class GradientFlowTest {

    /** ½ Σ a_i θ_i²: the flow is θ_i(t) = e^(−a_i t) θ_i(0), and GD is stable exactly while η < 2 / max a_i. */
    private record Diagonal(double[] a) implements Objective {
        @Override
        public int dimension() {
            return a.length;
        }

        @Override
        public double valueAndGradient(double[] params, double[] gradient) {
            double v = 0;
            for (int i = 0; i < a.length; i++) {
                gradient[i] = a[i] * params[i];
                v += 0.5 * a[i] * params[i] * params[i];
            }
            return v;
        }
    }

    @Test
    void theFlowOfAQuadraticIsItsClosedForm() {
        Diagonal q = new Diagonal(new double[] {1, 10, 0.1});
        double[] start = {1, -2, 3};
        double[] times = {0, 0.1, 0.5, 1, 2, 5};
        GradientFlow.Path path = new GradientFlow(q, new GradientFlow.Settings(1e-12, 1e-12, 1_000_000))
                .integrate(start, times, null);
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < 3; i++) {
                assertEquals(Math.exp(-q.a()[i] * times[k]) * start[i], path.points()[k][i], 1e-9, "t=" + times[k]);
            }
        }
        assertTrue(path.evaluations() > 10 && path.evaluations() < 100_000, "adaptive: " + path.evaluations());
    }

    @Test
    void gradientDescentTracksTheFlowBelowTwoOverLambdaMaxAndLeavesItPast() {
        Diagonal q = new Diagonal(new double[] {1, 10});
        GradientFlow flow = new GradientFlow(q, GradientFlow.Settings.DEFAULT);
        double[] start = {1, 1};
        for (double eta : new double[] {0.01, 0.1, 0.21}) {
            int steps = (int) Math.round(4 / eta);
            GradientFlow.Path gd = flow.gradientDescent(start, eta, steps);
            GradientFlow.Path exact = flow.integrate(start, gd.times(), null);
            double worst = max(GradientFlow.distances(gd, exact));
            if (eta < 2 / 10.0) {
                assertTrue(worst < 0.5 * eta * 10, "η=" + eta + " tracks the flow: " + worst);
            } else {
                assertTrue(worst > 1, "η=" + eta + " > 2/λ_max = 0.2 leaves the flow: " + worst);
                assertTrue(gd.losses()[steps] > gd.losses()[0], "and diverges");
            }
        }
    }

    @Test
    void onANetworkTheDistanceToTheFlowShrinksLikeTheStep() {
        SplittableRandom rng = new SplittableRandom(3);
        int rows = 40;
        double[] x = new double[rows * 4];
        int[] y = new int[rows];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        for (int i = 0; i < rows; i++) {
            y[i] = rng.nextInt(3);
        }
        Network net = new Network(List.of(new Dense(4, 8), new Activation(Activation.Function.TANH, 8),
                new Dense(8, 3)), new SoftmaxCrossEntropy());
        Batch batch = Batch.of(new Dataset("random", rows, 4, x, 3, y, 0, null));
        NetworkObjective f = new NetworkObjective(net, batch, net.initialBuffers(), PassMode.EVAL);
        double[] start = net.initialParameters(Initializer.pytorchDefault(), 5);
        GradientFlow flow = new GradientFlow(f, GradientFlow.Settings.DEFAULT);
        double[] error = new double[2];
        double[] etas = {0.02, 0.01};
        for (int j = 0; j < 2; j++) {
            GradientFlow.Path gd = flow.gradientDescent(start, etas[j], (int) Math.round(2 / etas[j]));
            GradientFlow.Path exact = flow.integrate(start, gd.times(), null);
            error[j] = max(GradientFlow.distances(gd, exact));
            assertTrue(exact.losses()[exact.losses().length - 1] < exact.losses()[0], "the flow descends");
        }
        double ratio = error[0] / error[1];
        assertTrue(ratio > 1.7 && ratio < 2.3, "Euler's error is first order in η: " + error[0] + " / " + error[1]);
    }

    @Test
    void fromZeroGradientDescentAndTheFlowReachTheMinimumNormSolution() {
        int rows = 6;
        int features = 20;
        SplittableRandom rng = new SplittableRandom(11);
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
        // an under-determined linear regression: Dense(20 → 1) without bias, mean squared error
        Network net = new Network(List.of(new Dense(features, 1, false)), new MeanSquaredError());
        NetworkObjective f = new NetworkObjective(net, Batch.of(new Dataset("under-determined", rows, features, x, 0,
                null, 1, t)), net.initialBuffers(), PassMode.EVAL);
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(xm));
        double[] minimumNorm = svd.getSolver().solve(new ArrayRealVector(t)).toArray(); // the pseudo-inverse's
        double[] s = svd.getSingularValues();
        double lambdaMax = 2 * s[0] * s[0] / rows; // the Hessian is (2/n) XᵀX
        double lambdaMin = 2 * s[rows - 1] * s[rows - 1] / rows;

        GradientFlow flow = new GradientFlow(f, new GradientFlow.Settings(1e-13, 1e-13, 10_000_000));
        double[] zero = new double[features];
        double horizon = 30 / lambdaMin;
        GradientFlow.Path continuous = flow.integrate(zero, new double[] {0, horizon / 2, horizon},
                ProgressMonitor.NONE);
        double eta = 1 / lambdaMax;
        GradientFlow.Path discrete = flow.gradientDescent(zero, eta, (int) Math.ceil(30 / (eta * lambdaMin)));
        assertTrue(distance(continuous.points()[2], minimumNorm) < 1e-8, "flow: " + distance(continuous
                .points()[2], minimumNorm));
        assertTrue(distance(discrete.points()[discrete.points().length - 1], minimumNorm) < 1e-8);
        assertTrue(continuous.losses()[2] < 1e-20, "it interpolates: " + continuous.losses()[2]);

        // from elsewhere it interpolates too, but keeps its start's component outside the row space
        double[] elsewhere = new double[features];
        elsewhere[0] = 1;
        GradientFlow.Path other = flow.gradientDescent(elsewhere, eta, (int) Math.ceil(30 / (eta * lambdaMin)));
        double[] end = other.points()[other.points().length - 1];
        assertTrue(other.losses()[other.losses().length - 1] < 1e-20);
        assertTrue(distance(end, minimumNorm) > 0.1, "not the minimum-norm solution: " + distance(end,
                minimumNorm));
    }

    @Test
    void aBadRequestSaysWhatIsWrong() {
        GradientFlow flow = new GradientFlow(new Diagonal(new double[] {1}), GradientFlow.Settings.DEFAULT);
        assertThrows(IllegalArgumentException.class, () -> flow.integrate(new double[] {1}, new double[] {0, 1, 1},
                null));
        assertThrows(IllegalArgumentException.class, () -> flow.integrate(new double[] {1, 2}, new double[] {0, 1},
                null));
        assertThrows(IllegalArgumentException.class, () -> new GradientFlow.Settings(0, 1e-9, 10));
        IllegalArgumentException budget = assertThrows(IllegalArgumentException.class, () -> new GradientFlow(
                new Diagonal(new double[] {1e6}), new GradientFlow.Settings(1e-12, 1e-12, 50)).integrate(
                        new double[] {1}, new double[] {0, 10}, null));
        assertTrue(budget.getMessage().contains("more than 50 gradients"), budget.getMessage());
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
