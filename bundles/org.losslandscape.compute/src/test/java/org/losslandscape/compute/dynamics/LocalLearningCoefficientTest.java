package org.losslandscape.compute.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.junit.jupiter.api.Test;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.loss.MeanSquaredError;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;

/**
 * The SGLD estimate of the local learning coefficient against models whose coefficient is known: a regular linear
 * regression (λ = d/2) and the singular product model {@code y = a·b·x}, a width-one deep linear network (λ = 1/2 on
 * the valley {@code ab = c ≠ 0}, and at most 1/2 at the origin, where the loss is ∝ (ab)²: Watanabe 2009), both
 * below their d/2 = 1.
 */
class LocalLearningCoefficientTest {

    private static final int ROWS = 1000;

    /** Rows x ~ N(0, 1)^features, y = x·w + 0.5·noise. */
    private static Dataset regression(int features, double[] w, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[ROWS * features];
        double[] y = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < features; c++) {
                x[r * features + c] = rng.nextGaussian();
                y[r] += w[c] * x[r * features + c];
            }
            y[r] += 0.5 * rng.nextGaussian();
        }
        return new Dataset("regression", ROWS, features, x, 0, null, 1, y);
    }

    private static LocalLearningCoefficient.RowLoss loss(Network net, Dataset data) {
        return rows -> new NetworkObjective(net, Batch.of(data, rows), net.initialBuffers(), PassMode.EVAL);
    }

    @Test
    void aRegularModelHasHalfItsDimension() {
        // y = x·w + b with three features: d = 4, λ = 2; w* is the least-squares solution
        Dataset data = regression(3, new double[] {1, -2, 0.5}, 7);
        Network net = new Network(List.of(new Dense(3, 1)), new MeanSquaredError());
        double[][] design = new double[ROWS][4];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < 3; c++) {
                design[r][c] = data.features()[r * 3 + c];
            }
            design[r][3] = 1;
        }
        double[] solution = new QRDecomposition(new Array2DRowRealMatrix(design)).getSolver().solve(
                new ArrayRealVector(data.targets())).toArray();
        double[] centre = {solution[0], solution[1], solution[2], solution[3]}; // Dense: weights, then the bias
        LocalLearningCoefficient.Estimate e = LocalLearningCoefficient.estimate(loss(net, data), ROWS, centre,
                new LocalLearningCoefficient.Settings(1, 0, 1e-4, 4000, 200, 8, 0, 11), null);
        System.out.println("LLC regular d = 4: " + e.llc() + " ± " + e.standardError());
        assertEquals(1 / Math.log(ROWS), e.beta(), 1e-15);
        assertEquals(0, e.divergedChains());
        // the stated tolerance: 10 % of d/2 (the chains' standard error is about 2 %, the step's bias under 1 %)
        assertEquals(2.0, e.llc(), 0.2, "λ̂ = " + e.llc() + " ± " + e.standardError());
        assertTrue(e.standardError() < 0.1, "se " + e.standardError());
        assertEquals(8, e.chains().size());
        assertEquals(4200, e.chains().get(0).losses().length, "the trace holds the burn-in and the draws");
        assertTrue(e.chains().stream().allMatch(c -> c.meanLoss() > e.centreLoss()), "w* is the minimum");
    }

    @Test
    void theProductModelIsSingularBelowHalfItsDimension() {
        // f(x) = b·(a·x): two Dense(1 → 1) layers without bias; d = 2, d/2 = 1
        Network net = new Network(List.of(new Dense(1, 1, false), new Dense(1, 1, false)), new MeanSquaredError());
        LocalLearningCoefficient.Settings settings = new LocalLearningCoefficient.Settings(10, 0, 5e-5, 6000, 500, 4,
                0, 3);

        // the valley ab = c ≠ 0: a smooth curve of minima, λ = 1/2 (codimension one)
        Dataset valley = regression(1, new double[] {1}, 5);
        double c = lineFit(valley);
        LocalLearningCoefficient.Estimate onValley = LocalLearningCoefficient.estimate(loss(net, valley), ROWS,
                new double[] {Math.sqrt(c), Math.sqrt(c)}, settings, null);
        System.out.println("LLC y = abx on the valley ab = " + c + ": " + onValley.llc() + " ± "
                + onValley.standardError());
        assertEquals(0.5, onValley.llc(), 0.1, "λ̂ on the valley = " + onValley.llc() + " ± "
                + onValley.standardError());

        // the origin, where the two branches of ab = 0 cross: K ∝ (ab)², λ = 1/2 with multiplicity 2; the
        // localised estimate E[s a²/(2 s a² + γ)] lies below 1/2
        Dataset noise = regression(1, new double[] {0}, 9);
        LocalLearningCoefficient.Estimate atOrigin = LocalLearningCoefficient.estimate(loss(net, noise), ROWS,
                new double[] {0, 0}, settings, null);
        System.out.println("LLC y = abx at the origin: " + atOrigin.llc() + " ± " + atOrigin.standardError());
        assertTrue(atOrigin.llc() < 0.55 && atOrigin.llc() > 0.1, "λ̂ at the origin = " + atOrigin.llc() + " ± "
                + atOrigin.standardError());
        assertTrue(atOrigin.llc() < onValley.llc(), "more degenerate at the crossing: " + atOrigin.llc() + " < "
                + onValley.llc());
    }

    @Test
    void theEstimateIsFixedByItsSeedAndMiniBatchesAgreeWithTheFullBatch() {
        Dataset data = regression(2, new double[] {1, 1}, 13);
        Network net = new Network(List.of(new Dense(2, 1, false)), new MeanSquaredError());
        double[] centre = leastSquares(data, 2);
        LocalLearningCoefficient.Settings full = new LocalLearningCoefficient.Settings(1, 0, 1e-4, 3000, 200, 4, 0,
                21);
        LocalLearningCoefficient.Estimate a = LocalLearningCoefficient.estimate(loss(net, data), ROWS, centre, full,
                null);
        LocalLearningCoefficient.Estimate b = LocalLearningCoefficient.estimate(loss(net, data), ROWS, centre, full,
                null);
        assertEquals(a.llc(), b.llc(), 0.0);
        assertArrayEquals(a.chains().get(3).losses(), b.chains().get(3).losses(), 0.0);
        LocalLearningCoefficient.Estimate other = LocalLearningCoefficient.estimate(loss(net, data), ROWS, centre,
                new LocalLearningCoefficient.Settings(1, 0, 1e-4, 3000, 200, 4, 0, 22), null);
        assertTrue(a.llc() != other.llc(), "another seed, other chains");
        // mini-batches of 100 rows: a noisier gradient and loss, the same coefficient (d/2 = 1) within 15 %
        LocalLearningCoefficient.Estimate batched = LocalLearningCoefficient.estimate(loss(net, data), ROWS, centre,
                new LocalLearningCoefficient.Settings(1, 0, 1e-4, 3000, 200, 8, 100, 21), null);
        System.out.println("LLC d = 2, full batch: " + a.llc() + ", batches of 100: " + batched.llc());
        assertEquals(1.0, a.llc(), 0.15, "full batch " + a.llc());
        assertEquals(1.0, batched.llc(), 0.15, "mini-batches " + batched.llc());
    }

    @Test
    void aStepTooLargeForTheCurvatureIsFlaggedAsDivergence() {
        Dataset data = regression(2, new double[] {1, 1}, 13);
        Network net = new Network(List.of(new Dense(2, 1, false)), new MeanSquaredError());
        // ε·nβ·λ_max ≈ 0.5·145·2 ≫ 4: the Langevin step overshoots and grows without bound
        LocalLearningCoefficient.Estimate e = LocalLearningCoefficient.estimate(loss(net, data), ROWS,
                leastSquares(data, 2), new LocalLearningCoefficient.Settings(1, 0, 0.5, 2000, 0, 3, 0, 1), null);
        assertEquals(3, e.divergedChains());
        assertTrue(Double.isNaN(e.llc()), "no chain left to estimate from");
        assertTrue(e.chains().get(0).losses().length < 2000, "the chain stopped where it diverged");

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new LocalLearningCoefficient.Settings(1, 0, 0, 10, 0, 1, 0, 0));
        assertTrue(bad.getMessage().contains("step size"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LocalLearningCoefficient.Settings(-1, 0, 1e-4, 10, 0,
                1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> LocalLearningCoefficient.estimate(loss(net, data), ROWS,
                new double[3], new LocalLearningCoefficient.Settings(1, 0, 1e-4, 10, 0, 1, 0, 0), null));
    }

    /** @return the least-squares slope through the origin of a one-feature regression */
    private static double lineFit(Dataset d) {
        return leastSquares(d, 1)[0];
    }

    private static double[] leastSquares(Dataset d, int features) {
        double[][] design = new double[d.size()][features];
        for (int r = 0; r < d.size(); r++) {
            for (int c = 0; c < features; c++) {
                design[r][c] = d.features()[r * features + c];
            }
        }
        return new QRDecomposition(new Array2DRowRealMatrix(design)).getSolver().solve(new ArrayRealVector(d
                .targets())).toArray();
    }
}
