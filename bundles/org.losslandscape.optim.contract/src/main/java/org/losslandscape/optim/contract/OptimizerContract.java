package org.losslandscape.optim.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.losslandscape.compute.objective.Objective;
import org.losslandscape.compute.optim.HyperParameter;
import org.losslandscape.compute.optim.HyperParameterValues;
import org.losslandscape.compute.optim.Optimizer;
import org.losslandscape.compute.optim.OptimizerInstance;
import org.losslandscape.compute.optim.StabilityAware;
import org.losslandscape.compute.optim.StepContext;

/**
 * The behaviour every {@link Optimizer} must show, shipped for third parties: the built-ins and the example bundles
 * run exactly this class. Subclass it in a JUnit 5 test and return the optimizers to check; the static
 * {@code assert…} methods can also be called one by one.
 * <p>
 * The objective is {@link ContractQuadratic}, handed to every step as the {@link StepContext}'s objective, so an
 * optimizer that evaluates extra gradients (SAM) or Hessian-vector products (AdaHessian) runs the contract too.
 */
public abstract class OptimizerContract {

    /** Number of parameters of the contract's objective. */
    public static final int DIMENSION = 10;
    /** Steps within which an optimizer must reduce the objective to 1 % of its initial value. */
    public static final int CONVERGENCE_STEPS = 200;

    /** For subclasses. */
    protected OptimizerContract() {
    }

    /** @return the optimizers to check */
    protected abstract List<Optimizer> optimizers();

    /** @return the learning rate for the convergence test; defaults to the descriptor's {@code lr} default */
    protected double learningRate(Optimizer optimizer) {
        return HyperParameterValues.defaults(optimizer.hyperParameters()).real("lr");
    }

    @TestFactory
    Stream<DynamicContainer> contract() {
        return optimizers().stream().map(o -> dynamicContainer(o.id(), Stream.of(
                dynamicTest("descriptor is complete", () -> assertDescriptorComplete(o)),
                dynamicTest("decreases an ill-conditioned quadratic", () -> assertConverges(o, learningRate(o))),
                dynamicTest("reset restores the initial behaviour", () -> assertResetRestarts(o, learningRate(o))),
                dynamicTest("is deterministic", () -> assertDeterministic(o, learningRate(o))),
                dynamicTest("state round trip continues bit-identically",
                        () -> assertStateRoundTrip(o, learningRate(o))),
                dynamicTest("restore rejects bad snapshots", () -> assertRestoreValidates(o, learningRate(o))),
                dynamicTest("zero gradients give finite parameters", () -> assertFiniteOnZeroGradients(o)),
                dynamicTest("a declared stability threshold is usable",
                        () -> assertStabilityDeclaration(o, learningRate(o))))));
    }

    @Test
    void idsAreUnique() {
        List<Optimizer> all = optimizers();
        assertFalse(all.isEmpty(), "no optimizers to check");
        assertEquals(all.size(), all.stream().map(Optimizer::id).distinct().count(), "duplicate ids in " + all);
    }

    /** Descriptor fields, defaults inside their ranges, unique keys, and creation from an empty map. */
    public static void assertDescriptorComplete(Optimizer o) {
        assertTrue(o.id().matches("[a-z][a-z0-9_.-]*"), "id must be lower-case: " + o.id());
        assertFalse(o.name().isBlank(), "name");
        assertFalse(o.description().isBlank(), "description");
        Set<String> keys = new HashSet<>();
        for (HyperParameter p : o.hyperParameters()) {
            assertFalse(p.key().isBlank(), "key");
            assertTrue(keys.add(p.key()), "duplicate key " + p.key());
            assertFalse(p.label().isBlank(), p.key() + ": label");
            assertFalse(p.help().isBlank(), p.key() + ": help");
            assertNotNull(p.defaultValue(), p.key() + ": default");
            assertEquals(p.defaultValue(), p.coerce(p.defaultValue()), p.key() + ": default must be legal");
        }
        assertTrue(keys.contains("lr"), "every optimizer has an 'lr' hyper-parameter");
        assertTrue(keys.contains("weight_decay"), "every optimizer has a 'weight_decay' hyper-parameter");
        OptimizerInstance fromMap = o.create(DIMENSION, Map.of());
        assertEquals(DIMENSION, fromMap.dimension());
        assertEquals(0, fromMap.steps());
        assertArrayEquals(new double[] {0}, fromMap.state().get("step"));
        OptimizerInstance fromDefaults = o.create(DIMENSION, HyperParameterValues.defaults(o.hyperParameters()));
        assertEquals(0, fromDefaults.steps());
        assertThrows(IllegalArgumentException.class, () -> o.create(0, Map.of()));
    }

    /** 200 steps from a fixed start bring 0.5 * sum_i i x_i^2 (i = 1..10) below 1% of its initial value. */
    public static void assertConverges(Optimizer o, double lr) {
        ContractQuadratic f = ContractQuadratic.illConditioned(DIMENSION);
        double[] x = start();
        double initial = f.value(x);
        run(o.create(DIMENSION, Map.of()), f, x, lr, CONVERGENCE_STEPS);
        double last = f.value(x);
        assertTrue(last < 1e-2 * initial, o.id() + " with lr " + lr + ": loss " + initial + " -> " + last);
    }

    /** After {@link OptimizerInstance#reset()} the same inputs give the same trajectory as a fresh instance. */
    public static void assertResetRestarts(Optimizer o, double lr) {
        ContractQuadratic f = ContractQuadratic.illConditioned(DIMENSION);
        OptimizerInstance instance = o.create(DIMENSION, Map.of());
        Map<String, double[]> fresh = instance.state();
        double[] first = run(instance, f, start(), lr, 30);
        instance.reset();
        assertEquals(0, instance.steps());
        assertStatesEqual(fresh, instance.state());
        double[] second = run(instance, f, start(), lr, 30);
        assertArrayEquals(first, second, o.id() + ": trajectory after reset differs");
        assertEquals(30, instance.steps());
    }

    /** Two instances fed the same inputs end with bit-identical parameters and state. */
    public static void assertDeterministic(Optimizer o, double lr) {
        ContractQuadratic f = ContractQuadratic.illConditioned(DIMENSION);
        OptimizerInstance a = o.create(DIMENSION, Map.of());
        OptimizerInstance b = o.create(DIMENSION, Map.of());
        assertArrayEquals(run(a, f, start(), lr, 50), run(b, f, start(), lr, 50), o.id());
        assertStatesEqual(a.state(), b.state());
    }

    /** A snapshot restored into a new instance continues exactly like the original; snapshots are copies. */
    public static void assertStateRoundTrip(Optimizer o, double lr) {
        ContractQuadratic f = ContractQuadratic.illConditioned(DIMENSION);
        OptimizerInstance a = o.create(DIMENSION, Map.of());
        double[] x = run(a, f, start(), lr, 20);
        Map<String, double[]> snapshot = a.state();
        assertEquals(20, snapshot.get("step")[0]);
        // Scribbling on a snapshot must not reach the instance.
        Map<String, double[]> scribbled = a.state();
        scribbled.values().forEach(v -> Arrays.fill(v, 7));
        assertStatesEqual(snapshot, a.state());

        OptimizerInstance b = o.create(DIMENSION, Map.of());
        b.restore(snapshot);
        assertEquals(20, b.steps());
        assertStatesEqual(snapshot, b.state());
        double[] xa = run(a, f, x.clone(), lr, 20);
        double[] xb = run(b, f, x.clone(), lr, 20);
        assertArrayEquals(xa, xb, o.id() + ": restored run differs");
        assertStatesEqual(a.state(), b.state());
        assertEquals(40, b.steps());
    }

    /** Missing, unknown and wrongly sized entries are rejected by name, and leave the state untouched. */
    public static void assertRestoreValidates(Optimizer o, double lr) {
        ContractQuadratic f = ContractQuadratic.illConditioned(DIMENSION);
        OptimizerInstance instance = o.create(DIMENSION, Map.of());
        run(instance, f, start(), lr, 3);
        Map<String, double[]> before = instance.state();

        for (String key : before.keySet()) {
            Map<String, double[]> missing = new LinkedHashMap<>(before);
            missing.remove(key);
            assertMessageNames(key, () -> instance.restore(missing));

            Map<String, double[]> resized = new LinkedHashMap<>(before);
            resized.put(key, new double[before.get(key).length + 1]);
            assertMessageNames(key, () -> instance.restore(resized));
        }
        Map<String, double[]> unknown = new LinkedHashMap<>(before);
        unknown.put("bogus", new double[DIMENSION]);
        assertMessageNames("bogus", () -> instance.restore(unknown));
        Map<String, double[]> badStep = new LinkedHashMap<>(before);
        badStep.put("step", new double[] {-1});
        assertMessageNames("step", () -> instance.restore(badStep));
        assertStatesEqual(before, instance.state());
    }

    /**
     * Zero gradients, from zero and from non-zero parameters, leave every parameter and state entry finite (no
     * 0/0 in a normalisation, no NaN from the sign of zero).
     */
    public static void assertFiniteOnZeroGradients(Optimizer o) {
        ContractQuadratic flat = new ContractQuadratic(new double[DIMENSION]);
        for (double[] x : List.of(new double[DIMENSION], start())) {
            OptimizerInstance instance = o.create(DIMENSION, Map.of());
            double[] params = x.clone();
            StepContext context = new StepContext(learningRateOf(o), flat);
            for (int s = 0; s < 5; s++) {
                instance.step(params, new double[DIMENSION], context);
            }
            for (double p : params) {
                assertTrue(Double.isFinite(p), o.id() + ": parameters after zero gradients " + Arrays.toString(params));
            }
            instance.state().forEach((k, v) -> assertTrue(Arrays.stream(v).allMatch(Double::isFinite),
                    o.id() + ": state '" + k + "' after zero gradients " + Arrays.toString(v)));
        }
    }

    /**
     * If the optimizer is {@link StabilityAware}: its threshold for the default values is positive (or NaN, "none
     * for these values"), shrinks as the learning rate grows, and a declared preconditioner is positive after some
     * steps and of the right length.
     */
    public static void assertStabilityDeclaration(Optimizer o, double lr) {
        if (!(o instanceof StabilityAware stability)) {
            return;
        }
        assertFalse(stability.thresholdFormula().isBlank(), o.id() + ": threshold formula");
        HyperParameterValues values = o.resolve(Map.of());
        double t = stability.stabilityThreshold(lr, values);
        if (!Double.isNaN(t)) {
            assertTrue(t > 0 && Double.isFinite(t), o.id() + ": threshold " + t);
            assertTrue(stability.stabilityThreshold(2 * lr, values) < t, o.id() + ": a larger rate must lower it");
        }
        if (stability.preconditioned()) {
            OptimizerInstance instance = o.create(DIMENSION, values);
            run(instance, ContractQuadratic.illConditioned(DIMENSION), start(), lr, 5);
            double[] p = stability.preconditioner(instance, values);
            assertEquals(DIMENSION, p.length, o.id() + ": preconditioner length");
            assertTrue(Arrays.stream(p).allMatch(x -> x > 0 && Double.isFinite(x)),
                    o.id() + ": preconditioner must be positive " + Arrays.toString(p));
        }
    }

    private static double learningRateOf(Optimizer o) {
        return HyperParameterValues.defaults(o.hyperParameters()).real("lr");
    }

    private static void assertMessageNames(String key, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains("'" + key + "'"), "message should name '" + key + "': " + e.getMessage());
    }

    /** @return the contract's starting point, all ones */
    public static double[] start() {
        double[] x = new double[DIMENSION];
        Arrays.fill(x, 1);
        return x;
    }

    /**
     * Runs {@code steps} full-batch steps from {@code x} (mutated and returned), with {@code f} as the steps'
     * objective.
     */
    public static double[] run(OptimizerInstance instance, Objective f, double[] x, double lr, int steps) {
        double[] g = new double[x.length];
        StepContext context = new StepContext(lr, f);
        for (int s = 0; s < steps; s++) {
            f.valueAndGradient(x, g);
            instance.step(x, g, context);
        }
        return x;
    }

    /** Asserts equal keys and bit-identical vectors. */
    public static void assertStatesEqual(Map<String, double[]> expected, Map<String, double[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), "state '" + k + "'"));
    }
}
