package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.curvature.Hutchinson;

/**
 * Hutchinson's estimate of the trace of the Hessian of the model's loss on the data, with Rademacher probes.
 *
 * @param model the point
 * @param data the rows of the loss
 * @param probes the number of probes, ≥ 1
 * @param seed the probes' seed
 */
public record TraceRequest(ModelState model, DataReference data, int probes, long seed)
        implements ComputeRequest<Hutchinson.TraceEstimate> {

    /** The task id. */
    public static final String TASK = "hessian-trace";

    /** Checks the parts are there. */
    public TraceRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String task() {
        return TASK;
    }

    /**
     * @return the samples of probes {@code from} to {@code to − 1}, bit for bit those {@link #compute} sums (a group
     *         of probes computed elsewhere)
     */
    public double[] samples(Execution execution, int from, int to) {
        return Hutchinson.samples(Objectives.evaluationLoss(model, data, execution), model.parameters(), probes, seed,
                from, to);
    }

    @Override
    public Hutchinson.TraceEstimate compute(Execution execution) {
        return Hutchinson.estimate(Objectives.evaluationLoss(model, data, execution), model.parameters(), probes, seed);
    }
}
