package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.pacbayes.PacBayesBound;
import org.losslandscape.compute.pacbayes.PosteriorShape;

/**
 * The PAC-Bayes bound on the test error of a Gaussian posterior around the model's point, with the prior centred at
 * a given point (the initial parameters), σ chosen over a grid ({@link PacBayesBound}).
 *
 * @param model the solution θ*, the posterior's centre
 * @param prior θ₀, the prior's centre, as many entries as the model's parameters
 * @param train the training rows (m of them)
 * @param test rows the posterior's draws are also evaluated on (the actual test error), or null
 * @param shape the posterior's and prior's per-parameter scales
 * @param sigmas the grid of widths σ
 * @param delta the bound's confidence δ
 * @param samplingDelta the Monte Carlo estimate's confidence δ′
 * @param samples the networks drawn from each posterior
 * @param seed the seed of the draws
 */
public record PacBayesRequest(ModelState model, double[] prior, DataReference train, DataReference test,
        PosteriorShape shape, double[] sigmas, double delta, double samplingDelta, int samples, long seed)
        implements ComputeRequest<PacBayesBound.Result> {

    /** The task id. */
    public static final String TASK = "pac-bayes";

    /** Checks the parts are there and the settings (through {@link PacBayesBound.Settings}); copies the arrays. */
    public PacBayesRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(train, "train");
        prior = prior.clone();
        if (prior.length != model.parameters().length) {
            throw new IllegalArgumentException("PAC-Bayes bound: the prior's centre has " + prior.length
                    + " entries, the model " + model.parameters().length + " parameters");
        }
        sigmas = new PacBayesBound.Settings(shape, sigmas, delta, samplingDelta, samples, seed).sigmas();
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public double[] prior() {
        return prior.clone();
    }

    @Override
    public double[] sigmas() {
        return sigmas.clone();
    }

    @Override
    public PacBayesBound.Result compute(Execution execution) {
        Network network = model.network(execution.layers());
        return PacBayesBound.compute(network, model.buffers().clone(), model.parameters(), prior, execution.data()
                .resolve(train), test == null ? null : execution.data().resolve(test), new PacBayesBound.Settings(
                        shape, sigmas, delta, samplingDelta, samples, seed), execution.monitor());
    }
}
