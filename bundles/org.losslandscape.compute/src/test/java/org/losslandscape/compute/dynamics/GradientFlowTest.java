package org.losslandscape.compute.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
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
        // an under-determined linear regression (6 rows, 20 features): the SVD's X⁺y is the minimum-norm solution
        ImplicitBias.Outcome o = ImplicitBias.underdetermined(6, 20, 11, 1e-13, ProgressMonitor.NONE);
        assertTrue(o.flowDistance() < 1e-8, "flow: " + o.flowDistance());
        assertTrue(o.gradientDescentDistance() < 1e-8, "GD: " + o.gradientDescentDistance());
        assertTrue(o.flowLoss() < 1e-20, "it interpolates: " + o.flowLoss());
        assertTrue(o.gradientDescentLoss() < 1e-20, "it interpolates: " + o.gradientDescentLoss());
        assertTrue(o.minimumNorm() > 0.1, "a solution that is not zero: " + o.minimumNorm());
        // from elsewhere it interpolates too, but keeps its start's component outside the row space
        assertTrue(o.otherStartDistance() > 0.1, "not the minimum-norm solution: " + o.otherStartDistance());
        assertThrows(IllegalArgumentException.class, () -> ImplicitBias.underdetermined(20, 6, 1, 1e-10, null));
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
}
