package org.losslandscape.compute.pacbayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.curvature.LayerRescaling;
import org.losslandscape.compute.data.Batch;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.loss.SoftmaxCrossEntropy;
import org.losslandscape.compute.nn.Activation;
import org.losslandscape.compute.nn.Dense;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkObjective;
import org.losslandscape.compute.nn.PassMode;

/**
 * The PAC-Bayes bound on a small ReLU network trained on two noisy blobs: it lies above the posterior's error on many
 * held-out rows, its KL term is the Gaussians' closed form, it moves the way the theory says with δ, the draws and σ,
 * and with a layer-scaled posterior it does not move under Dinh et al.'s rescaling while the isotropic one does.
 */
class PacBayesBoundTest {

    private static final Network NETWORK = new Network(List.of(new Dense(2, 16), new Activation(
            Activation.Function.RELU, 16), new Dense(16, 2)), new SoftmaxCrossEntropy());
    private static final double[] SIGMAS = PacBayesBound.Settings.logGrid(1e-3, 10, 17);

    /** Two Gaussian blobs at ±(1, 1), unit variance: the Bayes error is Φ(−√2) ≈ 0.079. */
    private static Dataset blobs(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(2);
            double centre = y[i] == 0 ? -1 : 1;
            x[2 * i] = centre + rng.nextGaussian();
            x[2 * i + 1] = centre + rng.nextGaussian();
        }
        return new Dataset("blobs", n, 2, x, 2, y, 0, null);
    }

    private static final Dataset TRAIN = blobs(1000, 1);
    private static final Dataset TEST = blobs(4000, 2);
    private static final double[] INIT = NETWORK.initialParameters(Initializer.pytorchDefault(), 3);
    private static final double[] SOLUTION = train();

    private static double[] train() {
        NetworkObjective f = new NetworkObjective(NETWORK, Batch.of(TRAIN), NETWORK.initialBuffers(), PassMode.EVAL);
        double[] p = INIT.clone();
        double[] g = new double[p.length];
        for (int step = 0; step < 300; step++) {
            f.valueAndGradient(p, g);
            for (int i = 0; i < p.length; i++) {
                p[i] -= 0.5 * g[i];
            }
        }
        return p;
    }

    private static PacBayesBound.Result bound(double[] solution, double[] prior, PosteriorShape shape, double delta,
            int samples, Dataset train) {
        return PacBayesBound.compute(NETWORK, new double[0], solution, prior, train, TEST, new PacBayesBound.Settings(
                shape, SIGMAS, delta, 0.01, samples, 5), null);
    }

    @Test
    void theBoundLiesAboveThePosteriorsTestErrorAndIsNotVacuous() {
        for (PosteriorShape shape : PosteriorShape.values()) {
            PacBayesBound.Result r = bound(SOLUTION, INIT, shape, 0.025, 100, TRAIN);
            int c = r.chosen();
            assertTrue(r.solutionTrainError() < 0.15 && r.solutionTestError() < 0.15, "the network learns: "
                    + r.solutionTrainError() + ", " + r.solutionTestError());
            for (int j = 0; j < SIGMAS.length; j++) {
                assertTrue(r.bound()[j] >= r.testError()[j], shape + " σ = " + SIGMAS[j] + ": bound " + r.bound()[j]
                        + " < test error " + r.testError()[j]);
                assertTrue(r.bound()[j] >= r.trainErrorUpper()[j] && r.trainErrorUpper()[j] >= r.trainError()[j]);
                assertTrue(r.bound()[j] >= r.bound()[c]);
            }
            assertTrue(r.bound()[c] < 0.5, shape + ": a useful bound, " + r.bound()[c] + " at σ = " + SIGMAS[c]);
            assertEquals(1000, r.trainingRows());
            assertEquals(100, r.samples());
        }
    }

    @Test
    void theKlTermIsTheClosedFormOfTheTwoGaussians() {
        for (PosteriorShape shape : PosteriorShape.values()) {
            PacBayesBound.Result r = bound(SOLUTION, INIT, shape, 0.025, 2, TRAIN);
            double[] c = shape.scales(NETWORK, INIT);
            for (int j = 0; j < SIGMAS.length; j += 4) {
                double[] scale = c.clone();
                for (int i = 0; i < scale.length; i++) {
                    scale[i] *= SIGMAS[j];
                }
                double expected = GaussianKl.diagonal(SOLUTION, scale, INIT, scale);
                assertEquals(expected, r.kl()[j], 1e-9 * expected, shape + " σ = " + SIGMAS[j]);
            }
            for (int j = 1; j < SIGMAS.length; j++) {
                assertTrue(r.kl()[j] < r.kl()[j - 1], "KL falls as σ grows");
            }
        }
    }

    @Test
    void theBoundGrowsAsTheConfidenceGrowsAndFallsWithMoreRows() {
        PacBayesBound.Result loose = bound(SOLUTION, INIT, PosteriorShape.ISOTROPIC, 0.1, 50, TRAIN);
        PacBayesBound.Result strict = bound(SOLUTION, INIT, PosteriorShape.ISOTROPIC, 0.001, 50, TRAIN);
        for (int j = 0; j < SIGMAS.length; j++) {
            assertTrue(strict.bound()[j] >= loose.bound()[j] && strict.bound()[j] > loose.trainErrorUpper()[j]);
        }
        assertArrayEquals(loose.trainError(), strict.trainError(), "the same draws");
        // the same error with more rows: m enters only the complexity term
        Dataset twice = new Dataset("twice", 2000, 2, concat(TRAIN.features(), TRAIN.features()), 2, concat(TRAIN
                .labels(), TRAIN.labels()), 0, null);
        PacBayesBound.Result more = bound(SOLUTION, INIT, PosteriorShape.ISOTROPIC, 0.1, 50, twice);
        assertArrayEquals(loose.trainError(), more.trainError(), 1e-15);
        for (int j = 0; j < SIGMAS.length; j++) {
            assertTrue(more.bound()[j] <= loose.bound()[j]);
        }
        assertTrue(more.bound()[loose.chosen()] < loose.bound()[loose.chosen()]);
        // more draws narrow the Monte Carlo interval
        PacBayesBound.Result few = bound(SOLUTION, INIT, PosteriorShape.ISOTROPIC, 0.1, 10, TRAIN);
        int c = loose.chosen();
        assertTrue(few.trainErrorUpper()[c] - few.trainError()[c] > loose.trainErrorUpper()[c] - loose.trainError()[c]);
    }

    @Test
    void theSolutionAtThePriorsCentreCostsNothing() {
        PacBayesBound.Result r = bound(SOLUTION, SOLUTION, PosteriorShape.ISOTROPIC, 0.025, 20, TRAIN);
        for (double kl : r.kl()) {
            assertEquals(0, kl, 0);
        }
        // and the draws' error grows with σ (a wider posterior leaves the solution)
        assertTrue(r.trainError()[SIGMAS.length - 1] > r.trainError()[0] + 0.1, Arrays.toString(r.trainError()));
    }

    @Test
    void theLayerScaledBoundIsInvariantUnderRescalingTheIsotropicIsNot() {
        LayerRescaling rescaling = new LayerRescaling("0", "2");
        PacBayesBound.Result layerwise = bound(SOLUTION, INIT, PosteriorShape.LAYERWISE, 0.025, 30, TRAIN);
        PacBayesBound.Result isotropic = bound(SOLUTION, INIT, PosteriorShape.ISOTROPIC, 0.025, 30, TRAIN);
        for (double alpha : new double[] {0.1, 10}) {
            double[] s = rescaling.apply(NETWORK, SOLUTION, alpha);
            double[] p = rescaling.apply(NETWORK, INIT, alpha);
            PacBayesBound.Result scaled = bound(s, p, PosteriorShape.LAYERWISE, 0.025, 30, TRAIN);
            assertArrayEquals(layerwise.bound(), scaled.bound(), 1e-12, "α = " + alpha);
            assertArrayEquals(layerwise.kl(), scaled.kl(), 1e-9 * layerwise.kl()[0]);
            PacBayesBound.Result iso = bound(s, p, PosteriorShape.ISOTROPIC, 0.025, 30, TRAIN);
            assertTrue(Math.abs(iso.kl()[0] - isotropic.kl()[0]) > 0.5 * Math.min(iso.kl()[0], isotropic.kl()[0]),
                    "α = " + alpha + ": the isotropic KL moves, " + iso.kl()[0] + " vs " + isotropic.kl()[0]);
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PacBayesBound.Settings(PosteriorShape.ISOTROPIC,
                new double[] {0.1, -1}, 0.05, 0.05, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new PacBayesBound.Settings(PosteriorShape.ISOTROPIC,
                new double[] {0.1}, 0.5, 0.5, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new PacBayesBound.Settings(PosteriorShape.ISOTROPIC,
                new double[0], 0.05, 0.05, 10, 0));
        Dataset regression = new Dataset("r", 2, 2, new double[4], 0, null, 2, new double[4]);
        assertThrows(IllegalArgumentException.class, () -> PacBayesBound.compute(NETWORK, new double[0], SOLUTION,
                INIT, regression, null, new PacBayesBound.Settings(PosteriorShape.ISOTROPIC, SIGMAS, 0.05, 0.05, 1,
                        0), null));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
