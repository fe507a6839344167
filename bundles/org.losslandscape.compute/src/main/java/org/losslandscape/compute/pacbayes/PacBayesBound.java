package org.losslandscape.compute.pacbayes;

import java.util.SplittableRandom;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.Workspace;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * A PAC-Bayes bound on the test error (0-1) of a Gaussian posterior around a trained network, after McAllester 1999
 * in the kl form of Langford and Seeger 2001 (with Maurer's 2004 constant) and the procedure of Dziugaite and Roy
 * 2017, §2–3, without their optimisation of the posterior:
 * <ol>
 * <li>prior P = N(θ₀, σ²·diag c²) centred at the initial point, posterior Q = N(θ*, σ²·diag c²) centred at the
 * solution, c from the {@link PosteriorShape}; KL(Q‖P) = Σ (θ*ᵢ − θ₀ᵢ)²/(2σ²cᵢ²) ({@link GaussianKl});</li>
 * <li>σ taken from a grid of G values fixed before training; the union bound pays for the choice: each grid point
 * gets δ/G, so that with probability ≥ 1 − δ, for every σ of the grid,
 * {@code kl(ê(Q)‖e(Q)) ≤ (KL(Q‖P) + ln(2√m·G/δ)) / m} (m training rows);</li>
 * <li>ê(Q), the posterior's expected training error, is estimated from n networks drawn from Q; by the
 * sample-convergence bound of Langford and Caruana 2002 (Dziugaite and Roy's eq. 8), with probability ≥ 1 − δ′ for
 * every σ of the grid, {@code ê(Q) ≤ kl⁻¹(ê_n, ln(2G/δ′)/n)};</li>
 * <li>so with probability ≥ 1 − δ − δ′: {@code e(Q) ≤ kl⁻¹(kl⁻¹(ê_n, ln(2G/δ′)/n), (KL + ln(2√m·G/δ))/m)}
 * ({@link BinaryKl#upperInverse}), reported at the σ where it is smallest.</li>
 * </ol>
 * The n draws use common random numbers across the grid (draw k is θ* + σ·c⊙z_k with the same z_k for every σ), so the
 * curves over σ are smooth; draw k's normal deviates come from the k-th generator split off one seeded by the seed.
 */
public final class PacBayesBound {

    private PacBayesBound() {
    }

    /**
     * @param shape the posterior's and prior's per-parameter scales
     * @param sigmas the grid of widths σ, each > 0, fixed before training
     * @param delta the confidence δ of the PAC-Bayes bound, in (0, 1)
     * @param samplingDelta the confidence δ′ of the Monte Carlo estimate, in (0, 1), δ + δ′ < 1
     * @param samples the networks n drawn from each posterior, ≥ 1
     * @param seed the seed of the draws
     */
    public record Settings(PosteriorShape shape, double[] sigmas, double delta, double samplingDelta, int samples,
            long seed) {

        /** Checks the ranges; copies the grid. */
        public Settings {
            if (shape == null) {
                throw new IllegalArgumentException("PAC-Bayes bound: name the posterior's shape");
            }
            sigmas = sigmas.clone();
            if (sigmas.length == 0) {
                throw new IllegalArgumentException("PAC-Bayes bound: the grid of σ is empty");
            }
            for (double s : sigmas) {
                if (!(s > 0) || Double.isInfinite(s)) {
                    throw new IllegalArgumentException("PAC-Bayes bound: σ = " + s + " must be positive and finite");
                }
            }
            if (!(delta > 0 && samplingDelta > 0 && delta + samplingDelta < 1)) {
                throw new IllegalArgumentException("PAC-Bayes bound: need δ > 0, δ′ > 0 and δ + δ′ < 1, got " + delta
                        + " and " + samplingDelta);
            }
            if (samples < 1) {
                throw new IllegalArgumentException("PAC-Bayes bound: draw at least one network, got " + samples);
            }
        }

        @Override
        public double[] sigmas() {
            return sigmas.clone();
        }

        /** @return {@code count} widths evenly spaced in log scale from {@code from} to {@code to} */
        public static double[] logGrid(double from, double to, int count) {
            if (!(from > 0 && to > from) || count < 2) {
                throw new IllegalArgumentException("a log grid needs 0 < from < to and 2 points or more");
            }
            double[] g = new double[count];
            for (int i = 0; i < count; i++) {
                g[i] = from * Math.pow(to / from, (double) i / (count - 1));
            }
            return g;
        }
    }

    /**
     * The bound at each σ of the grid and the one reported.
     *
     * @param sigmas the grid
     * @param kl KL(Q‖P) at each σ
     * @param trainError the mean training error ê_n of the draws at each σ
     * @param trainErrorUpper its upper confidence limit kl⁻¹(ê_n, ln(2G/δ′)/n)
     * @param bound the bound on the posterior's test error e(Q) at each σ
     * @param testError the mean error of the same draws on the test rows at each σ (NaN without them)
     * @param chosen the index of the smallest bound
     * @param solutionTrainError the training error of θ* itself
     * @param solutionTestError the test error of θ* itself (NaN without test rows)
     * @param trainingRows m
     * @param samples the draws n that entered (fewer than asked when cancelled)
     */
    public record Result(double[] sigmas, double[] kl, double[] trainError, double[] trainErrorUpper, double[] bound,
            double[] testError, int chosen, double solutionTrainError, double solutionTestError, int trainingRows,
            int samples) {
    }

    /**
     * @param network the network
     * @param buffers its buffers (BatchNorm statistics; evaluation mode)
     * @param solution θ*, the posterior's centre; not modified
     * @param prior θ₀, the prior's centre (the initial point, chosen without the data); not modified
     * @param train the m rows of the training error (classification)
     * @param test rows to report the draws' error on, or null
     * @param monitor cancellation (a cancelled computation uses the draws made so far, at least one)
     */
    public static Result compute(Network network, double[] buffers, double[] solution, double[] prior, Dataset train,
            Dataset test, Settings settings, ProgressMonitor monitor) {
        int d = network.parameterCount();
        if (solution.length != d || prior.length != d) {
            throw new IllegalArgumentException("PAC-Bayes bound: the network has " + d + " parameters, the solution "
                    + solution.length + " and the prior's centre " + prior.length);
        }
        if (!train.isClassification() || test != null && !test.isClassification()) {
            throw new IllegalArgumentException("PAC-Bayes bound: the 0-1 error needs a classification task");
        }
        double[] c = settings.shape().scales(network, prior);
        double[] sigmas = settings.sigmas();
        int g = sigmas.length;
        Errors errors = new Errors(network, buffers, train, test);
        double[] at = errors.of(solution);
        double[] trainSum = new double[g];
        double[] testSum = new double[g];
        double[] z = new double[d];
        double[] point = new double[d];
        SplittableRandom root = new SplittableRandom(settings.seed());
        int n = 0;
        for (int k = 0; k < settings.samples(); k++) {
            if (k > 0 && monitor != null && monitor.isCancelled()) {
                break;
            }
            SplittableRandom rng = root.split();
            for (int i = 0; i < d; i++) {
                z[i] = rng.nextGaussian() * c[i];
            }
            for (int j = 0; j < g; j++) {
                for (int i = 0; i < d; i++) {
                    point[i] = solution[i] + sigmas[j] * z[i];
                }
                double[] e = errors.of(point);
                trainSum[j] += e[0];
                testSum[j] += e[1];
            }
            n++;
            if (monitor != null) {
                monitor.progress(n, settings.samples(), "PAC-Bayes bound: draw " + n + " of " + settings.samples());
            }
        }
        double distance = 0;
        for (int i = 0; i < d; i++) {
            double s = (solution[i] - prior[i]) / c[i];
            distance += s * s;
        }
        int m = train.size();
        double complexityConstant = Math.log(2 * Math.sqrt(m) * g / settings.delta());
        double samplingBudget = Math.log(2 * g / settings.samplingDelta()) / n;
        double[] kl = new double[g];
        double[] trainError = new double[g];
        double[] upper = new double[g];
        double[] bound = new double[g];
        double[] testError = new double[g];
        int chosen = 0;
        for (int j = 0; j < g; j++) {
            kl[j] = distance / (2 * sigmas[j] * sigmas[j]);
            trainError[j] = Math.min(1, trainSum[j] / n);
            testError[j] = test == null ? Double.NaN : testSum[j] / n;
            upper[j] = BinaryKl.upperInverse(trainError[j], samplingBudget);
            bound[j] = BinaryKl.upperInverse(upper[j], (kl[j] + complexityConstant) / m);
            if (bound[j] < bound[chosen]) {
                chosen = j;
            }
        }
        return new Result(sigmas, kl, trainError, upper, bound, testError, chosen, at[0], at[1], m, n);
    }

    /** The 0-1 errors of parameter vectors on the training and the test rows, with one workspace. */
    private static final class Errors {
        private final Network network;
        private final double[] buffers;
        private final Dataset train;
        private final Dataset test;
        private final Workspace workspace;

        Errors(Network network, double[] buffers, Dataset train, Dataset test) {
            this.network = network;
            this.buffers = buffers;
            this.train = train;
            this.test = test;
            int rows = Math.max(train.size(), test == null ? 0 : test.size());
            this.workspace = network.newWorkspace(Math.max(1, Math.min(2048, rows)));
        }

        /** @return {training error, test error (NaN without test rows)} */
        double[] of(double[] params) {
            double trainError = 1 - network.evaluate(workspace, params, buffers, train).accuracy();
            double testError = test == null ? Double.NaN : 1 - network.evaluate(workspace, params, buffers, test)
                    .accuracy();
            return new double[] {trainError, testError};
        }
    }
}
