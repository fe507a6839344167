package org.losslandscape.compute.optim;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Argument and snapshot checks for {@link OptimizerInstance}s that manage their state themselves (the built-in SAM
 * does; {@link AbstractOptimizerInstance} uses them for its subclasses). Part of the optimizer SPI.
 */
public final class StateSupport {

    /** Name of the one-element state vector holding the step count. */
    public static final String STEP = "step";

    private StateSupport() {
    }

    /**
     * Checks the arguments of {@link OptimizerInstance#step}.
     *
     * @throws IllegalArgumentException for wrong lengths or aliased arrays (NullPointerException for nulls)
     */
    public static void checkStep(int dimension, double[] params, double[] gradient, StepContext context) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(gradient, "gradient");
        Objects.requireNonNull(context, "context");
        if (params.length != dimension || gradient.length != dimension) {
            throw new IllegalArgumentException("expected params and gradient of length " + dimension + ", got "
                    + params.length + " and " + gradient.length);
        }
        if (params == gradient) {
            throw new IllegalArgumentException("params and gradient must be different arrays");
        }
    }

    /**
     * Checks that {@code state} has exactly the keys of {@code expectedLengths}, with those lengths, and a valid
     * step count. Mutates nothing.
     */
    public static void validate(Map<String, double[]> state, Map<String, Integer> expectedLengths) {
        Objects.requireNonNull(state, "state");
        for (String key : new TreeSet<>(expectedLengths.keySet())) {
            double[] v = state.get(key);
            if (v == null) {
                throw new IllegalArgumentException("state '" + key + "' is missing; expected keys: "
                        + new TreeSet<>(expectedLengths.keySet()));
            }
            if (v.length != expectedLengths.get(key)) {
                throw new IllegalArgumentException("state '" + key + "' has length " + v.length + ", expected "
                        + expectedLengths.get(key));
            }
        }
        for (String key : new TreeSet<>(state.keySet())) {
            if (!expectedLengths.containsKey(key)) {
                throw new IllegalArgumentException("unknown state '" + key + "'; expected keys: "
                        + new TreeSet<>(expectedLengths.keySet()));
            }
        }
        stepCount(state.get(STEP));
    }

    /** @return the step count stored in a one-element vector */
    public static long stepCount(double[] step) {
        double s = step[0];
        // 2^53: beyond it doubles no longer hold every integer.
        if (!(s >= 0) || s != Math.rint(s) || s > 0x1p53) {
            throw new IllegalArgumentException("state 'step' = " + s + " is not a non-negative integer");
        }
        return (long) s;
    }
}
