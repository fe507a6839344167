package org.losslandscape.compute.optim;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Describes one hyper-parameter of an {@link Optimizer}: its key, how to present it and which values are legal.
 * Part of the optimizer SPI.
 *
 * <p>Ranges apply to {@link Type#REAL} and {@link Type#INTEGER} only. A value {@code v} is legal when
 * {@code min <= v} ({@code min < v} if {@link #minInclusive()} is false) and {@code v <= max} ({@code v < max} if
 * {@link #maxInclusive()} is false); it is shown in interval notation, e.g. {@code [0, 1)}. Infinite bounds are
 * allowed; values must always be finite. {@link Type#BOOLEAN} and {@link Type#CHOICE} parameters carry infinite,
 * unused bounds. The factory methods create inclusive bounds; use {@link #withMinExclusive()} and
 * {@link #withMaxExclusive()} to open them.
 *
 * <p>Canonical value types, used for {@link #defaultValue()} and by {@link #coerce(Object)}: REAL &rarr;
 * {@link Double}, INTEGER &rarr; {@link Integer}, BOOLEAN &rarr; {@link Boolean}, CHOICE &rarr; {@link String}.
 *
 * @param key stable snake_case identifier, e.g. {@code "lr"} or {@code "weight_decay"}
 * @param label short display label
 * @param type value type
 * @param defaultValue default, coerced to the canonical type; must be legal
 * @param min lower bound (REAL, INTEGER)
 * @param minInclusive whether {@code min} itself is legal
 * @param max upper bound (REAL, INTEGER)
 * @param maxInclusive whether {@code max} itself is legal
 * @param choices the legal values of a CHOICE parameter, in display order; empty for other types
 * @param help one or two sentences for tooltips
 * @param logScale UI hint: present on a logarithmic scale (learning-rate-like REAL values with {@code min >= 0})
 */
public record HyperParameter(String key, String label, Type type, Object defaultValue, double min,
        boolean minInclusive, double max, boolean maxInclusive, List<String> choices, String help,
        boolean logScale) {

    /** Value type of a hyper-parameter. */
    public enum Type { REAL, INTEGER, BOOLEAN, CHOICE }

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    /** Validates the descriptor; throws {@link IllegalArgumentException} when it is inconsistent. */
    public HyperParameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(help, "help");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("hyper-parameter key '" + key + "' is not snake_case");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("hyper-parameter '" + key + "' has a blank label");
        }
        choices = List.copyOf(choices);
        boolean numeric = type == Type.REAL || type == Type.INTEGER;
        if (numeric && (Double.isNaN(min) || Double.isNaN(max) || min > max)) {
            throw new IllegalArgumentException("hyper-parameter '" + key + "' has an invalid range: min " + min
                    + ", max " + max);
        }
        if (type == Type.CHOICE) {
            if (choices.isEmpty() || new HashSet<>(choices).size() != choices.size()
                    || choices.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("hyper-parameter '" + key
                        + "' needs non-empty, distinct, non-blank choices: " + choices);
            }
        } else if (!choices.isEmpty()) {
            throw new IllegalArgumentException("hyper-parameter '" + key + "' of type " + type + " has choices");
        }
        if (logScale && (type != Type.REAL || min < 0)) {
            throw new IllegalArgumentException("hyper-parameter '" + key
                    + "': logScale needs a REAL parameter with min >= 0");
        }
        // Fields are not assigned yet, so coerce through the static form.
        defaultValue = coerce(key, type, min, minInclusive, max, maxInclusive, choices, defaultValue);
    }

    /**
     * A real parameter with the inclusive range {@code [min, max]}.
     *
     * @return a new descriptor
     */
    public static HyperParameter real(String key, String label, double defaultValue, double min, double max,
            String help) {
        return new HyperParameter(key, label, Type.REAL, defaultValue, min, true, max, true, List.of(), help,
                false);
    }

    /**
     * An integer parameter with the inclusive range {@code [min, max]}.
     *
     * @return a new descriptor
     */
    public static HyperParameter integer(String key, String label, int defaultValue, int min, int max,
            String help) {
        return new HyperParameter(key, label, Type.INTEGER, defaultValue, min, true, max, true, List.of(), help,
                false);
    }

    /** @return a new boolean descriptor */
    public static HyperParameter bool(String key, String label, boolean defaultValue, String help) {
        return new HyperParameter(key, label, Type.BOOLEAN, defaultValue, Double.NEGATIVE_INFINITY, false,
                Double.POSITIVE_INFINITY, false, List.of(), help, false);
    }

    /** @return a new descriptor whose legal values are exactly {@code choices} */
    public static HyperParameter choice(String key, String label, String defaultValue, List<String> choices,
            String help) {
        return new HyperParameter(key, label, Type.CHOICE, defaultValue, Double.NEGATIVE_INFINITY, false,
                Double.POSITIVE_INFINITY, false, choices, help, false);
    }

    /** @return a copy whose lower bound is exclusive */
    public HyperParameter withMinExclusive() {
        return new HyperParameter(key, label, type, defaultValue, min, false, max, maxInclusive, choices, help,
                logScale);
    }

    /** @return a copy whose upper bound is exclusive */
    public HyperParameter withMaxExclusive() {
        return new HyperParameter(key, label, type, defaultValue, min, minInclusive, max, false, choices, help,
                logScale);
    }

    /** @return a copy flagged for logarithmic presentation */
    public HyperParameter withLogScale() {
        return new HyperParameter(key, label, type, defaultValue, min, minInclusive, max, maxInclusive, choices,
                help, true);
    }

    /** @return a copy with another default (validated against the range) */
    public HyperParameter withDefault(Object newDefault) {
        return new HyperParameter(key, label, type, newDefault, min, minInclusive, max, maxInclusive, choices,
                help, logScale);
    }

    /** @return the range in interval notation, e.g. {@code [0, 1)}; for CHOICE the choices, for BOOLEAN "true|false" */
    public String rangeText() {
        return switch (type) {
            case REAL, INTEGER -> rangeText(min, minInclusive, max, maxInclusive);
            case BOOLEAN -> "true|false";
            case CHOICE -> choices.toString();
        };
    }

    /**
     * Converts a raw value to this parameter's canonical type and checks it. Accepted inputs: any {@link Number}
     * or a parsable string for REAL and INTEGER (integral reals such as {@code 3.0} are accepted as integers), a
     * {@link Boolean} or "true"/"false" (any case) for BOOLEAN, one of {@link #choices()} for CHOICE.
     *
     * @param raw the value; not null
     * @return the canonical value
     * @throws IllegalArgumentException naming the key, the value and the legal range or choices
     */
    public Object coerce(Object raw) {
        return coerce(key, type, min, minInclusive, max, maxInclusive, choices, raw);
    }

    private static Object coerce(String key, Type type, double min, boolean minInc, double max, boolean maxInc,
            List<String> choices, Object raw) {
        if (raw == null) {
            throw new IllegalArgumentException(key + " = null is not allowed");
        }
        return switch (type) {
            case REAL -> {
                double v = toReal(key, raw);
                checkRange(key, raw, v, min, minInc, max, maxInc);
                yield v;
            }
            case INTEGER -> {
                double v = toInteger(key, raw);
                checkRange(key, raw, v, min, minInc, max, maxInc);
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(key + " = " + raw + " does not fit an int");
                }
                yield (int) v;
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    yield b;
                }
                if (raw instanceof String s && (s.strip().equalsIgnoreCase("true")
                        || s.strip().equalsIgnoreCase("false"))) {
                    yield Boolean.valueOf(s.strip().equalsIgnoreCase("true"));
                }
                throw new IllegalArgumentException(key + " = " + display(raw) + " is not a boolean (true or false)");
            }
            case CHOICE -> {
                if (!(raw instanceof String s)) {
                    throw new IllegalArgumentException(key + " = " + raw + " has the wrong type ("
                            + raw.getClass().getSimpleName() + "); expected one of " + choices);
                }
                if (!choices.contains(s)) {
                    throw new IllegalArgumentException(key + " = '" + s + "' is not one of " + choices);
                }
                yield s;
            }
        };
    }

    private static double toReal(String key, Object raw) {
        double v;
        if (raw instanceof Number n) {
            v = n.doubleValue();
        } else if (raw instanceof String s) {
            try {
                v = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " = '" + s + "' is not a real number");
            }
        } else {
            throw new IllegalArgumentException(key + " = " + raw + " has the wrong type ("
                    + raw.getClass().getSimpleName() + "); expected a real number");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(key + " = " + display(raw) + " is not a finite number");
        }
        return v;
    }

    private static double toInteger(String key, Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigInteger b) {
            return b.doubleValue();
        }
        double v;
        if (raw instanceof Number || raw instanceof String) {
            try {
                v = raw instanceof Number n ? (n instanceof BigDecimal d ? d.doubleValue() : n.doubleValue())
                        : Double.parseDouble(((String) raw).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " = '" + raw + "' is not an integer");
            }
        } else {
            throw new IllegalArgumentException(key + " = " + raw + " has the wrong type ("
                    + raw.getClass().getSimpleName() + "); expected an integer");
        }
        if (!Double.isFinite(v) || v != Math.rint(v)) {
            throw new IllegalArgumentException(key + " = " + display(raw) + " is not an integer");
        }
        return v;
    }

    private static void checkRange(String key, Object raw, double v, double min, boolean minInc, double max,
            boolean maxInc) {
        boolean aboveMin = minInc ? v >= min : v > min;
        boolean belowMax = maxInc ? v <= max : v < max;
        if (!aboveMin || !belowMax) {
            throw new IllegalArgumentException(key + " = " + display(raw) + " is out of range "
                    + rangeText(min, minInc, max, maxInc));
        }
    }

    private static String display(Object raw) {
        return raw instanceof String s ? s.strip() : String.valueOf(raw);
    }

    static String rangeText(double min, boolean minInc, double max, boolean maxInc) {
        return (minInc && Double.isFinite(min) ? "[" : "(") + format(min) + ", " + format(max)
                + (maxInc && Double.isFinite(max) ? "]" : ")");
    }

    /** Formats a bound compactly: {@code 0}, {@code 1}, {@code 0.5}, {@code 1.0e-8}, {@code inf}. */
    static String format(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d).replace('E', 'e');
    }
}
