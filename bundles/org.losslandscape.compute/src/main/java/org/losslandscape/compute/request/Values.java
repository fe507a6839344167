package org.losslandscape.compute.request;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON values of requests: doubles written so that they read back to the same bits, and typed access to the fields
 * of a JSON object whose errors name the field.
 */
final class Values {

    private Values() {
    }

    /**
     * @return {@code v} as a JSON number, or as the string {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} or
     *         {@code "-0.0"}, which JSON numbers cannot carry
     */
    static Object real(double v) {
        if (!Double.isFinite(v) || v == 0 && Double.doubleToRawLongBits(v) != 0) {
            return Double.toString(v);
        }
        return v;
    }

    /** A JSON object being read; every error is an {@link IllegalArgumentException} naming the field. */
    static final class Fields {

        private final Map<String, Object> map;
        private final String where;

        Fields(Map<String, Object> map, String where) {
            this.map = map;
            this.where = where;
        }

        /** @return the value as an object, or an error naming {@code where} */
        @SuppressWarnings("unchecked")
        static Fields of(Object value, String where) {
            if (!(value instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(where + " must be a JSON object");
            }
            return new Fields((Map<String, Object>) m, where);
        }

        String where() {
            return where;
        }

        boolean has(String key) {
            return map.get(key) != null;
        }

        /** @return the object's keys, in order */
        java.util.Set<String> keys() {
            return map.keySet();
        }

        /** @return the value of {@code key} as read (string, Long, Double, Boolean, list or map) */
        Object raw(String key) {
            return get(key);
        }

        private Object get(String key) {
            Object v = map.get(key);
            if (v == null) {
                throw new IllegalArgumentException(where + "." + key + " is missing");
            }
            return v;
        }

        Fields object(String key) {
            return of(get(key), where + "." + key);
        }

        @SuppressWarnings("unchecked")
        List<Object> list(String key) {
            if (!(get(key) instanceof List<?> l)) {
                throw new IllegalArgumentException(where + "." + key + " must be a JSON array");
            }
            return (List<Object>) l;
        }

        Map<String, Object> map(String key) {
            return object(key).map;
        }

        String string(String key) {
            if (!(get(key) instanceof String s)) {
                throw new IllegalArgumentException(where + "." + key + " must be a string");
            }
            return s;
        }

        boolean bool(String key) {
            if (!(get(key) instanceof Boolean b)) {
                throw new IllegalArgumentException(where + "." + key + " must be true or false");
            }
            return b;
        }

        long longValue(String key) {
            if (!(get(key) instanceof Long n)) {
                throw new IllegalArgumentException(where + "." + key + " must be an integer");
            }
            return n;
        }

        int integer(String key) {
            long n = longValue(key);
            if (n != (int) n) {
                throw new IllegalArgumentException(where + "." + key + " = " + n + " is out of range");
            }
            return (int) n;
        }

        double real(String key) {
            Object v = get(key);
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            if (v instanceof String s) {
                switch (s) {
                    case "NaN": return Double.NaN;
                    case "Infinity": return Double.POSITIVE_INFINITY;
                    case "-Infinity": return Double.NEGATIVE_INFINITY;
                    case "-0.0": return -0.0;
                    default: break;
                }
            }
            throw new IllegalArgumentException(where + "." + key + " must be a number");
        }

        <E extends Enum<E>> E constant(String key, Class<E> type) {
            String s = string(key);
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                StringBuilder known = new StringBuilder();
                for (E c : type.getEnumConstants()) {
                    known.append(known.isEmpty() ? "" : ", ").append(c.name());
                }
                throw new IllegalArgumentException(where + "." + key + " = \"" + s + "\" is not one of " + known
                        .toString().toUpperCase(Locale.ROOT));
            }
        }
    }
}
