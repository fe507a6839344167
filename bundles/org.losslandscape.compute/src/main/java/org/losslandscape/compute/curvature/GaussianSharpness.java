package org.losslandscape.compute.curvature;

import java.util.SplittableRandom;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * The expected loss increase under isotropic Gaussian weight noise, {@code E_z[f(θ + σz)] − f(θ)},
 * {@code z ~ N(0, I)}, estimated as the mean over samples (the "flatness" measure of the PAC-Bayes line of work,
 * e.g. Jiang et al. 2020, "Fantastic Generalization Measures and Where to Find Them"; ≈ σ²·tr(H)/2 for small σ).
 *
 * @param sigma noise standard deviation
 * @param samples number of noise draws
 * @param seed seed of the draws
 */
public record GaussianSharpness(double sigma, int samples, long seed) implements Sharpness {

    @Override
    public String name() {
        return "gaussian_sharpness";
    }

    @Override
    public double measure(CurvatureObjective f, double[] params) {
        SplittableRandom rng = new SplittableRandom(seed);
        double f0 = f.value(params);
        double[] z = new double[params.length];
        double[] point = new double[params.length];
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < z.length; i++) {
                z[i] = sigma * rng.nextGaussian();
                point[i] = params[i] + z[i];
            }
            double plus = f.value(point);
            for (int i = 0; i < z.length; i++) {
                point[i] = params[i] - z[i];
            }
            sum += (plus + f.value(point)) / 2 - f0;
        }
        return sum / samples;
    }
}
