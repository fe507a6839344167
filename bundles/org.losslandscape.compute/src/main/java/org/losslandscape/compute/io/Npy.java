package org.losslandscape.compute.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.losslandscape.compute.data.Dataset;
import org.losslandscape.compute.io.internal.ElementType;

/**
 * NumPy {@code .npy} files, following the format description of {@code numpy.lib.format}
 * (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html): the magic {@code \x93NUMPY},
 * major and minor version bytes, a little-endian header length (2 bytes in version 1.0, 4 bytes in 2.0 and
 * 3.0), an ASCII (3.0: UTF-8) Python dict literal {@code {'descr': .., 'fortran_order': .., 'shape': (..)}}
 * padded with spaces and a newline so that the data starts at a multiple of 64, then the raw data.
 *
 * <p>Reading accepts versions 1.0, 2.0 and 3.0 and the dtypes listed in {@link NpyArray}. Arrays stored
 * with {@code fortran_order: True} are transposed on read, so every returned array is in C order. Writing
 * always produces C order, version 1.0 unless the header exceeds 65535 bytes (then 2.0), and replaces the
 * target atomically. Stateless and thread-safe.
 */
public final class Npy {

    /** Parsed dtype descriptor. */
    record Descriptor(ElementType type, ByteOrder order) {
    }

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;

    private Npy() {
    }

    /**
     * @param path the file
     * @return its array
     * @throws IOException if the file cannot be read
     * @throws FileFormatException if it is not a valid npy file of a supported dtype
     */
    public static NpyArray read(Path path) throws IOException, FileFormatException {
        return read(Files.readAllBytes(path), path.getFileName().toString());
    }

    /**
     * @param bytes complete file content (not modified)
     * @param source file name for messages
     * @return the array, in C order
     * @throws FileFormatException if the bytes are not a valid npy file of a supported dtype
     */
    /**
     * Checks that a file is a complete {@code .npy}: magic, a valid header, and exactly the data bytes the header
     * announces. Reads only the header, so it is cheap for large arrays (checkpoints).
     *
     * @throws FileFormatException when it is not, with the same messages as {@link #read(Path)}
     */
    public static void checkComplete(Path path) throws IOException, FileFormatException {
        long size = Files.size(path);
        String source = path.getFileName().toString();
        int prefix = (int) Math.min(size, 4096);
        while (true) {
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(prefix);
            }
            try {
                header(head, size, source);
                return;
            } catch (HeaderTooLong e) {
                prefix = (int) Math.min(size, e.needed);
            }
        }
    }

    /** What a file's header says: enough to check the file's length or decode its data. */
    private record Header(String dtype, int[] shape, boolean fortranOrder, Descriptor descriptor, int dataStart,
            long count) {
    }

    /** Thrown when the prefix read does not hold the whole header; carries how many bytes it needs. */
    private static final class HeaderTooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long needed;

        HeaderTooLong(long needed) {
            super(null, null, false, false);
            this.needed = needed;
        }
    }

    /**
     * Parses and checks the preamble and header in {@code bytes} (a prefix of the file, or all of it) against the
     * file's total length.
     */
    private static Header header(byte[] bytes, long fileLength, String source) throws FileFormatException {
        if (bytes.length == 0) {
            throw new FileFormatException(source, "file is empty");
        }
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new FileFormatException(source, "not an npy file (bad magic, expected \\x93NUMPY)");
        }
        if (bytes.length < 8) {
            throw new FileFormatException(source, "file ends inside the npy preamble");
        }
        int major = bytes[6] & 0xFF;
        int minor = bytes[7] & 0xFF;
        if ((major != 1 && major != 2 && major != 3) || minor != 0) {
            throw new FileFormatException(source, "unsupported npy version " + major + "." + minor
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int lengthBytes = major == 1 ? 2 : 4;
        if (bytes.length < 8 + lengthBytes) {
            throw new FileFormatException(source, "file ends inside the npy preamble");
        }
        long headerLength = major == 1 ? buffer.getShort(8) & 0xFFFF : buffer.getInt(8) & 0xFFFFFFFFL;
        int headerStart = 8 + lengthBytes;
        if (headerLength > bytes.length - headerStart) {
            if (headerStart + headerLength <= fileLength) {
                throw new HeaderTooLong(headerStart + headerLength);
            }
            throw new FileFormatException(source, "header length " + headerLength + " exceeds the "
                    + (fileLength - headerStart) + " bytes after the preamble");
        }
        String header = new String(bytes, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> dict = new HeaderParser(header, source).parse();
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        Object shapeValue = dict.get("shape");
        if (!(descr instanceof String dtype) || !(fortran instanceof Boolean fortranOrder)
                || !(shapeValue instanceof int[] shape) || dict.size() != 3) {
            throw new FileFormatException(source, 0, null, header.strip(),
                    "malformed header: need exactly 'descr' (string), 'fortran_order' (bool) and 'shape' (tuple): "
                            + header.strip());
        }
        Descriptor descriptor;
        try {
            descriptor = descriptor(dtype);
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(source, 0, null, dtype, e.getMessage());
        }
        long count = 1;
        for (int d : shape) {
            count *= d;
            if (count > Integer.MAX_VALUE - 8) {
                throw new FileFormatException(source, "array of shape " + Arrays.toString(shape) + " is too large");
            }
        }
        int dataStart = headerStart + (int) headerLength;
        long expected = count * descriptor.type().size();
        long actual = fileLength - dataStart;
        if (expected != actual) {
            throw new FileFormatException(source, "expected " + expected + " data bytes, file has " + actual);
        }
        return new Header(dtype, shape, fortranOrder, descriptor, dataStart, count);
    }

    public static NpyArray read(byte[] bytes, String source) throws FileFormatException {
        Header h = header(bytes, bytes.length, source);
        Descriptor descriptor = h.descriptor();
        int[] shape = h.shape();
        int dataStart = h.dataStart();
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(descriptor.order());
        double[] data = new double[(int) h.count()];
        int size = descriptor.type().size();
        for (int i = 0; i < data.length; i++) {
            data[i] = descriptor.type().get(buffer, dataStart + i * size);
        }
        if (h.fortranOrder() && shape.length > 1) {
            data = fortranToC(shape, data);
        }
        return new NpyArray(h.dtype(), shape, data);
    }

    /**
     * Writes {@code array} atomically (temporary file in the same directory, then atomic rename).
     *
     * @param path target file, created or replaced
     * @param array the array (not modified)
     * @throws IOException if writing fails; the target is then unchanged
     */
    public static void write(Path path, NpyArray array) throws IOException {
        AtomicFiles.write(path, toBytes(array));
    }

    /**
     * @param array the array (not modified)
     * @return the complete npy file content, C order, version 1.0 (2.0 if the header needs it)
     * @throws IllegalArgumentException if an element is not representable in the array's dtype
     */
    public static byte[] toBytes(NpyArray array) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(array.dtype())
                .append("', 'fortran_order': False, 'shape': (");
        int[] shape = array.shape();
        for (int i = 0; i < shape.length; i++) {
            dict.append(shape[i]);
            if (i < shape.length - 1 || shape.length == 1) {
                dict.append(shape.length == 1 ? "," : ", ");
            }
        }
        dict.append("), }");
        int version = alignedEnd(10, dict.length()) - 10 > 65535 ? 2 : 1;
        int preamble = version == 1 ? 10 : 12;
        int padded = alignedEnd(preamble, dict.length());
        while (preamble + dict.length() + 1 < padded) {
            dict.append(' ');
        }
        dict.append('\n');
        byte[] header = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        Descriptor descriptor = descriptor(array.dtype());
        int size = descriptor.type().size();
        double[] data = array.data();
        if ((long) data.length * size > Integer.MAX_VALUE - 8 - preamble - header.length) {
            throw new IllegalArgumentException("array too large for one npy byte array: " + data.length);
        }
        byte[] bytes = new byte[preamble + header.length + data.length * size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) version).put((byte) 0);
        if (version == 1) {
            buffer.putShort((short) header.length);
        } else {
            buffer.putInt(header.length);
        }
        buffer.put(header);
        int dataStart = buffer.position();
        buffer.order(descriptor.order());
        for (int i = 0; i < data.length; i++) {
            descriptor.type().put(buffer, dataStart + i * size, data[i]);
        }
        return bytes;
    }

    /** @return the file offset where data starts: preamble, dict and newline rounded up to the alignment */
    private static int alignedEnd(int preamble, int dictLength) {
        return (preamble + dictLength + 1 + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /**
     * Loads a dataset from two npy files: features of shape {@code (n, f)} (any supported dtype, all finite)
     * and labels that are either 1-D integer or boolean (classification; classes {@code 0..max}, none
     * negative) or floating point of shape {@code (n)} or {@code (n, k)} (regression with 1 or {@code k}
     * targets); 2-D integer labels are taken as regression targets too. The dataset is named after the
     * features file without its extension.
     *
     * @param featuresPath features file
     * @param labelsPath labels file
     * @return the dataset
     * @throws IOException if a file cannot be read
     * @throws FileFormatException if a file is invalid or the two do not fit together
     */
    public static Dataset loadDataset(Path featuresPath, Path labelsPath) throws IOException, FileFormatException {
        String featuresName = featuresPath.getFileName().toString();
        String labelsName = labelsPath.getFileName().toString();
        NpyArray x = read(featuresPath);
        NpyArray y = read(labelsPath);
        if (x.rank() != 2) {
            throw new FileFormatException(featuresName, "features must be 2-D (rows, features), shape is "
                    + Arrays.toString(x.shape()));
        }
        int n = x.shape()[0];
        int f = x.shape()[1];
        for (int i = 0; i < x.data().length; i++) {
            if (!Double.isFinite(x.data()[i])) {
                throw new FileFormatException(featuresName, 0, "feature " + (i % f), Double.toString(x.data()[i]),
                        "row " + (i / f) + ", feature " + (i % f) + ": " + x.data()[i] + " is not allowed");
            }
        }
        if (y.rank() < 1 || y.rank() > 2 || y.shape()[0] != n) {
            throw new FileFormatException(labelsName, "labels must have shape (" + n + ") or (" + n
                    + ", k) to match " + featuresName + ", shape is " + Arrays.toString(y.shape()));
        }
        String name = featuresName.endsWith(".npy") ? featuresName.substring(0, featuresName.length() - 4)
                : featuresName;
        if (y.rank() == 1 && y.isIntegerType()) {
            int[] labels = new int[n];
            int max = -1;
            for (int i = 0; i < n; i++) {
                double v = y.data()[i];
                if (v < 0 || v > Integer.MAX_VALUE - 1) {
                    throw new FileFormatException(labelsName, 0, null, Double.toString(v),
                            "row " + i + ": class label " + (long) v + " is out of range");
                }
                labels[i] = (int) v;
                max = Math.max(max, labels[i]);
            }
            return new Dataset(name, n, f, x.data(), max + 1, labels, 0, null);
        }
        for (int i = 0; i < y.data().length; i++) {
            if (!Double.isFinite(y.data()[i])) {
                throw new FileFormatException(labelsName, 0, null, Double.toString(y.data()[i]),
                        "element " + i + ": " + y.data()[i] + " is not allowed as a target");
            }
        }
        int k = y.rank() == 1 ? 1 : y.shape()[1];
        return new Dataset(name, n, f, x.data(), 0, null, k, y.data());
    }

    /**
     * @param dtype a NumPy type descriptor such as {@code <f8}
     * @return element type and byte order
     * @throws IllegalArgumentException if unsupported
     */
    static Descriptor descriptor(String dtype) {
        if (dtype == null || dtype.length() != 3) {
            throw new IllegalArgumentException("unsupported dtype '" + dtype + "'");
        }
        char orderChar = dtype.charAt(0);
        ElementType type = switch (dtype.substring(1)) {
            case "f8" -> ElementType.F64;
            case "f4" -> ElementType.F32;
            case "f2" -> ElementType.F16;
            case "i8" -> ElementType.I64;
            case "i4" -> ElementType.I32;
            case "i2" -> ElementType.I16;
            case "i1" -> ElementType.I8;
            case "u1" -> ElementType.U8;
            case "b1" -> ElementType.BOOL;
            default -> null;
        };
        ByteOrder order = switch (orderChar) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '=' -> ByteOrder.nativeOrder();
            case '|' -> type != null && type.size() == 1 ? ByteOrder.LITTLE_ENDIAN : null;
            default -> null;
        };
        if (type == null || order == null) {
            throw new IllegalArgumentException("unsupported dtype '" + dtype
                    + "' (supported: f8 f4 f2 i8 i4 i2 i1 u1 b1 with < > or, for one byte, |)");
        }
        return new Descriptor(type, order);
    }

    /** Reorders column-major data of the given shape into row-major order. */
    private static double[] fortranToC(int[] shape, double[] data) {
        int rank = shape.length;
        int[] fortranStride = new int[rank];
        int stride = 1;
        for (int d = 0; d < rank; d++) {
            fortranStride[d] = stride;
            stride *= shape[d];
        }
        double[] out = new double[data.length];
        int[] index = new int[rank];
        for (int c = 0; c < out.length; c++) {
            int offset = 0;
            for (int d = 0; d < rank; d++) {
                offset += index[d] * fortranStride[d];
            }
            out[c] = data[offset];
            // advance the C-order multi-index: last dimension fastest
            for (int d = rank - 1; d >= 0; d--) {
                index[d]++;
                if (index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return out;
    }

    /**
     * Parser for the header dict: a Python literal with string keys and values that are strings, booleans
     * or tuples of non-negative integers (Python 2 files may suffix them with L).
     */
    private static final class HeaderParser {

        private final String text;
        private final String source;
        private int pos;

        HeaderParser(String text, String source) {
            this.text = text;
            this.source = source;
        }

        Map<String, Object> parse() throws FileFormatException {
            Map<String, Object> dict = new LinkedHashMap<>();
            skipSpaces();
            expect('{');
            while (true) {
                skipSpaces();
                if (peek() == '}') {
                    pos++;
                    break;
                }
                String key = string();
                skipSpaces();
                expect(':');
                skipSpaces();
                dict.put(key, value());
                skipSpaces();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != '}') {
                    throw error("expected ',' or '}'");
                }
            }
            skipSpaces();
            if (pos != text.length()) {
                throw error("unexpected text after the dict");
            }
            return dict;
        }

        private Object value() throws FileFormatException {
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            } else if (c == '(') {
                return tuple();
            } else if (c == '[') {
                throw new FileFormatException(source, "unsupported dtype: structured (record) arrays are not "
                        + "supported");
            } else if (text.startsWith("True", pos)) {
                pos += 4;
                return Boolean.TRUE;
            } else if (text.startsWith("False", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            throw error("unexpected value");
        }

        private int[] tuple() throws FileFormatException {
            expect('(');
            int[] values = new int[0];
            while (true) {
                skipSpaces();
                if (peek() == ')') {
                    pos++;
                    return values;
                }
                int start = pos;
                while (Character.isDigit(peek())) {
                    pos++;
                }
                if (start == pos) {
                    throw error("expected a non-negative integer in the shape");
                }
                long v;
                try {
                    v = Long.parseLong(text.substring(start, pos));
                } catch (NumberFormatException e) {
                    v = Long.MAX_VALUE;
                }
                if (v > Integer.MAX_VALUE) {
                    throw error("dimension " + text.substring(start, pos) + " is too large");
                }
                if (peek() == 'L') {
                    pos++;
                }
                values = Arrays.copyOf(values, values.length + 1);
                values[values.length - 1] = (int) v;
                skipSpaces();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != ')') {
                    throw error("expected ',' or ')' in the shape");
                }
            }
        }

        private String string() throws FileFormatException {
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw error("expected a quoted string");
            }
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) {
                throw error("unterminated string");
            }
            String s = text.substring(pos + 1, end);
            pos = end + 1;
            return s;
        }

        private void expect(char c) throws FileFormatException {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private FileFormatException error(String what) {
            return new FileFormatException(source, 0, null, text.strip(),
                    "malformed header: " + what + " at position " + pos + " in " + text.strip());
        }
    }
}
