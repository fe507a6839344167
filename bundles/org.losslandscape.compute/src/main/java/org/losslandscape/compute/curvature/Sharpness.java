package org.losslandscape.compute.curvature;

import org.losslandscape.compute.objective.CurvatureObjective;

/**
 * A scalar measure of how sharp the minimum around a point is. Implementations are immutable configurations;
 * {@link #measure} never modifies the point and is deterministic.
 */
public interface Sharpness {

    /** @return a short name for tables and plots, e.g. "lambda_max" */
    String name();

    /** @return the measure at {@code params} */
    double measure(CurvatureObjective f, double[] params);
}
