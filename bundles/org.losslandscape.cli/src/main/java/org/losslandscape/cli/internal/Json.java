package org.losslandscape.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --json} summaries: objects of key-value pairs, written by the engine's one JSON writer. */
final class Json {

    private Json() {
    }

    /**
     * @param keyValues alternating keys and values (strings, numbers, booleans, null, lists, maps); non-finite
     *            numbers become null
     * @return a JSON object of the pairs, in order
     */
    static String object(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return org.losslandscape.compute.io.Json.write(m);
    }
}
