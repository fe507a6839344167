package org.losslandscape.compute.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.losslandscape.compute.data.Batches;
import org.losslandscape.compute.objective.Objective;
import org.losslandscape.compute.train.ProgressMonitor;

/**
 * The local learning coefficient (LLC) λ(w*) of singular learning theory, estimated by stochastic-gradient Langevin
 * dynamics around a point w* as in Lau, Furman, Wang, Murfet and Wei (2023, "Quantifying degeneracy in singular
 * models via the learning coefficient", arXiv:2308.12108, Algorithm 1):
 *
 * <pre>
 *   λ̂(w*) = nβ (E_w[L_n(w)] − L_n(w*)),   w ~ exp(−nβ L_n(w) − γ/2 ‖w − w*‖²),   β = 1/log n by default
 * </pre>
 *
 * the expectation taken along SGLD chains started at w*, one step being
 * {@code w ← w − ε/2 (nβ ∇L_m(w) + γ (w − w*)) + N(0, ε)} with {@code L_m} the mean loss of a mini-batch of m rows.
 * β = 1/log n is the inverse temperature of Watanabe's WBIC (2013, "A widely applicable Bayesian information
 * criterion", JMLR 14). For a regular model λ = d/2 (d parameters); a singular model has a smaller λ — for
 * {@code y = a·b·x} at {@code ab = 0} the loss is {@code ∝ (ab)²}, whose λ is 1/2 (Watanabe 2009, "Algebraic Geometry
 * and Statistical Learning Theory", section 2.4 / 7.1: {@code K = a²b²} in normal crossing form, λ = 1/2 with
 * multiplicity 2), against d/2 = 1.
 * <p>
 * The loss is the one the model is trained on: with a quadratic approximation the estimate is d/2 whatever its scale,
 * so mean squared error and cross-entropy both serve. Diagnostics follow the paper's advice: the loss trace of each
 * chain, the estimate of each chain, their mean and variance, and chains that diverged (a non-finite loss or
 * parameter: the step size is too large for the curvature, or γ too small), which are left out of the mean.
 * Deterministic from the seed: each chain draws its noise and mini-batches from its own split of the seed.
 */
public final class LocalLearningCoefficient {

    /**
     * How the chains run.
     *
     * @param localisation γ, the strength of the pull back to w* (the paper's γ; e.g. 100)
     * @param inverseTemperature β; 0 for the default 1/log n
     * @param stepSize ε, the SGLD step (the variance of each step's noise)
     * @param steps draws per chain after the burn-in
     * @param burnIn steps per chain before the draws are counted
     * @param chains independent chains from w*
     * @param batchSize rows per SGLD step; 0 (or at least the row count) for the full batch
     * @param seed fixes the noise and the mini-batches
     */
    public record Settings(double localisation, double inverseTemperature, double stepSize, int steps, int burnIn,
            int chains, int batchSize, long seed) {

        /** Checks the settings; the messages name the setting and its value. */
        public Settings {
            if (!(localisation >= 0) || Double.isInfinite(localisation)) {
                throw new IllegalArgumentException("the localisation γ must be finite and ≥ 0, got " + localisation);
            }
            if (!(inverseTemperature >= 0) || Double.isInfinite(inverseTemperature)) {
                throw new IllegalArgumentException("the inverse temperature β must be finite and > 0 (0: 1/log n), "
                        + "got " + inverseTemperature);
            }
            if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
                throw new IllegalArgumentException("the SGLD step size must be finite and > 0, got " + stepSize);
            }
            if (steps < 1 || burnIn < 0 || chains < 1 || batchSize < 0) {
                throw new IllegalArgumentException("need steps ≥ 1, burn-in ≥ 0, chains ≥ 1 and batch size ≥ 0, got "
                        + steps + ", " + burnIn + ", " + chains + ", " + batchSize);
            }
        }

        /** @return β for {@code rows} training rows: the one set, or 1/log n */
        public double beta(int rows) {
            return inverseTemperature > 0 ? inverseTemperature : 1 / Math.log(rows);
        }
    }

    /**
     * One chain.
     *
     * @param losses the mini-batch loss at each step, burn-in first ({@code burnIn + steps} values; fewer when it
     *        diverged or was cancelled)
     * @param meanLoss the mean loss over the draws after the burn-in
     * @param llc this chain's estimate {@code nβ (meanLoss − L_n(w*))}
     * @param diverged whether a loss or parameter became non-finite (its draws are left out)
     */
    public record Chain(double[] losses, double meanLoss, double llc, boolean diverged) {
    }

    /**
     * The estimate.
     *
     * @param llc λ̂: the mean of the chains' estimates that did not diverge (NaN when all did)
     * @param variance the variance of those estimates across chains (0 for one chain)
     * @param standardError {@code √(variance / chains)}
     * @param beta the inverse temperature used
     * @param rows n, the training rows
     * @param centreLoss {@code L_n(w*)} on the full data
     * @param chains every chain, in order
     */
    public record Estimate(double llc, double variance, double standardError, double beta, int rows,
            double centreLoss, List<Chain> chains) {

        /** @return how many chains diverged */
        public int divergedChains() {
            return (int) chains.stream().filter(Chain::diverged).count();
        }
    }

    /** The loss on a set of rows (the mean over them), for the mini-batches of the chains. */
    @FunctionalInterface
    public interface RowLoss {

        /**
         * @param rows row indices in {@code [0, n)}
         * @return the mean loss over those rows and its gradient
         */
        Objective on(int[] rows);
    }

    private LocalLearningCoefficient() {
    }

    /**
     * Runs the chains and estimates λ(w*).
     *
     * @param loss the training loss on any rows
     * @param rows n, the number of training rows
     * @param centre w*; not modified
     * @param settings the chains' settings
     * @param monitor progress (one unit per step of every chain) and cancellation, may be null; a cancelled estimate
     *        uses the draws made
     * @return the estimate with its chains
     */
    public static Estimate estimate(RowLoss loss, int rows, double[] centre, Settings settings,
            ProgressMonitor monitor) {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(settings, "settings");
        if (rows < 2) {
            throw new IllegalArgumentException("the learning coefficient needs at least 2 training rows, got " + rows);
        }
        ProgressMonitor m = monitor == null ? ProgressMonitor.NONE : monitor;
        int[] all = new int[rows];
        Arrays.setAll(all, i -> i);
        Objective full = loss.on(all);
        if (full.dimension() != centre.length) {
            throw new IllegalArgumentException("w* has " + centre.length + " parameters, the loss " + full.dimension());
        }
        double centreLoss = full.value(centre);
        if (!Double.isFinite(centreLoss)) {
            throw new IllegalArgumentException("the loss at w* is " + centreLoss);
        }
        double beta = settings.beta(rows);
        boolean fullBatch = settings.batchSize() == 0 || settings.batchSize() >= rows;
        SplittableRandom seeds = new SplittableRandom(settings.seed());
        List<Chain> chains = new ArrayList<>();
        long total = (long) settings.chains() * (settings.burnIn() + settings.steps());
        for (int c = 0; c < settings.chains() && !m.isCancelled(); c++) {
            SplittableRandom rng = seeds.split();
            Batches batches = fullBatch ? null : Batches.shuffled(rows, settings.batchSize(), rng.nextLong());
            chains.add(chain(full, loss, batches, centre, centreLoss, rows * beta, settings, rng, m,
                    (long) c * (settings.burnIn() + settings.steps()), total));
        }
        double[] estimates = chains.stream().filter(ch -> !ch.diverged() && !Double.isNaN(ch.llc()))
                .mapToDouble(Chain::llc).toArray();
        double mean = Arrays.stream(estimates).average().orElse(Double.NaN);
        double variance = 0;
        for (double e : estimates) {
            variance += (e - mean) * (e - mean);
        }
        variance = estimates.length > 1 ? variance / (estimates.length - 1) : 0;
        double se = estimates.length == 0 ? Double.NaN : Math.sqrt(variance / estimates.length);
        return new Estimate(mean, variance, se, beta, rows, centreLoss, List.copyOf(chains));
    }

    /** One SGLD chain from w*; {@code nBeta} = nβ. */
    private static Chain chain(Objective full, RowLoss loss, Batches batches, double[] centre, double centreLoss,
            double nBeta, Settings s, SplittableRandom rng, ProgressMonitor m, long done, long total) {
        int d = centre.length;
        double[] w = centre.clone();
        double[] g = new double[d];
        double eps = s.stepSize();
        double noise = Math.sqrt(eps);
        int length = s.burnIn() + s.steps();
        double[] losses = new double[length];
        double sum = 0;
        int draws = 0;
        int t = 0;
        boolean diverged = false;
        for (; t < length; t++) {
            if (m.isCancelled()) {
                break;
            }
            Objective f = batches == null ? full : loss.on(batches.rowsForStep(t));
            double value = f.valueAndGradient(w, g);
            losses[t] = value;
            if (!Double.isFinite(value)) {
                diverged = true;
                t++;
                break;
            }
            if (t >= s.burnIn()) {
                sum += value;
                draws++;
            }
            boolean finite = true;
            for (int i = 0; i < d; i++) {
                w[i] -= eps / 2 * (nBeta * g[i] + s.localisation() * (w[i] - centre[i])) - noise * rng.nextGaussian();
                finite &= Double.isFinite(w[i]);
            }
            if (!finite) {
                diverged = true;
                t++;
                break;
            }
            if ((t + 1) % 100 == 0) {
                m.progress(done + t + 1, total, "learning coefficient: SGLD step " + (t + 1) + " of " + length);
            }
        }
        double meanLoss = draws == 0 ? Double.NaN : sum / draws;
        return new Chain(Arrays.copyOf(losses, t), meanLoss, nBeta * (meanLoss - centreLoss), diverged);
    }
}
