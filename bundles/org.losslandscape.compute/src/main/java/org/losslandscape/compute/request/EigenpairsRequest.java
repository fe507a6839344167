package org.losslandscape.compute.request;

import java.util.Objects;

import org.losslandscape.compute.curvature.EigenPairs;
import org.losslandscape.compute.curvature.Lanczos;
import org.losslandscape.compute.curvature.PowerIteration;
import org.losslandscape.compute.nn.NetworkObjective;

/**
 * Extreme eigenpairs of the Hessian of the model's loss on the data (evaluation mode, full batch).
 *
 * @param model the point
 * @param data the rows of the loss
 * @param method which end and how
 * @param k how many pairs, ≥ 1
 * @param maxIterations {@link Method#DOMINANT} only: products per eigenvalue at most
 * @param tolerance {@link Method#DOMINANT} only: the relative change that stops the iteration
 * @param seed {@link Method#DOMINANT} only: the start vectors' seed
 */
public record EigenpairsRequest(ModelState model, DataReference data, Method method, int k, int maxIterations,
        double tolerance, long seed) implements ComputeRequest<EigenPairs> {

    /** The task id. */
    public static final String TASK = "hessian-eigenpairs";

    /** Which eigenpairs. */
    public enum Method {
        /** the largest, by Lanczos ({@link Lanczos#top}) */
        TOP,
        /** the smallest, by Lanczos ({@link Lanczos#bottom}) */
        BOTTOM,
        /** the largest |λ| first, by power iteration with deflation ({@link PowerIteration#dominant}) */
        DOMINANT
    }

    /** Checks the parts are there. */
    public EigenpairsRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(method, "method");
    }

    /** @return Lanczos for the {@code k} largest ({@code top}) or smallest eigenpairs */
    public static EigenpairsRequest lanczos(ModelState model, DataReference data, int k, boolean top) {
        return new EigenpairsRequest(model, data, top ? Method.TOP : Method.BOTTOM, k, 0, 0, 0);
    }

    @Override
    public String task() {
        return TASK;
    }

    @Override
    public EigenPairs compute(Execution execution) {
        NetworkObjective f = Objectives.evaluationLoss(model, data, execution);
        double[] params = model.parameters();
        return switch (method) {
            case TOP -> Lanczos.top(f, params, k);
            case BOTTOM -> Lanczos.bottom(f, params, k);
            case DOMINANT -> PowerIteration.dominant(f, params, k, maxIterations, tolerance, seed);
        };
    }
}
