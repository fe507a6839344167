package org.losslandscape.cli.internal;

import java.util.Collection;
import java.util.Map;

/** Writes the small JSON summaries of {@code --json} (strings, numbers, booleans, null, lists, maps). */
final class Json {

    private Json() {
    }

    /** @return a JSON object of alternating keys and values, in order */
    static String object(Object... keyValues) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keyValues.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(value(keyValues[i])).append(':').append(value(keyValues[i + 1]));
        }
        return sb.append('}').toString();
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? Double.toString(d) : "null";
        }
        if (v instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : c) {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append(value(o));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            Object[] kv = new Object[2 * m.size()];
            int i = 0;
            for (var e : m.entrySet()) {
                kv[i++] = String.valueOf(e.getKey());
                kv[i++] = e.getValue();
            }
            return object(kv);
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : v.toString().toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
