package org.losslandscape.compute.nn;

import java.util.Objects;

/**
 * One setting a {@link LayerKind} reads: its name (as descriptions and experiment files name it), its type, its
 * default and a help text, so that an editor can make a form and validation can say what is expected.
 *
 * @param name e.g. "units"; the experiment model stores a setting of this name in the layer's attribute of the same
 *            name when it has one, else as a generic key/value setting
 * @param type the type of the value
 * @param defaultValue the value when a description does not give one: an Integer, Double or Boolean matching
 *            {@code type}
 * @param help one line for tool tips and validation messages
 */
public record LayerSetting(String name, Type type, Object defaultValue, String help) {

    /** The types of setting values. */
    public enum Type {
        /** a whole number (Integer) */
        INTEGER,
        /** a real number (Double) */
        REAL,
        /** true or false (Boolean) */
        BOOLEAN
    }

    /** Checks that the default matches the type. */
    public LayerSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        boolean ok = switch (type) {
            case INTEGER -> defaultValue instanceof Integer;
            case REAL -> defaultValue instanceof Double;
            case BOOLEAN -> defaultValue instanceof Boolean;
        };
        if (!ok) {
            throw new IllegalArgumentException("the default of setting '" + name + "' must be a " + type + ", got "
                    + defaultValue);
        }
    }

    /** @return a whole-number setting */
    public static LayerSetting integer(String name, int defaultValue, String help) {
        return new LayerSetting(name, Type.INTEGER, defaultValue, help);
    }

    /** @return a real-number setting */
    public static LayerSetting real(String name, double defaultValue, String help) {
        return new LayerSetting(name, Type.REAL, defaultValue, help);
    }

    /** @return a true/false setting */
    public static LayerSetting bool(String name, boolean defaultValue, String help) {
        return new LayerSetting(name, Type.BOOLEAN, defaultValue, help);
    }
}
