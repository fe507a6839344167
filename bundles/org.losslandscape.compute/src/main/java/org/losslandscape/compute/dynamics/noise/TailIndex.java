package org.losslandscape.compute.dynamics.noise;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The tail index α of symmetric α-stable samples, by the estimator of Mohammadi, Mohammadpour &amp; Ogata (2015, "On
 * estimating the tail index and the spectral measure of multivariate α-stable distributions", Metrika 78, Corollary
 * 2.4), as Şimşekli, Sagun &amp; Gürbüzbalaban (2019, "A tail-index analysis of stochastic gradient noise in deep
 * neural networks", ICML, section 4) apply it to the noise of stochastic gradients. For K = K₁·K₂ samples
 * X₁ … X_K and the sums of K₁ consecutive ones {@code Y_i = X_{(i−1)K₁+1} + … + X_{iK₁}}:
 * <pre>
 * 1/α̂ = (1/log K₁) · ( (1/K₂) Σ_i log|Y_i| − (1/K) Σ_j log|X_j| )
 * </pre>
 * since a sum of K₁ α-stable variables is K₁^{1/α} times one. α = 2 is the Gaussian; α &lt; 2 means heavy tails
 * (infinite variance). Samples come in groups (e.g. one per direction the noise is projected on) whose scales may
 * differ: blocks are formed within a group, so each group's scale cancels. The interval is a percentile bootstrap
 * over the blocks (each resampled block keeps its K₁ samples).
 */
public final class TailIndex {

    /**
     * An estimate with its bootstrap interval.
     *
     * @param alpha α̂ (clipped to (0, ∞): a non-positive 1/α̂ gives +∞)
     * @param lower the interval's lower end
     * @param upper its upper end
     * @param samples the samples used (K)
     * @param blockSize K₁
     */
    public record Estimate(double alpha, double lower, double upper, int samples, int blockSize) {
    }

    private TailIndex() {
    }

    /** @return K₁ = ⌊√n⌋ (at least 2), the block size Şimşekli et al. use for n samples per group */
    public static int defaultBlockSize(int n) {
        return Math.max(2, (int) Math.floor(Math.sqrt(n)));
    }

    /**
     * @param groups the samples, in groups of equal distribution up to scale; each contributes
     *        {@code ⌊length/K₁⌋} blocks of K₁ consecutive samples (the rest is left out)
     * @param blockSize K₁ ≥ 2
     * @param bootstrap resamples for the interval (0: the interval is the estimate itself)
     * @param confidence the interval's coverage, in (0, 1), e.g. 0.9
     * @param seed the resampling's seed
     * @throws IllegalArgumentException when there are fewer than two blocks or the settings are out of range
     */
    public static Estimate estimate(double[][] groups, int blockSize, int bootstrap, double confidence, long seed) {
        if (blockSize < 2 || bootstrap < 0 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("tail index: the block size must be ≥ 2, the resamples ≥ 0 and the "
                    + "confidence in (0, 1), got " + blockSize + ", " + bootstrap + " and " + confidence);
        }
        int blocks = 0;
        for (double[] g : groups) {
            blocks += g.length / blockSize;
        }
        if (blocks < 2) {
            throw new IllegalArgumentException("tail index: " + blocks + " block(s) of " + blockSize
                    + " samples; it needs at least two (more samples or a smaller block)");
        }
        // per block: log|Y| and Σ log|X| over its samples
        double[] logSum = new double[blocks];
        double[] sumLog = new double[blocks];
        int b = 0;
        for (double[] g : groups) {
            for (int start = 0; start + blockSize <= g.length; start += blockSize, b++) {
                double y = 0;
                double s = 0;
                for (int j = start; j < start + blockSize; j++) {
                    y += g[j];
                    s += Math.log(Math.abs(g[j]));
                }
                logSum[b] = Math.log(Math.abs(y));
                sumLog[b] = s;
            }
        }
        int[] all = new int[blocks];
        Arrays.setAll(all, i -> i);
        double alpha = alpha(logSum, sumLog, all, blockSize);
        if (bootstrap == 0) {
            return new Estimate(alpha, alpha, alpha, blocks * blockSize, blockSize);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] resampled = new double[bootstrap];
        int[] pick = new int[blocks];
        for (int r = 0; r < bootstrap; r++) {
            for (int i = 0; i < blocks; i++) {
                pick[i] = rng.nextInt(blocks);
            }
            resampled[r] = alpha(logSum, sumLog, pick, blockSize);
        }
        Arrays.sort(resampled);
        double tail = (1 - confidence) / 2;
        return new Estimate(alpha, quantile(resampled, tail), quantile(resampled, 1 - tail), blocks * blockSize,
                blockSize);
    }

    /** @return α̂ over the chosen blocks */
    private static double alpha(double[] logSum, double[] sumLog, int[] blocks, int blockSize) {
        double y = 0;
        double x = 0;
        for (int i : blocks) {
            y += logSum[i];
            x += sumLog[i];
        }
        double inverse = (y / blocks.length - x / ((double) blocks.length * blockSize)) / Math.log(blockSize);
        return inverse > 0 ? 1 / inverse : Double.POSITIVE_INFINITY;
    }

    /** @return the q-quantile of sorted values, linearly interpolated */
    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }
}
