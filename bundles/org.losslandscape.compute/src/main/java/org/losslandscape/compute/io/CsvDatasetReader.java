package org.losslandscape.compute.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.losslandscape.compute.data.Dataset;

/**
 * Reads a dataset from a CSV file (RFC 4180 style): numeric feature columns plus one label column.
 *
 * <p>Syntax: one record per line ({@code \n} or {@code \r\n}); fields separated by the configured separator
 * (comma by default, or {@code ;} or tab); a field may be enclosed in double quotes, inside which the separator
 * is literal and {@code ""} stands for one quote; quoted fields cannot span lines. Whitespace around fields is
 * ignored, blank lines are skipped and a UTF-8 byte order mark is dropped. Numbers use a dot as decimal
 * separator ({@code -1.5e3}); NaN and infinities are rejected.
 *
 * <p>Header: {@link Header#AUTO} (the default) treats the first row as a header when one of its feature
 * fields is not a number, or when the label column is chosen by name. The label column is the last column
 * unless chosen by name (needs a header) or 0-based index; every other column is a feature.
 *
 * <p>Class labels: when every label is an integer (e.g. {@code 3} or {@code 3.0}) and all are in
 * {@code [0, 65536)}, the integer is the class index ({@code classCount = max + 1}, class names
 * {@code "0".."max"}); otherwise the distinct labels are sorted (numerically if all are numbers, else as
 * strings) and numbered in that order, and their texts become the class names. With
 * {@link #withRegression(boolean) regression} the label column holds one real target per row.
 *
 * <p>Files are read as strict UTF-8: bytes that are not UTF-8 are an error that names the line and byte, never
 * silently replaced. Reading streams: only the numbers and one class index per row are kept, so the memory needed
 * is about twice the data's numeric size (8 bytes per value), whatever the length of the text.
 *
 * <p>Immutable: the {@code with…} methods return modified copies; thread-safe.
 */
public final class CsvDatasetReader {

    /** Whether the first row is a header. */
    public enum Header {
        /** Decide from the first row, see the class comment. */
        AUTO,
        /** The first row is a header. */
        PRESENT,
        /** There is no header; every row is data. */
        ABSENT
    }

    private static final Pattern NAN = Pattern.compile("(?i)[+-]?nan");
    private static final Pattern INFINITY = Pattern.compile("(?i)[+-]?inf(inity)?");
    private static final int MAX_DIRECT_CLASS = 65536;
    /** The most values one Java array holds (a little below Integer.MAX_VALUE, as the JDK's own limit). */
    private static final long MAX_VALUES = Integer.MAX_VALUE - 8L;

    private final char separator;
    private final Header header;
    private final String labelName;
    private final int labelIndex;
    private final boolean regression;

    private CsvDatasetReader(char separator, Header header, String labelName, int labelIndex, boolean regression) {
        this.separator = separator;
        this.header = header;
        this.labelName = labelName;
        this.labelIndex = labelIndex;
        this.regression = regression;
    }

    /** @return a reader with comma separator, automatic header detection, last column as class label */
    public static CsvDatasetReader defaults() {
        return new CsvDatasetReader(',', Header.AUTO, null, -1, false);
    }

    /**
     * @param newSeparator {@code ','}, {@code ';'} or {@code '\t'}
     * @return a copy using that separator
     */
    public CsvDatasetReader withSeparator(char newSeparator) {
        if (newSeparator != ',' && newSeparator != ';' && newSeparator != '\t') {
            throw new IllegalArgumentException("separator must be ',', ';' or tab");
        }
        return new CsvDatasetReader(newSeparator, header, labelName, labelIndex, regression);
    }

    /**
     * @param newHeader header mode
     * @return a copy using that header mode
     */
    public CsvDatasetReader withHeader(Header newHeader) {
        return new CsvDatasetReader(separator, newHeader, labelName, labelIndex, regression);
    }

    /**
     * @param name header name of the label column (requires a header row)
     * @return a copy choosing the label column by name
     */
    public CsvDatasetReader withLabelColumn(String name) {
        return new CsvDatasetReader(separator, header, name, -1, regression);
    }

    /**
     * @param index 0-based index of the label column
     * @return a copy choosing the label column by index
     */
    public CsvDatasetReader withLabelColumn(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("label column index must be >= 0: " + index);
        }
        return new CsvDatasetReader(separator, header, null, index, regression);
    }

    /**
     * @param newRegression true to read the label column as a real-valued regression target
     * @return a copy with that choice
     */
    public CsvDatasetReader withRegression(boolean newRegression) {
        return new CsvDatasetReader(separator, header, labelName, labelIndex, newRegression);
    }

    /**
     * Reads a UTF-8 file; the dataset is named after the file without its extension. The file is streamed: what is
     * kept is the numbers (and one class index per row), never the text, so the memory is a small multiple of the
     * data's numeric size.
     *
     * @param path the file
     * @return the dataset with its column and class names
     * @throws IOException if the file cannot be read
     * @throws FileFormatException if its content is not a valid dataset, or not UTF-8 text; the message names the
     *             line and column (or byte position)
     */
    public CsvData read(Path path) throws IOException, FileFormatException {
        String source = path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(new Utf8Lines(in, source), source);
        }
    }

    /**
     * Reads all of {@code in} (which is not closed), line by line.
     *
     * @param in the CSV text
     * @param source file name for messages and the dataset name
     * @return the dataset with its column and class names
     * @throws IOException if reading fails
     * @throws FileFormatException if the content is not a valid dataset
     */
    public CsvData read(Reader in, String source) throws IOException, FileFormatException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        return read(reader::readLine, source);
    }

    /** A source of text lines without their terminators. */
    @FunctionalInterface
    private interface Lines {
        /** @return the next line, or null at the end */
        String next() throws IOException, FileFormatException;
    }

    private CsvData read(Lines lines, String source) throws IOException, FileFormatException {
        int lineNumber = 0;
        String[] first = null;
        int firstLine = 0;
        while (first == null) {
            String line = lines.next();
            if (line == null) {
                break;
            }
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                first = split(line, lineNumber, source);
                firstLine = lineNumber;
            }
        }
        if (first == null) {
            throw new FileFormatException(source, "file is empty");
        }
        int columns = first.length;
        if (columns < 2) {
            throw new FileFormatException(source, firstLine, null, null, "line " + firstLine
                    + " has 1 field; need at least one feature column and a label column");
        }
        int label = labelName == null ? (labelIndex < 0 ? columns - 1 : labelIndex) : -1;
        if (label >= columns) {
            throw new FileFormatException(source, firstLine, null, null, "label column index " + label
                    + " is out of range: line " + firstLine + " has " + columns + " fields");
        }
        boolean hasHeader = switch (header) {
            case PRESENT -> true;
            case ABSENT -> false;
            case AUTO -> labelName != null || !allNumbersExcept(first, label);
        };
        if (labelName != null && !hasHeader) {
            throw new FileFormatException(source, 0, labelName, labelName, "label column '" + labelName
                    + "' is chosen by name but the file is read without a header");
        }
        String[] names = new String[columns];
        for (int c = 0; c < columns; c++) {
            names[c] = hasHeader ? first[c] : "col" + (c + 1);
        }
        if (labelName != null) {
            label = indexOf(names, labelName);
            if (label < 0) {
                throw new FileFormatException(source, firstLine, labelName, labelName, "line " + firstLine
                        + ": unknown label column '" + labelName + "'; columns are " + String.join(", ", names));
            }
        }
        int featureCount = columns - 1;
        Rows rows = new Rows(featureCount, regression);
        if (!hasHeader) {
            rows.add(first, firstLine, label, names, source);
        }
        for (String line = lines.next(); line != null; line = lines.next()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] row = split(line, lineNumber, source);
            if (row.length != columns) {
                throw new FileFormatException(source, lineNumber, null, null, "line " + lineNumber + " has "
                        + row.length + " fields, expected " + columns);
            }
            rows.add(row, lineNumber, label, names, source);
        }
        int n = rows.size;
        if (n == 0) {
            throw new FileFormatException(source, firstLine, null, null, "line " + firstLine
                    + " is a header and there are no data rows");
        }
        List<String> featureNames = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (c != label) {
                featureNames.add(names[c]);
            }
        }
        String name = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
        double[] features = rows.features.toArray((long) n * featureCount);
        rows.features = null;
        if (regression) {
            double[] targets = rows.targets.toArray(n);
            Dataset data = new Dataset(name, n, featureCount, features, 0, null, 1, targets);
            return new CsvData(data, featureNames, names[label], List.of());
        }
        int[] labels = Arrays.copyOf(rows.labelIds, n);
        List<String> classNames = classes(rows.labelTexts, labels);
        Dataset data = new Dataset(name, n, featureCount, features, classNames.size(), labels, 0, null);
        return new CsvData(data, featureNames, names[label], classNames);
    }

    /**
     * The rows read so far: numbers in blocks (no copy of what was read when more arrives), class labels as indices
     * into the distinct label texts.
     */
    private static final class Rows {
        private Blocks features;
        private final Blocks targets;
        private final Map<String, Integer> labelIndex = new HashMap<>();
        private final List<String> labelTexts = new ArrayList<>();
        private int[] labelIds;
        private final int featureCount;
        private int size;

        Rows(int featureCount, boolean regression) {
            this.featureCount = featureCount;
            this.features = new Blocks();
            this.targets = regression ? new Blocks() : null;
            this.labelIds = regression ? null : new int[1024];
        }

        void add(String[] row, int line, int label, String[] names, String source) throws FileFormatException {
            if (size == Integer.MAX_VALUE || (size + 1L) * featureCount > MAX_VALUES) {
                throw new FileFormatException(source, line, null, null, "line " + line + ": the file has more than "
                        + size + " rows of " + featureCount + " features, more values than one array can hold ("
                        + MAX_VALUES + "); use fewer rows or columns, or split the file");
            }
            for (int c = 0; c < row.length; c++) {
                if (c != label) {
                    features.add(number(row[c], line, names[c], source));
                }
            }
            if (targets != null) {
                targets.add(number(row[label], line, names[label], source));
            } else {
                String text = row[label];
                if (text.isEmpty()) {
                    throw new FileFormatException(source, line, names[label], "", "line " + line + ", column '"
                            + names[label] + "': empty class label");
                }
                Integer id = labelIndex.get(text);
                if (id == null) {
                    id = labelTexts.size();
                    labelIndex.put(text, id);
                    labelTexts.add(text);
                }
                if (size == labelIds.length) {
                    labelIds = Arrays.copyOf(labelIds, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * size));
                }
                labelIds[size] = id;
            }
            size++;
        }
    }

    /** A growing sequence of doubles kept in fixed-size blocks. */
    private static final class Blocks {
        private static final int BLOCK = 1 << 16;
        private final List<double[]> blocks = new ArrayList<>();
        private double[] current;
        private int used = BLOCK;

        void add(double value) {
            if (used == BLOCK) {
                current = new double[BLOCK];
                blocks.add(current);
                used = 0;
            }
            current[used++] = value;
        }

        /** @return the first {@code count} values in one array */
        double[] toArray(long count) {
            double[] all = new double[Math.toIntExact(count)];
            int at = 0;
            for (double[] block : blocks) {
                int take = (int) Math.min(BLOCK, count - at);
                System.arraycopy(block, 0, all, at, take);
                at += take;
            }
            return all;
        }
    }

    /**
     * Turns each row's index into {@code texts} (the distinct labels, in order of appearance) into its class index,
     * in place, and returns the class names, as described in the class comment.
     */
    private static List<String> classes(List<String> texts, int[] labels) {
        int d = texts.size();
        int[] classOf = new int[d];
        boolean allNumbers = true;
        boolean direct = true;
        double[] values = new double[d];
        for (int i = 0; i < d; i++) {
            String t = texts.get(i);
            if (!isNumber(t)) {
                allNumbers = false;
                direct = false;
                break;
            }
            values[i] = Double.parseDouble(t);
            direct &= values[i] == Math.rint(values[i]) && values[i] >= 0 && values[i] < MAX_DIRECT_CLASS;
        }
        List<String> names = new ArrayList<>();
        if (direct) {
            int max = 0;
            for (int i = 0; i < d; i++) {
                classOf[i] = (int) values[i];
                max = Math.max(max, classOf[i]);
            }
            for (int c = 0; c <= max; c++) {
                names.add(Integer.toString(c));
            }
        } else if (allNumbers) {
            // numeric order, but keep each class's first spelling as its name
            TreeMap<Double, String> byValue = new TreeMap<>();
            for (int i = 0; i < d; i++) {
                byValue.putIfAbsent(values[i], texts.get(i));
            }
            Map<Double, Integer> index = new HashMap<>();
            for (Map.Entry<Double, String> e : byValue.entrySet()) {
                index.put(e.getKey(), names.size());
                names.add(e.getValue());
            }
            for (int i = 0; i < d; i++) {
                classOf[i] = index.get(values[i]);
            }
        } else {
            Map<String, Integer> index = new TreeMap<>();
            for (String t : texts) {
                index.put(t, 0);
            }
            for (Map.Entry<String, Integer> e : index.entrySet()) {
                e.setValue(names.size());
                names.add(e.getKey());
            }
            for (int i = 0; i < d; i++) {
                classOf[i] = index.get(texts.get(i));
            }
        }
        for (int r = 0; r < labels.length; r++) {
            labels[r] = classOf[labels[r]];
        }
        return names;
    }

    /**
     * The lines of a UTF-8 byte stream ({@code \n}, {@code \r\n} or {@code \r} ends a line), decoded strictly: bytes
     * that are not UTF-8 are reported with their line and byte position instead of being replaced.
     */
    private static final class Utf8Lines implements Lines {
        private final InputStream in;
        private final String source;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        /** Offset in the file of buffer[0]. */
        private long bufferOffset;
        private byte[] line = new byte[256];
        private CharBuffer chars = CharBuffer.allocate(256);
        private int lineNumber;
        private boolean skipNewline;

        Utf8Lines(InputStream in, String source) {
            this.in = in;
            this.source = source;
        }

        @Override
        public String next() throws IOException, FileFormatException {
            int length = 0;
            long start = -1;
            while (true) {
                if (position == limit) {
                    bufferOffset += limit;
                    limit = Math.max(0, in.read(buffer));
                    position = 0;
                    if (limit == 0) {
                        if (start < 0) {
                            return null;
                        }
                        break;
                    }
                }
                byte b = buffer[position];
                if (skipNewline) {
                    skipNewline = false;
                    if (b == '\n') {
                        position++;
                        continue;
                    }
                }
                if (start < 0) {
                    start = bufferOffset + position;
                }
                position++;
                if (b == '\n' || b == '\r') {
                    skipNewline = b == '\r';
                    break;
                }
                if (length == line.length) {
                    if (length >= Integer.MAX_VALUE / 2) {
                        throw new FileFormatException(source, lineNumber + 1, null, null, "line " + (lineNumber + 1)
                                + " is longer than " + length + " bytes; is this a CSV file?");
                    }
                    line = Arrays.copyOf(line, 2 * length);
                }
                line[length++] = b;
            }
            lineNumber++;
            return decode(length, start);
        }

        private String decode(int length, long start) throws FileFormatException {
            if (chars.capacity() < length) {
                chars = CharBuffer.allocate(Math.max(length, 2 * chars.capacity()));
            }
            chars.clear();
            ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
            decoder.reset();
            CoderResult result = decoder.decode(bytes, chars, true);
            if (!result.isError()) {
                result = decoder.flush(chars);
            }
            if (result.isError()) {
                int at = bytes.position();
                StringBuilder hex = new StringBuilder();
                for (int i = at; i < Math.min(length, at + Math.max(1, result.length())); i++) {
                    hex.append(hex.isEmpty() ? "" : " ").append(String.format("0x%02X", line[i] & 0xff));
                }
                throw new FileFormatException(source, lineNumber, null, null, "line " + lineNumber + ", byte "
                        + (at + 1) + " of the line (byte " + (start + at + 1) + " of the file): the file is not "
                        + "UTF-8 text (" + hex + " is not a UTF-8 character; the file was probably saved as Latin-1 or "
                        + "Windows-1252); re-save it as UTF-8, e.g. 'CSV UTF-8' in a spreadsheet or iconv -f "
                        + "WINDOWS-1252 -t UTF-8");
            }
            chars.flip();
            return chars.toString();
        }
    }

    private static double number(String text, int line, String column, String source) throws FileFormatException {
        if (isNumber(text)) {
            double v = Double.parseDouble(text);
            if (!Double.isInfinite(v)) {
                return v;
            }
            throw new FileFormatException(source, line, column, text, "line " + line + ", column '" + column + "': '"
                    + text + "' is out of the double range");
        }
        String where = "line " + line + ", column '" + column + "': ";
        if (NAN.matcher(text).matches()) {
            throw new FileFormatException(source, line, column, text, where + "NaN is not allowed ('" + text + "')");
        }
        if (INFINITY.matcher(text).matches()) {
            throw new FileFormatException(source, line, column, text, where + "infinity is not allowed ('" + text
                    + "')");
        }
        throw new FileFormatException(source, line, column, text, where + "'" + text + "' is not a number");
    }

    /**
     * @return whether {@code text} is a decimal number, {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?} (checked
     *         by hand: a regular expression's matcher per field is most of the garbage of reading a large file)
     */
    static boolean isNumber(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allNumbersExcept(String[] fields, int skip) {
        for (int c = 0; c < fields.length; c++) {
            if (c != skip && !isNumber(fields[c])) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String[] names, String name) {
        for (int c = 0; c < names.length; c++) {
            if (names[c].equals(name)) {
                return c;
            }
        }
        return -1;
    }

    /** Splits one line into trimmed fields, honouring double quotes. */
    private String[] split(String line, int lineNumber, String source) throws FileFormatException {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int length = line.length();
        while (true) {
            while (i < length && line.charAt(i) != separator && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            StringBuilder field = new StringBuilder();
            if (i < length && line.charAt(i) == '"') {
                int open = i;
                i++;
                while (true) {
                    if (i >= length) {
                        throw new FileFormatException(source, lineNumber, null, line.substring(open), "line "
                                + lineNumber + ": unterminated quoted field " + line.substring(open)
                                + " (quoted fields cannot span lines)");
                    }
                    char c = line.charAt(i);
                    if (c == '"' && i + 1 < length && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                while (i < length && line.charAt(i) != separator && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i < length && line.charAt(i) != separator) {
                    throw new FileFormatException(source, lineNumber, null, line.substring(open), "line "
                            + lineNumber + ": text after closing quote in " + line.substring(open));
                }
                fields.add(field.toString());
            } else {
                int start = i;
                while (i < length && line.charAt(i) != separator) {
                    i++;
                }
                fields.add(line.substring(start, i).strip());
            }
            if (i >= length) {
                return fields.toArray(new String[0]);
            }
            i++; // the separator
        }
    }
}
