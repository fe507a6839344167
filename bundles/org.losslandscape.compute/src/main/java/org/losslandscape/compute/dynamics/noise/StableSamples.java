package org.losslandscape.compute.dynamics.noise;

import java.util.SplittableRandom;

/**
 * Symmetric α-stable random numbers by the method of Chambers, Mallows &amp; Stuck (1976, "A method for simulating
 * stable random variables", JASA 71): with V uniform on (−π/2, π/2) and W exponential of mean 1,
 * <pre>
 * X = sin(αV) / cos(V)^{1/α} · (cos(V − αV) / W)^{(1 − α)/α}      (α ≠ 1),    X = tan V   (α = 1)
 * </pre>
 * is standard symmetric α-stable (α = 2: Gaussian of variance 2; α = 1: Cauchy). The test oracle of
 * {@link TailIndex}, and a reference sample for the Q-Q plots of gradient noise.
 */
public final class StableSamples {

    private StableSamples() {
    }

    /**
     * @param alpha the tail index, in (0, 2]
     * @param n how many
     * @param rng the random source
     * @return n independent standard symmetric α-stable numbers
     */
    public static double[] symmetric(double alpha, int n, SplittableRandom rng) {
        if (!(alpha > 0 && alpha <= 2)) {
            throw new IllegalArgumentException("a stable law's tail index is in (0, 2], got " + alpha);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = Math.PI * (rng.nextDouble() - 0.5);
            if (alpha == 1) {
                x[i] = Math.tan(v);
                continue;
            }
            double w = -Math.log(1 - rng.nextDouble());
            x[i] = Math.sin(alpha * v) / Math.pow(Math.cos(v), 1 / alpha)
                    * Math.pow(Math.cos(v - alpha * v) / w, (1 - alpha) / alpha);
        }
        return x;
    }
}
