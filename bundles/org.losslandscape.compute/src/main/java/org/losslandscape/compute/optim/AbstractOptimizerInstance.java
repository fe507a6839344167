package org.losslandscape.compute.optim;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of optimizer instances, built-in or not: named state vectors of length {@code dimension}, all zero initially,
 * plus the step counter; {@link #state()}, {@link #restore} (with the checks of {@link StateSupport}) and
 * {@link #reset()} are done. Subclasses implement only an {@code update} method. Part of the optimizer SPI.
 */
public abstract class AbstractOptimizerInstance implements OptimizerInstance {

    private final int dimension;
    private final Map<String, double[]> vectors = new LinkedHashMap<>();
    private long steps;

    protected AbstractOptimizerInstance(int dimension, String... stateNames) {
        this.dimension = dimension;
        for (String name : stateNames) {
            vectors.put(name, new double[dimension]);
        }
    }

    /** @return the live state vector {@code name} */
    protected final double[] vector(String name) {
        return vectors.get(name);
    }

    /**
     * Updates {@code params} in place; may overwrite {@code gradient}. Subclasses override this method or, when
     * they need more of the step's context than its learning rate (Hessian-vector products, the objective), the
     * other {@code update}.
     *
     * @param t the 1-based number of this step (bias corrections)
     */
    protected void update(double[] params, double[] gradient, double lr, long t) {
        throw new UnsupportedOperationException(getClass().getName() + " overrides neither update method");
    }

    /**
     * Updates {@code params} in place with the step's whole context; the default calls
     * {@link #update(double[], double[], double, long)} with the context's learning rate.
     *
     * @param t the 1-based number of this step
     */
    protected void update(double[] params, double[] gradient, StepContext context, long t) {
        update(params, gradient, context.learningRate(), t);
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public final void step(double[] params, double[] gradient, StepContext context) {
        StateSupport.checkStep(dimension, params, gradient, context);
        update(params, gradient, context, steps + 1);
        steps++;
    }

    @Override
    public final long steps() {
        return steps;
    }

    @Override
    public final Map<String, double[]> state() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        vectors.forEach((k, v) -> copy.put(k, v.clone()));
        copy.put(StateSupport.STEP, new double[] {steps});
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public final void restore(Map<String, double[]> state) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        vectors.keySet().forEach(k -> expected.put(k, dimension));
        expected.put(StateSupport.STEP, 1);
        StateSupport.validate(state, expected);
        vectors.forEach((k, v) -> System.arraycopy(state.get(k), 0, v, 0, dimension));
        steps = StateSupport.stepCount(state.get(StateSupport.STEP));
    }

    @Override
    public final void reset() {
        vectors.values().forEach(v -> Arrays.fill(v, 0));
        steps = 0;
    }

    /** L2 regularisation as in PyTorch: {@code g += wd * theta}; mutates {@code gradient}. */
    protected static void addCoupledDecay(double[] gradient, double[] params, double weightDecay) {
        if (weightDecay != 0) {
            VectorOps.axpy(weightDecay, params, gradient);
        }
    }

    /** Decoupled decay as in PyTorch's AdamW: {@code theta *= 1 - lr * wd}; mutates {@code params}. */
    protected static void applyDecoupledDecay(double[] params, double lr, double weightDecay) {
        if (weightDecay != 0) {
            VectorOps.scale(1 - lr * weightDecay, params);
        }
    }
}
