package org.losslandscape.compute.request;

import java.util.List;
import java.util.Objects;

import org.losslandscape.compute.curvature.CurvatureOperator;
import org.losslandscape.compute.curvature.LayerCurvature;

/**
 * Curvature by block and by operator ({@link LayerCurvature}): for the whole network and each layer with
 * parameters, and for each operator (Hessian, Gauss–Newton, empirical Fisher), λ_max by Lanczos, the trace by
 * Hutchinson and the spectral density by stochastic Lanczos quadrature.
 *
 * @param model the point
 * @param data the rows of the loss
 * @param operators the operators, in the order of the answer, at least one, each once
 * @param probes Hutchinson and SLQ probes
 * @param lanczosSteps Lanczos steps for λ_max and per SLQ probe
 * @param gridPoints points of each density's grid
 * @param seed the seed of every random start and probe
 */
public record LayerCurvatureRequest(ModelState model, DataReference data, List<CurvatureOperator> operators,
        int probes, int lanczosSteps, int gridPoints, long seed)
        implements ComputeRequest<List<LayerCurvature.BlockSpectrum>> {

    /** The task id. */
    public static final String TASK = "layer-curvature";

    /** Checks the parts and the settings (through {@link LayerCurvature.Options}). */
    public LayerCurvatureRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        operators = List.copyOf(operators);
        if (operators.isEmpty() || operators.stream().distinct().count() != operators.size()) {
            throw new IllegalArgumentException("curvature by block: name each operator once, at least one; got "
                    + operators);
        }
        new LayerCurvature.Options(probes, lanczosSteps, gridPoints, seed);
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public List<LayerCurvature.BlockSpectrum> compute(Execution execution) {
        return LayerCurvature.compute(Objectives.evaluationLoss(model, data, execution), model.parameters(),
                operators, new LayerCurvature.Options(probes, lanczosSteps, gridPoints, seed));
    }
}
