package org.losslandscape.compute.optim;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Immutable, typed hyper-parameter values resolved against a descriptor (a list of {@link HyperParameter}s).
 * Part of the optimizer SPI.
 *
 * <p>{@link #resolve(List, Map)} guarantees: every descriptor key has a value of its canonical type inside its
 * range (missing keys take the default); unknown keys, {@code null}, wrong types, unparsable strings,
 * out-of-range values and unknown choices throw {@link IllegalArgumentException} whose message names the key,
 * the value and the legal range or choices. The values that were given explicitly are remembered
 * ({@link #explicitValues()}) so that they can be re-resolved against another descriptor, e.g. SAM's base
 * optimizer.
 */
public final class HyperParameterValues {

    private final List<HyperParameter> descriptor;
    private final Map<String, HyperParameter> byKey;
    private final Map<String, Object> values;
    private final Map<String, Object> explicit;

    private HyperParameterValues(List<HyperParameter> descriptor, Map<String, HyperParameter> byKey,
            Map<String, Object> values, Map<String, Object> explicit) {
        this.descriptor = descriptor;
        this.byKey = byKey;
        this.values = values;
        this.explicit = explicit;
    }

    /**
     * Resolves raw values against a descriptor.
     *
     * @param descriptor the legal parameters; keys must be unique
     * @param raw values by key: {@link Number}, {@link Boolean}, {@link String} (parsed, e.g. "0.01", "true");
     *        not modified; may be empty
     * @return the resolved values
     * @throws IllegalArgumentException for duplicate descriptor keys or any illegal value (see class comment)
     */
    public static HyperParameterValues resolve(List<HyperParameter> descriptor, Map<String, ?> raw) {
        List<HyperParameter> desc = List.copyOf(descriptor);
        Objects.requireNonNull(raw, "raw");
        Map<String, HyperParameter> byKey = new LinkedHashMap<>();
        for (HyperParameter p : desc) {
            if (byKey.putIfAbsent(p.key(), p) != null) {
                throw new IllegalArgumentException("duplicate hyper-parameter key '" + p.key() + "' in descriptor");
            }
        }
        // Sorted so that the first reported error does not depend on the map's iteration order.
        Map<String, Object> explicit = new TreeMap<>();
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            Objects.requireNonNull(e.getKey(), "hyper-parameter key");
            explicit.put(e.getKey(), e.getValue());
        }
        Map<String, Object> coerced = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : explicit.entrySet()) {
            HyperParameter p = byKey.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("unknown hyper-parameter '" + e.getKey() + "' (= " + e.getValue()
                        + "); known: " + String.join(", ", byKey.keySet()));
            }
            coerced.put(e.getKey(), p.coerce(e.getValue()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (HyperParameter p : desc) {
            values.put(p.key(), coerced.getOrDefault(p.key(), p.defaultValue()));
        }
        return new HyperParameterValues(desc, Collections.unmodifiableMap(byKey),
                Collections.unmodifiableMap(values), Collections.unmodifiableMap(coerced));
    }

    /** @return the defaults of {@code descriptor} */
    public static HyperParameterValues defaults(List<HyperParameter> descriptor) {
        return resolve(descriptor, Map.of());
    }

    /** @return the value of a REAL parameter */
    public double real(String key) {
        return (Double) get(key, HyperParameter.Type.REAL);
    }

    /** @return the value of an INTEGER parameter */
    public int integer(String key) {
        return (Integer) get(key, HyperParameter.Type.INTEGER);
    }

    /** @return the value of a BOOLEAN parameter */
    public boolean bool(String key) {
        return (Boolean) get(key, HyperParameter.Type.BOOLEAN);
    }

    /** @return the value of a CHOICE parameter */
    public String choice(String key) {
        return (String) get(key, HyperParameter.Type.CHOICE);
    }

    private Object get(String key, HyperParameter.Type type) {
        HyperParameter p = byKey.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no hyper-parameter '" + key + "'; known: "
                    + String.join(", ", byKey.keySet()));
        }
        if (p.type() != type) {
            throw new IllegalArgumentException("hyper-parameter '" + key + "' is " + p.type() + ", not " + type);
        }
        return values.get(key);
    }

    /** @return whether the descriptor has {@code key} */
    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** @return all values in descriptor order (unmodifiable; canonical types, see {@link HyperParameter}) */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @return only the explicitly given values, coerced (unmodifiable, sorted by key) */
    public Map<String, Object> explicitValues() {
        return explicit;
    }

    /** @return the descriptor these values were resolved against (unmodifiable) */
    public List<HyperParameter> descriptor() {
        return descriptor;
    }

    /** @return the explicit values whose keys are not in {@code keys} (for passing on to a wrapped optimizer) */
    public Map<String, Object> explicitValuesExcept(Set<String> keys) {
        Set<String> drop = new HashSet<>(keys);
        return explicit.entrySet().stream().filter(e -> !drop.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HyperParameterValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
