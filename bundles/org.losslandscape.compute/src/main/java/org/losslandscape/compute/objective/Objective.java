package org.losslandscape.compute.objective;

/**
 * A scalar function of the flat parameter vector together with its gradient: the thing optimizers
 * minimise and analyses probe.
 */
public interface Objective {

    /** @return the number of parameters this objective expects */
    int dimension();

    /**
     * Evaluates the objective and its gradient.
     *
     * @param params parameters, length {@link #dimension()}; not modified
     * @param gradient output, length {@link #dimension()}; overwritten with the gradient at {@code params}
     * @return the objective value at {@code params}
     */
    double valueAndGradient(double[] params, double[] gradient);

    /**
     * Evaluates the objective only. The default computes and discards a gradient; implementations
     * should override it with a forward-only pass.
     *
     * @param params parameters, not modified
     * @return the objective value at {@code params}
     */
    default double value(double[] params) {
        return valueAndGradient(params, new double[dimension()]);
    }
}
