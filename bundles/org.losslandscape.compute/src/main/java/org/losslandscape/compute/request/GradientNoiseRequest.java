package org.losslandscape.compute.request;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

import org.losslandscape.compute.dynamics.noise.GradientNoise;
import org.losslandscape.compute.dynamics.noise.TailIndex;
import org.losslandscape.compute.nn.Network;

/**
 * The noise of mini-batch gradients at the model's point, for several batch sizes: its projections on random and
 * top-Hessian directions ({@link GradientNoise}) and, per batch size and kind of direction, the tail index with its
 * bootstrap interval ({@link TailIndex}).
 *
 * @param model the point
 * @param data the rows mini-batches are drawn from (every row's gradient is computed once)
 * @param batchSizes the batch sizes, each in [1, rows]
 * @param batches mini-batches drawn per batch size (the samples per direction), ≥ 8
 * @param randomDirections random unit directions, ≥ 0
 * @param hessianDirections top Hessian eigenvectors, ≥ 0; at least one direction in all
 * @param bootstrap resamples of the interval (0: none)
 * @param seed directions, Lanczos, mini-batches and resampling
 */
public record GradientNoiseRequest(ModelState model, DataReference data, int[] batchSizes, int batches,
        int randomDirections, int hessianDirections, int bootstrap, long seed)
        implements ComputeRequest<GradientNoiseRequest.Noise> {

    /** The task id. */
    public static final String TASK = "gradient-noise";
    /** The interval's coverage. */
    public static final double CONFIDENCE = 0.9;

    /**
     * The answer.
     *
     * @param batchSizes the batch sizes
     * @param random per batch size, the tail index along the random directions (null without them)
     * @param hessian per batch size, along the top Hessian eigenvectors (null without them)
     * @param samples per batch size, the noise along the first direction of each kind (random first, then Hessian;
     *        {@code [batch size][kind][batch]})
     * @param eigenvalues the top Hessian eigenvalues
     * @param gradientNorm the full gradient's norm
     */
    public record Noise(int[] batchSizes, TailIndex.Estimate[] random, TailIndex.Estimate[] hessian,
            double[][][] samples, double[] eigenvalues, double gradientNorm) {
    }

    /** Checks the request. */
    public GradientNoiseRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        batchSizes = batchSizes.clone();
        if (batchSizes.length == 0 || batches < 8 || randomDirections < 0 || hessianDirections < 0
                || randomDirections + hessianDirections < 1 || bootstrap < 0) {
            throw new IllegalArgumentException("gradient noise: it needs a batch size, ≥ 8 mini-batches, a direction "
                    + "and ≥ 0 resamples, got " + batchSizes.length + ", " + batches + ", " + (randomDirections
                            + hessianDirections) + " and " + bootstrap);
        }
        for (int b : batchSizes) {
            if (b < 1) {
                throw new IllegalArgumentException("gradient noise: batch sizes must be ≥ 1, got " + b);
            }
        }
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public int[] batchSizes() {
        return batchSizes.clone();
    }

    /** @return the noise; null when cancelled */
    @Override
    public Noise compute(Execution execution) {
        Network net = model.network(execution.layers());
        GradientNoise.Projections p = GradientNoise.project(net, model.parameters(), model.buffers(),
                execution.data().resolve(data), randomDirections, hessianDirections, seed, execution.monitor());
        if (p == null) {
            return null;
        }
        int block = TailIndex.defaultBlockSize(batches);
        TailIndex.Estimate[] random = randomDirections > 0 ? new TailIndex.Estimate[batchSizes.length] : null;
        TailIndex.Estimate[] hessian = hessianDirections > 0 ? new TailIndex.Estimate[batchSizes.length] : null;
        double[][][] samples = new double[batchSizes.length][][];
        for (int j = 0; j < batchSizes.length; j++) {
            SplittableRandom rng = new SplittableRandom(seed + 7919L * (j + 1));
            double[][] noise = p.noise(batchSizes[j], batches, rng);
            double[][] r = Arrays.copyOfRange(noise, 0, randomDirections);
            double[][] h = Arrays.copyOfRange(noise, randomDirections, noise.length);
            if (random != null) {
                random[j] = TailIndex.estimate(r, block, bootstrap, CONFIDENCE, seed + j);
            }
            if (hessian != null) {
                hessian[j] = TailIndex.estimate(h, block, bootstrap, CONFIDENCE, seed + j);
            }
            samples[j] = randomDirections > 0 && hessianDirections > 0 ? new double[][] {r[0], h[0]}
                    : new double[][] {noise[0]};
        }
        return new Noise(batchSizes.clone(), random, hessian, samples, p.eigenvalues(), p.gradientNorm());
    }
}
