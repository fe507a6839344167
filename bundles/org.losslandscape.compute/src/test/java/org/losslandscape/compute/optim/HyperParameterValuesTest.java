package org.losslandscape.compute.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.losslandscape.compute.optim.builtin.AdamOptimizer;
import org.losslandscape.compute.optim.builtin.SgdOptimizer;

/** Resolution, parsing and error messages of {@link HyperParameterValues} and {@link HyperParameter}. */
class HyperParameterValuesTest {

    private static final List<HyperParameter> DESCRIPTOR = List.of(
            HyperParameter.real("lr", "Learning rate", 0.01, 0, 10, "step size").withMinExclusive().withLogScale(),
            HyperParameter.real("momentum", "Momentum", 0.9, 0, 1, "buffer decay").withMaxExclusive(),
            HyperParameter.integer("warmup", "Warm-up steps", 0, 0, 1000, "steps"),
            HyperParameter.bool("nesterov", "Nesterov", false, "look ahead"),
            HyperParameter.choice("mode", "Mode", "fast", List.of("fast", "exact"), "how"));

    private static String error(Map<String, ?> raw) {
        return assertThrows(IllegalArgumentException.class,
                () -> HyperParameterValues.resolve(DESCRIPTOR, raw)).getMessage();
    }

    @Test
    void missingKeysTakeDefaults() {
        HyperParameterValues v = HyperParameterValues.defaults(DESCRIPTOR);
        assertEquals(0.01, v.real("lr"));
        assertEquals(0.9, v.real("momentum"));
        assertEquals(0, v.integer("warmup"));
        assertFalse(v.bool("nesterov"));
        assertEquals("fast", v.choice("mode"));
        assertEquals(List.of("lr", "momentum", "warmup", "nesterov", "mode"), List.copyOf(v.asMap().keySet()));
        assertTrue(v.explicitValues().isEmpty());
    }

    @Test
    void parsesStringsAndConvertsNumbers() {
        HyperParameterValues v = HyperParameterValues.resolve(DESCRIPTOR,
                Map.of("lr", "0.5", "momentum", 0.5f, "warmup", "3.0", "nesterov", "TRUE", "mode", "exact"));
        assertEquals(0.5, v.real("lr"));
        assertEquals(0.5, v.real("momentum"));
        assertEquals(3, v.integer("warmup"));
        assertTrue(v.bool("nesterov"));
        assertEquals("exact", v.choice("mode"));
        assertEquals(1.0, HyperParameterValues.resolve(DESCRIPTOR, Map.of("lr", 1)).real("lr"));
        assertEquals(7, HyperParameterValues.resolve(DESCRIPTOR, Map.of("warmup", 7L)).integer("warmup"));
        assertEquals(Map.of("lr", 0.5, "momentum", 0.5, "warmup", 3, "nesterov", true, "mode", "exact"),
                v.explicitValues());
    }

    @Test
    void asMapIsImmutable() {
        Map<String, Object> map = HyperParameterValues.defaults(DESCRIPTOR).asMap();
        assertThrows(UnsupportedOperationException.class, () -> map.put("lr", 1.0));
    }

    @Test
    void unknownKeyIsNamed() {
        assertEquals("unknown hyper-parameter 'lrr' (= 0.1); known: lr, momentum, warmup, nesterov, mode",
                error(Map.of("lrr", 0.1)));
    }

    @Test
    void outOfRangeNamesKeyValueAndRange() {
        assertEquals("momentum = 1.5 is out of range [0, 1)", error(Map.of("momentum", 1.5)));
        assertEquals("momentum = 1 is out of range [0, 1)", error(Map.of("momentum", "1")));
        assertEquals("lr = 0.0 is out of range (0, 10]", error(Map.of("lr", 0.0)));
        assertEquals("warmup = -1 is out of range [0, 1000]", error(Map.of("warmup", -1)));
    }

    @Test
    void wrongTypeIsNamed() {
        assertEquals("lr = true has the wrong type (Boolean); expected a real number", error(Map.of("lr", true)));
        assertEquals("lr = 'fast' is not a real number", error(Map.of("lr", "fast")));
        assertEquals("warmup = 2.5 is not an integer", error(Map.of("warmup", 2.5)));
        assertEquals("nesterov = 1 is not a boolean (true or false)", error(Map.of("nesterov", 1)));
        assertEquals("nesterov = yes is not a boolean (true or false)", error(Map.of("nesterov", "yes")));
        assertEquals("lr = NaN is not a finite number", error(Map.of("lr", Double.NaN)));
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("lr", null);
        assertEquals("lr = null is not allowed", error(withNull));
    }

    @Test
    void badChoiceListsTheChoices() {
        assertEquals("mode = 'slow' is not one of [fast, exact]", error(Map.of("mode", "slow")));
        assertTrue(error(Map.of("mode", 3)).startsWith("mode = 3 has the wrong type"));
    }

    @Test
    void typedGettersCheckKeyAndType() {
        HyperParameterValues v = HyperParameterValues.defaults(DESCRIPTOR);
        assertEquals("hyper-parameter 'mode' is CHOICE, not REAL",
                assertThrows(IllegalArgumentException.class, () -> v.real("mode")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> v.bool("beta"))
                .getMessage().startsWith("no hyper-parameter 'beta'"));
    }

    @Test
    void descriptorsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> HyperParameter.real("lr", "LR", 2, 0, 1, "h"));
        assertThrows(IllegalArgumentException.class, () -> HyperParameter.real("LearningRate", "LR", 0.1, 0, 1, "h"));
        assertThrows(IllegalArgumentException.class, () -> HyperParameter.real("lr", " ", 0.1, 0, 1, "h"));
        assertThrows(IllegalArgumentException.class, () -> HyperParameter.real("lr", "LR", 0.5, 1, 0, "h"));
        assertThrows(IllegalArgumentException.class,
                () -> HyperParameter.choice("mode", "Mode", "x", List.of("a", "b"), "h"));
        assertThrows(IllegalArgumentException.class,
                () -> HyperParameter.choice("mode", "Mode", "a", List.of("a", "a"), "h"));
        assertThrows(IllegalArgumentException.class,
                () -> HyperParameter.bool("flag", "Flag", true, "h").withLogScale());
        assertThrows(IllegalArgumentException.class,
                () -> HyperParameter.real("lr", "LR", 0, 0, 1, "h").withMinExclusive());
        HyperParameter p = HyperParameter.real("lr", "LR", 0, 0, 1, "h");
        assertThrows(IllegalArgumentException.class, () -> HyperParameterValues.defaults(List.of(p, p)));
    }

    @Test
    void rangeTextUsesIntervalNotation() {
        assertEquals("(0, 10]", DESCRIPTOR.get(0).rangeText());
        assertEquals("[0, 1)", DESCRIPTOR.get(1).rangeText());
        assertEquals("[fast, exact]", DESCRIPTOR.get(4).rangeText());
        assertEquals("[0, inf)", HyperParameter.real("x", "X", 1, 0, Double.POSITIVE_INFINITY, "h").rangeText());
        assertEquals("(1.0e-8, 0.5]",
                HyperParameter.real("x", "X", 0.1, 1e-8, 0.5, "h").withMinExclusive().rangeText());
    }

    @Test
    void optimizerCreateRejectsValuesOfAnotherOptimizer() {
        HyperParameterValues sgdValues = new SgdOptimizer().resolve(Map.of("decoupled_weight_decay", true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdamOptimizer().create(2, sgdValues));
        assertTrue(e.getMessage().contains("'decoupled_weight_decay'"), e.getMessage());
    }
}
