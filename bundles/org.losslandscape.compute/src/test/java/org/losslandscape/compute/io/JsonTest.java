package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesAllValueKinds() throws Exception {
        Object v = Json.parse(" {\"a\": [1, -2.5e1, true, false, null], \"s\": \"x\\ty\\u0041\\\\\\/\\\"\","
                + " \"big\": 12345678901234567890, \"o\": {}} ");
        Map<?, ?> map = (Map<?, ?>) v;
        assertEquals(Arrays.asList(1L, -25.0, true, false, null), map.get("a"));
        assertEquals("x\tyA\\/\"", map.get("s"));
        assertEquals(1.2345678901234567e19, map.get("big"));
        assertEquals(Map.of(), map.get("o"));
        assertNull(Json.parse("null"));
    }

    @Test
    void writesAndReadsBack() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("k\"ey", List.of(1L, 2.5, "tab\there\u0001"));
        value.put("n", 3.0);
        String text = Json.write(value);
        assertEquals("{\"k\\\"ey\":[1,2.5,\"tab\\there\\u0001\"],\"n\":3}", text);
        assertEquals(Map.of("k\"ey", List.of(1L, 2.5, "tab\there\u0001"), "n", 3L), Json.parse(text));
        assertEquals("[null,null,-0.5,1]", Json.write(List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.5, 1.0)));
        assertEquals("{\"a\":[1,null,2.5]}", Json.write(Map.of("a", new double[] {1, Double.NaN, 2.5})));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }

    @Test
    void rejectsMalformedText() {
        for (String bad : new String[] {"", "{", "{\"a\":}", "[1,]", "01", "\"unterminated", "{\"a\":1,\"a\":2}",
            "[1] x", "\"bad \\q\"", "tru", "-", "1.", "{a:1}"}) {
            assertThrows(JsonException.class, () -> Json.parse(bad), bad);
        }
    }
}
