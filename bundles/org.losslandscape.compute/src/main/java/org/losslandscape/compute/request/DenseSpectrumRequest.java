package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.curvature.DenseHessian;

/**
 * Every eigenvalue (ascending) and eigenvector of the dense Hessian of the model's loss on the data, limited to
 * {@link DenseHessian#MAX_DIMENSION} parameters.
 *
 * @param model the point
 * @param data the rows of the loss
 */
public record DenseSpectrumRequest(ModelState model, DataReference data)
        implements ComputeRequest<DenseHessian.Spectrum> {

    /** The task id. */
    public static final String TASK = "hessian-dense";

    /** Checks the parts are there. */
    public DenseSpectrumRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public DenseHessian.Spectrum compute(Execution execution) {
        return DenseHessian.spectrum(Objectives.evaluationLoss(model, data, execution), model.parameters());
    }
}
