package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.curvature.SpectralDensity;

/**
 * The smoothed eigenvalue density of the Hessian of the model's loss on the data, by stochastic Lanczos quadrature.
 *
 * @param model the point
 * @param data the rows of the loss
 * @param probes random start vectors
 * @param steps Lanczos steps per probe
 * @param sigma the Gaussian smoothing's width
 * @param gridPoints points of the density's eigenvalue grid
 * @param seed the probes' seed
 */
public record SpectralDensityRequest(ModelState model, DataReference data, int probes, int steps, double sigma,
        int gridPoints, long seed) implements ComputeRequest<SpectralDensity.Density> {

    /** The task id. */
    public static final String TASK = "spectral-density";

    /** Checks the parts are there. */
    public SpectralDensityRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public SpectralDensity.Density compute(Execution execution) {
        return SpectralDensity.estimate(Objectives.evaluationLoss(model, data, execution), model.parameters(), probes,
                steps, sigma, gridPoints, seed);
    }
}
