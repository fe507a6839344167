package org.losslandscape.compute.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.losslandscape.compute.io.internal.ElementType;
import org.losslandscape.compute.io.internal.Shapes;

/**
 * safetensors files, following the format description of the Hugging Face {@code safetensors} project
 * (https://huggingface.co/docs/safetensors): an 8-byte little-endian unsigned header size {@code N}, {@code N}
 * bytes of UTF-8 JSON mapping tensor names to {@code {"dtype", "shape", "data_offsets": [begin, end]}} plus an
 * optional {@code "__metadata__"} string-to-string map, then the byte buffer; offsets are relative to the
 * buffer start, tensors are little-endian and in C order.
 *
 * <p>Reading supports F64, F32, F16, BF16, I64, I32, I16, I8, U8 and BOOL and checks that every tensor lies
 * inside the buffer, matches its shape and does not overlap another (gaps are tolerated). Writing lays the
 * tensors out sorted by name, writes {@code __metadata__} first, pads the header with spaces to a multiple
 * of 8 bytes and replaces the target atomically. Stateless and thread-safe.
 */
public final class SafeTensors {

    /**
     * One tensor: values held as doubles in C order. Arrays are shared, not copied: treat them as read-only.
     *
     * @param dtype safetensors dtype name, e.g. "F32"
     * @param shape dimensions, each {@code >= 0}; empty for a scalar
     * @param data {@code product(shape)} elements
     */
    public record Tensor(String dtype, int[] shape, double[] data) {

        /** Checks dtype and sizes (programming errors). */
        public Tensor {
            elementType(dtype);
            Shapes.checkElementCount(shape, data.length);
        }

        /**
         * @param shape dimensions
         * @param data elements
         * @return an F32 tensor (values are rounded to float when written)
         */
        public static Tensor f32(int[] shape, double[] data) {
            return new Tensor("F32", shape, data);
        }

        /**
         * @param shape dimensions
         * @param data elements
         * @return an F64 tensor
         */
        public static Tensor f64(int[] shape, double[] data) {
            return new Tensor("F64", shape, data);
        }

        /**
         * @param newDtype the dtype to store this tensor as
         * @return the same shape and data with another dtype
         */
        public Tensor withDtype(String newDtype) {
            return new Tensor(newDtype, shape, data);
        }
    }

    /**
     * A file's content.
     *
     * @param tensors tensors by name, in header order when read; unmodifiable
     * @param metadata the {@code __metadata__} map, empty if absent; unmodifiable
     */
    public record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {

        /** Takes unmodifiable, order-preserving copies. */
        public Contents {
            tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    private static final String METADATA = "__metadata__";
    /** Same limit as the reference implementation, against absurd header sizes. */
    private static final long MAX_HEADER = 100_000_000;

    private SafeTensors() {
    }

    /**
     * @param path the file
     * @return its tensors and metadata
     * @throws IOException if the file cannot be read
     * @throws FileFormatException if it is not a valid safetensors file of supported dtypes
     */
    public static Contents read(Path path) throws IOException, FileFormatException {
        return read(Files.readAllBytes(path), path.getFileName().toString());
    }

    /**
     * @param bytes complete file content (not modified)
     * @param source file name for messages
     * @return tensors and metadata
     * @throws FileFormatException if the bytes are not a valid safetensors file of supported dtypes
     */
    public static Contents read(byte[] bytes, String source) throws FileFormatException {
        if (bytes.length == 0) {
            throw new FileFormatException(source, "file is empty");
        }
        if (bytes.length < 8) {
            throw new FileFormatException(source, "file has " + bytes.length + " bytes, too short for the 8-byte "
                    + "header length");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = buffer.getLong(0);
        if (headerLength < 0 || headerLength > bytes.length - 8L) {
            throw new FileFormatException(source, "header length " + Long.toUnsignedString(headerLength)
                    + " is larger than the file (" + bytes.length + " bytes)");
        }
        if (headerLength > MAX_HEADER) {
            throw new FileFormatException(source, "header length " + headerLength + " exceeds " + MAX_HEADER);
        }
        Map<String, Object> header = parseHeader(bytes, (int) headerLength, source);
        int bufferStart = 8 + (int) headerLength;
        int bufferLength = bytes.length - bufferStart;
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        List<long[]> spans = new ArrayList<>();
        List<String> spanNames = new ArrayList<>();
        for (Map.Entry<String, Object> entry : header.entrySet()) {
            String name = entry.getKey();
            if (name.equals(METADATA)) {
                readMetadata(entry.getValue(), metadata, source);
                continue;
            }
            if (!(entry.getValue() instanceof Map<?, ?> info)) {
                throw tensorError(source, name, "entry is not an object");
            }
            if (!(info.get("dtype") instanceof String dtype)) {
                throw tensorError(source, name, "missing or non-string \"dtype\"");
            }
            ElementType type;
            try {
                type = elementType(dtype);
            } catch (IllegalArgumentException e) {
                throw new FileFormatException(source, 0, name, dtype, "tensor '" + name + "': " + e.getMessage());
            }
            int[] shape = readShape(info.get("shape"), source, name);
            long[] offsets = readOffsets(info.get("data_offsets"), source, name);
            long begin = offsets[0];
            long end = offsets[1];
            if (begin < 0 || begin > end || end > bufferLength) {
                throw tensorError(source, name, "data_offsets [" + begin + ", " + end + "] out of range (buffer has "
                        + bufferLength + " bytes)");
            }
            long count = 1;
            for (int d : shape) {
                count *= d;
            }
            if (count * type.size() != end - begin) {
                throw tensorError(source, name, "shape " + Arrays.toString(shape) + " of " + dtype + " needs "
                        + count * type.size() + " bytes, data_offsets span " + (end - begin));
            }
            double[] data = new double[(int) count];
            int start = bufferStart + (int) begin;
            for (int i = 0; i < data.length; i++) {
                data[i] = type.get(buffer, start + i * type.size());
            }
            tensors.put(name, new Tensor(dtype, shape, data));
            spans.add(offsets);
            spanNames.add(name);
        }
        checkOverlaps(spans, spanNames, source);
        return new Contents(tensors, metadata);
    }

    /**
     * Writes tensors and metadata atomically (temporary file in the same directory, then atomic rename).
     *
     * @param path target, created or replaced
     * @param tensors tensors by name, each written in its own dtype (not modified)
     * @param metadata string metadata, may be empty (not modified)
     * @throws IOException if writing fails; the target is then unchanged
     */
    public static void write(Path path, Map<String, Tensor> tensors, Map<String, String> metadata)
            throws IOException {
        AtomicFiles.write(path, toBytes(tensors, metadata));
    }

    /**
     * @param tensors tensors by name (not modified); the name {@code __metadata__} is reserved
     * @param metadata string metadata, may be empty (not modified)
     * @return the complete file content: tensors sorted by name, header padded with spaces to 8 bytes
     * @throws IllegalArgumentException for the reserved name or values not representable in a tensor's dtype
     */
    public static byte[] toBytes(Map<String, Tensor> tensors, Map<String, String> metadata) {
        Map<String, Tensor> sorted = new TreeMap<>(tensors);
        Map<String, Object> header = new LinkedHashMap<>();
        if (!metadata.isEmpty()) {
            header.put(METADATA, new TreeMap<>(metadata));
        }
        long offset = 0;
        for (Map.Entry<String, Tensor> entry : sorted.entrySet()) {
            if (entry.getKey().equals(METADATA)) {
                throw new IllegalArgumentException(METADATA + " is reserved and cannot name a tensor");
            }
            Tensor tensor = entry.getValue();
            long length = (long) tensor.data().length * elementType(tensor.dtype()).size();
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("dtype", tensor.dtype());
            List<Object> shape = new ArrayList<>();
            for (int d : tensor.shape()) {
                shape.add((long) d);
            }
            info.put("shape", shape);
            info.put("data_offsets", List.of(offset, offset + length));
            header.put(entry.getKey(), info);
            offset += length;
        }
        byte[] json = Json.write(header).getBytes(StandardCharsets.UTF_8);
        int headerLength = (json.length + 7) / 8 * 8;
        if (8L + headerLength + offset > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("tensors too large for one byte array: " + offset + " bytes");
        }
        byte[] bytes = new byte[8 + headerLength + (int) offset];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(headerLength);
        buffer.put(json);
        for (int i = json.length; i < headerLength; i++) {
            buffer.put((byte) ' ');
        }
        int position = buffer.position();
        for (Tensor tensor : sorted.values()) {
            ElementType type = elementType(tensor.dtype());
            for (double v : tensor.data()) {
                type.put(buffer, position, v);
                position += type.size();
            }
        }
        return bytes;
    }

    /**
     * @param dtype a safetensors dtype name
     * @return its element type
     * @throws IllegalArgumentException if unsupported
     */
    static ElementType elementType(String dtype) {
        return switch (dtype == null ? "" : dtype) {
            case "F64" -> ElementType.F64;
            case "F32" -> ElementType.F32;
            case "F16" -> ElementType.F16;
            case "BF16" -> ElementType.BF16;
            case "I64" -> ElementType.I64;
            case "I32" -> ElementType.I32;
            case "I16" -> ElementType.I16;
            case "I8" -> ElementType.I8;
            case "U8" -> ElementType.U8;
            case "BOOL" -> ElementType.BOOL;
            default -> throw new IllegalArgumentException("unsupported dtype '" + dtype
                    + "' (supported: F64 F32 F16 BF16 I64 I32 I16 I8 U8 BOOL)");
        };
    }

    private static Map<String, Object> parseHeader(byte[] bytes, int length, String source)
            throws FileFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 8, length)).toString();
        } catch (CharacterCodingException e) {
            throw new FileFormatException(source, "header is not valid UTF-8");
        }
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            throw new FileFormatException(source, 0, null, snippet(text), "bad JSON header: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new FileFormatException(source, 0, null, snippet(text), "header JSON is not an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> header = (Map<String, Object>) map;
        return header;
    }

    private static void readMetadata(Object value, Map<String, String> into, String source)
            throws FileFormatException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new FileFormatException(source, 0, METADATA, null, METADATA + " is not an object");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new FileFormatException(source, 0, METADATA, String.valueOf(e.getValue()),
                        METADATA + " value of '" + e.getKey() + "' is not a string: " + e.getValue());
            }
            into.put((String) e.getKey(), s);
        }
    }

    private static int[] readShape(Object value, String source, String name) throws FileFormatException {
        if (!(value instanceof List<?> list)) {
            throw tensorError(source, name, "missing or non-array \"shape\"");
        }
        int[] shape = new int[list.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            if (!(list.get(i) instanceof Long d) || d < 0 || d > Integer.MAX_VALUE) {
                throw tensorError(source, name, "bad dimension " + list.get(i) + " in shape " + list);
            }
            shape[i] = (int) (long) d;
            count *= d;
            if (count > Integer.MAX_VALUE - 8) {
                throw tensorError(source, name, "shape " + list + " is too large");
            }
        }
        return shape;
    }

    private static long[] readOffsets(Object value, String source, String name) throws FileFormatException {
        if (!(value instanceof List<?> list) || list.size() != 2 || !(list.get(0) instanceof Long begin)
                || !(list.get(1) instanceof Long end)) {
            throw tensorError(source, name, "\"data_offsets\" must be [begin, end] integers, found " + value);
        }
        return new long[] {begin, end};
    }

    private static void checkOverlaps(List<long[]> spans, List<String> names, String source)
            throws FileFormatException {
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(spans.get(a)[0], spans.get(b)[0]));
        long reached = 0;
        int reachedBy = -1;
        for (int i : order) {
            long[] span = spans.get(i);
            // empty tensors occupy no bytes and cannot overlap anything
            if (span[1] == span[0]) {
                continue;
            }
            if (span[0] < reached) {
                throw new FileFormatException(source, 0, names.get(i), null, "tensors '" + names.get(reachedBy)
                        + "' " + Arrays.toString(spans.get(reachedBy)) + " and '" + names.get(i) + "' "
                        + Arrays.toString(span) + " overlap");
            }
            reached = span[1];
            reachedBy = i;
        }
    }

    private static FileFormatException tensorError(String source, String name, String detail) {
        return new FileFormatException(source, 0, name, null, "tensor '" + name + "': " + detail);
    }

    private static String snippet(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
