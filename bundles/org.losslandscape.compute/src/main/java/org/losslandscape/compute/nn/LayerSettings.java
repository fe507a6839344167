package org.losslandscape.compute.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The values of one layer's settings, typed as its {@link LayerKind} declares them: a description's value where it
 * gives one (converted from a number or text of the right form), else the setting's default. A {@link LayerKind}
 * reads them in {@link LayerKind#check} and {@link LayerKind#create}. Immutable.
 */
public final class LayerSettings {

    private final String kind;
    private final Map<String, Object> values;

    private LayerSettings(String kind, Map<String, Object> values) {
        this.kind = kind;
        this.values = values;
    }

    /**
     * Resolves a description's settings against what its kind declares.
     *
     * @param problems receives a message (without the layer label) for every value of the wrong form and every name
     *            the kind does not read; such a value is replaced by the default
     */
    static LayerSettings resolve(LayerKind kind, Map<String, Object> given, Consumer<String> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<LayerSetting> declared = kind.settings();
        for (LayerSetting s : declared) {
            Object raw = given.get(s.name());
            Object value = raw == null ? s.defaultValue() : convert(raw, s.type());
            if (value == null) {
                problems.accept(s.name() + " must be " + article(s.type()) + ", got '" + raw + "'");
                value = s.defaultValue();
            }
            values.put(s.name(), value);
        }
        for (String name : given.keySet()) {
            if (!values.containsKey(name)) {
                problems.accept("it has no setting '" + name + "'; remove it"
                        + (declared.isEmpty() ? " (" + kind.displayName() + " has no settings)"
                                : " (" + kind.displayName() + " reads " + String.join(", ",
                                        declared.stream().map(LayerSetting::name).toList()) + ")"));
            }
        }
        return new LayerSettings(kind.displayName(), values);
    }

    /** @return the settings of a kind at their defaults */
    public static LayerSettings defaults(LayerKind kind) {
        return of(kind, Map.of());
    }

    /**
     * @return the settings of a description for its kind; a value of the wrong form takes the default and an unknown
     *         name is ignored (validation reports both)
     */
    public static LayerSettings of(LayerKind kind, Map<String, Object> given) {
        return resolve(kind, given, m -> {
        });
    }

    private static String article(LayerSetting.Type type) {
        return switch (type) {
            case INTEGER -> "a whole number";
            case REAL -> "a number";
            case BOOLEAN -> "true or false";
        };
    }

    /** @return the value in the type's Java class, or null when it has not that form */
    private static Object convert(Object raw, LayerSetting.Type type) {
        return switch (type) {
            case INTEGER -> toInteger(raw);
            case REAL -> toReal(raw);
            case BOOLEAN -> toBoolean(raw);
        };
    }

    private static Integer toInteger(Object raw) {
        double d;
        if (raw instanceof Integer i) {
            return i;
        } else if (raw instanceof Number n) {
            d = n.doubleValue();
        } else if (raw instanceof String s) {
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                Double parsed = toReal(s);
                if (parsed == null) {
                    return null;
                }
                d = parsed;
            }
        } else {
            return null;
        }
        return d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? (int) d : null;
    }

    private static Double toReal(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof String s) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s && (s.trim().equalsIgnoreCase("true") || s.trim().equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s.trim());
        }
        return null;
    }

    private Object value(String name, Class<?> type) {
        Object v = values.get(name);
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException(kind + " declares no " + type.getSimpleName().toLowerCase()
                    + " setting '" + name + "'");
        }
        return v;
    }

    /**
     * @return the value of a declared {@link LayerSetting.Type#INTEGER} setting
     * @throws IllegalArgumentException if the kind declares no whole-number setting of that name
     */
    public int integer(String name) {
        return (Integer) value(name, Integer.class);
    }

    /**
     * @return the value of a declared {@link LayerSetting.Type#REAL} setting
     * @throws IllegalArgumentException if the kind declares no real setting of that name
     */
    public double real(String name) {
        return (Double) value(name, Double.class);
    }

    /**
     * @return the value of a declared {@link LayerSetting.Type#BOOLEAN} setting
     * @throws IllegalArgumentException if the kind declares no true/false setting of that name
     */
    public boolean bool(String name) {
        return (Boolean) value(name, Boolean.class);
    }

    /** @return every setting with its value, in the order the kind declares them */
    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }
}
