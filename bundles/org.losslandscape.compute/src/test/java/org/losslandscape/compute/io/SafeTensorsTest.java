package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.SafeTensors.Contents;
import org.losslandscape.compute.io.SafeTensors.Tensor;

class SafeTensorsTest {

    @TempDir
    Path dir;

    /** An 8-byte little-endian length, the JSON text, then the data buffer, all assembled by hand. */
    private static byte[] file(String json, byte[] data) {
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
        out.writeBytes(header);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] floats(float... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void readsHandMadeFile() throws Exception {
        ByteBuffer f64 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.1).putDouble(-2e300);
        byte[] data = concat(floats(1.5f, -2f, 3.25f, 0f, 7f, 8f), f64.array());
        String json = "{\"__metadata__\":{\"format\":\"pt\",\"note\":\"a \\\"q\\\" \\u00e9\"},"
                + "\"weight\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]},"
                + " \"bias\" : {\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[24,40]}}  ";
        Contents c = SafeTensors.read(file(json, data), "hand.safetensors");
        assertEquals(Map.of("format", "pt", "note", "a \"q\" é"), c.metadata());
        assertEquals(List.of("weight", "bias"), List.copyOf(c.tensors().keySet()), "header order kept");
        Tensor w = c.tensors().get("weight");
        assertEquals("F32", w.dtype());
        assertArrayEquals(new int[] {2, 3}, w.shape());
        assertArrayEquals(new double[] {1.5, -2, 3.25, 0, 7, 8}, w.data());
        assertArrayEquals(new double[] {0.1, -2e300}, c.tensors().get("bias").data());
    }

    @Test
    void readsHalfPrecision() throws Exception {
        // F16 0x3E00 = 1.5, 0xC000 = -2; BF16 0x3FC0 = 1.5, 0xC040 = -3
        byte[] data = {0x00, 0x3E, 0x00, (byte) 0xC0, (byte) 0xC0, 0x3F, 0x40, (byte) 0xC0};
        String json = "{\"h\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[0,4]},"
                + "\"b\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[4,8]}}";
        Contents c = SafeTensors.read(file(json, data), "half.safetensors");
        assertArrayEquals(new double[] {1.5, -2}, c.tensors().get("h").data());
        assertArrayEquals(new double[] {1.5, -3}, c.tensors().get("b").data());
    }

    @Test
    void roundTripF32AndF64() throws Exception {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("z.last", Tensor.f64(new int[] {2, 2}, new double[] {Math.PI, -1e-300, 0, 1}));
        tensors.put("a.first", Tensor.f32(new int[] {3}, new double[] {0.1, 2, -3}));
        tensors.put("scalar", Tensor.f64(new int[0], new double[] {42}));
        tensors.put("empty", Tensor.f32(new int[] {0, 4}, new double[0]));
        Path file = dir.resolve("model.safetensors");
        SafeTensors.write(file, tensors, Map.of("step", "100", "format", "losslandscape"));
        Contents back = SafeTensors.read(file);
        assertEquals(Map.of("step", "100", "format", "losslandscape"), back.metadata());
        assertEquals(List.of("a.first", "empty", "scalar", "z.last"), List.copyOf(back.tensors().keySet()));
        assertArrayEquals(new double[] {Math.PI, -1e-300, 0, 1}, back.tensors().get("z.last").data());
        assertArrayEquals(new double[] {(float) 0.1, 2, -3}, back.tensors().get("a.first").data());
        assertEquals("F32", back.tensors().get("a.first").dtype());
        assertArrayEquals(new int[0], back.tensors().get("scalar").shape());
        assertArrayEquals(new int[] {0, 4}, back.tensors().get("empty").shape());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void layoutIsSortedPaddedAndLittleEndian() {
        Map<String, Tensor> tensors = Map.of("b", Tensor.f32(new int[] {1}, new double[] {1}),
                "a", Tensor.f64(new int[] {1}, new double[] {2}));
        byte[] bytes = SafeTensors.toBytes(tensors, Map.of());
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long n = buffer.getLong(0);
        assertEquals(0, n % 8);
        String json = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
        assertEquals("{\"a\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}", json.stripTrailing());
        assertEquals(2.0, buffer.getDouble(8 + (int) n));
        assertEquals(1.0f, buffer.getFloat(16 + (int) n));
        assertEquals(8 + n + 12, bytes.length);
        assertThrows(IllegalArgumentException.class, () -> SafeTensors.toBytes(
                Map.of("__metadata__", Tensor.f32(new int[] {1}, new double[] {1})), Map.of()));
    }

    private static FileFormatException fails(byte[] bytes) {
        return assertThrows(FileFormatException.class, () -> SafeTensors.read(bytes, "bad.safetensors"));
    }

    @Test
    void errors() {
        String one = "{\"t\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        assertEquals("bad.safetensors: file is empty", fails(new byte[0]).getMessage());
        byte[] huge = file(one, floats(1, 2));
        huge[0] = (byte) 0xFF;
        assertTrue(fails(huge).getMessage().contains("is larger than the file"));
        assertTrue(fails(file("{\"t\":{\"dtype\":\"F32\",", new byte[0])).getMessage().contains("bad JSON"));
        assertTrue(fails(file("[1,2]", new byte[0])).getMessage().contains("not an object"));
        FileFormatException range = fails(file(one.replace("[0,8]", "[0,12]"), floats(1, 2)));
        assertTrue(range.getMessage().contains("tensor 't': data_offsets [0, 12] out of range"), range.getMessage());
        assertEquals("t", range.column());
        FileFormatException size = fails(file(one.replace("[2]", "[3]"), floats(1, 2)));
        assertTrue(size.getMessage().contains("shape [3] of F32 needs 12 bytes, data_offsets span 8"),
                size.getMessage());
        FileFormatException dtype = fails(file(one.replace("F32", "C64"), floats(1, 2)));
        assertTrue(dtype.getMessage().contains("unsupported dtype 'C64'"), dtype.getMessage());
        String overlapping = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}";
        assertTrue(fails(file(overlapping, floats(1, 2, 3))).getMessage().contains("overlap"));
        assertTrue(fails(file("{\"__metadata__\":{\"k\":1}}", new byte[0])).getMessage().contains("not a string"));
        assertTrue(fails(file(one.replace("[0,8]", "[0]"), floats(1, 2))).getMessage().contains("data_offsets"));
    }
}
