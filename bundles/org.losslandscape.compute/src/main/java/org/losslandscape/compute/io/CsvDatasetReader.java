package org.losslandscape.compute.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NAN = Pattern.compile("(?i)[+-]?nan");
    private static final Pattern INFINITY = Pattern.compile("(?i)[+-]?inf(inity)?");
    private static final int MAX_DIRECT_CLASS = 65536;

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
     * Reads a UTF-8 file; the dataset is named after the file without its extension.
     *
     * @param path the file
     * @return the dataset with its column and class names
     * @throws IOException if the file cannot be read
     * @throws FileFormatException if its content is not a valid dataset; the message names the line and column
     */
    public CsvData read(Path path) throws IOException, FileFormatException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in, path.getFileName().toString());
        }
    }

    /**
     * Reads all of {@code in} (which is not closed).
     *
     * @param in the CSV text
     * @param source file name for messages and the dataset name
     * @return the dataset with its column and class names
     * @throws IOException if reading fails
     * @throws FileFormatException if the content is not a valid dataset
     */
    public CsvData read(Reader in, String source) throws IOException, FileFormatException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            rows.add(split(line, lineNumber, source));
            lineNumbers.add(lineNumber);
        }
        if (rows.isEmpty()) {
            throw new FileFormatException(source, "file is empty");
        }
        String[] first = rows.get(0);
        int columns = first.length;
        if (columns < 2) {
            throw new FileFormatException(source, lineNumbers.get(0), null, null, "line " + lineNumbers.get(0)
                    + " has 1 field; need at least one feature column and a label column");
        }
        int label = labelName == null ? (labelIndex < 0 ? columns - 1 : labelIndex) : -1;
        if (label >= columns) {
            throw new FileFormatException(source, lineNumbers.get(0), null, null, "label column index " + label
                    + " is out of range: line " + lineNumbers.get(0) + " has " + columns + " fields");
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
                throw new FileFormatException(source, lineNumbers.get(0), labelName, labelName, "line "
                        + lineNumbers.get(0) + ": unknown label column '" + labelName + "'; columns are "
                        + String.join(", ", names));
            }
        }
        int dataStart = hasHeader ? 1 : 0;
        int n = rows.size() - dataStart;
        if (n == 0) {
            throw new FileFormatException(source, lineNumbers.get(0), null, null, "line " + lineNumbers.get(0)
                    + " is a header and there are no data rows");
        }
        int featureCount = columns - 1;
        double[] features = new double[n * featureCount];
        String[] labelTexts = new String[n];
        for (int r = 0; r < n; r++) {
            String[] row = rows.get(dataStart + r);
            int line = lineNumbers.get(dataStart + r);
            if (row.length != columns) {
                throw new FileFormatException(source, line, null, null, "line " + line + " has " + row.length
                        + " fields, expected " + columns);
            }
            int f = 0;
            for (int c = 0; c < columns; c++) {
                if (c == label) {
                    labelTexts[r] = row[c];
                } else {
                    features[r * featureCount + f] = number(row[c], line, names[c], source);
                    f++;
                }
            }
        }
        List<String> featureNames = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (c != label) {
                featureNames.add(names[c]);
            }
        }
        String name = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
        if (regression) {
            double[] targets = new double[n];
            for (int r = 0; r < n; r++) {
                targets[r] = number(labelTexts[r], lineNumbers.get(dataStart + r), names[label], source);
            }
            Dataset data = new Dataset(name, n, featureCount, features, 0, null, 1, targets);
            return new CsvData(data, featureNames, names[label], List.of());
        }
        for (int r = 0; r < n; r++) {
            if (labelTexts[r].isEmpty()) {
                int line = lineNumbers.get(dataStart + r);
                throw new FileFormatException(source, line, names[label], "", "line " + line + ", column '"
                        + names[label] + "': empty class label");
            }
        }
        int[] labels = new int[n];
        List<String> classNames = classes(labelTexts, labels);
        Dataset data = new Dataset(name, n, featureCount, features, classNames.size(), labels, 0, null);
        return new CsvData(data, featureNames, names[label], classNames);
    }

    /** Fills {@code labels} with class indices and returns the class names, as described in the class comment. */
    private static List<String> classes(String[] texts, int[] labels) {
        boolean allNumbers = true;
        boolean direct = true;
        for (String t : texts) {
            boolean isNumber = NUMBER.matcher(t).matches();
            allNumbers &= isNumber;
            if (!isNumber) {
                direct = false;
                break;
            }
            double v = Double.parseDouble(t);
            direct &= v == Math.rint(v) && v >= 0 && v < MAX_DIRECT_CLASS;
        }
        if (direct) {
            int max = 0;
            for (int r = 0; r < texts.length; r++) {
                labels[r] = (int) Double.parseDouble(texts[r]);
                max = Math.max(max, labels[r]);
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c <= max; c++) {
                names.add(Integer.toString(c));
            }
            return names;
        }
        if (allNumbers) {
            // numeric order, but keep each class's first spelling as its name
            TreeMap<Double, String> byValue = new TreeMap<>();
            for (String t : texts) {
                byValue.putIfAbsent(Double.parseDouble(t), t);
            }
            List<String> names = new ArrayList<>(byValue.values());
            List<Double> values = new ArrayList<>(byValue.keySet());
            for (int r = 0; r < texts.length; r++) {
                labels[r] = values.indexOf(Double.parseDouble(texts[r]));
            }
            return names;
        }
        Map<String, Integer> index = new TreeMap<>();
        for (String t : new TreeSet<>(List.of(texts))) {
            index.put(t, index.size());
        }
        for (int r = 0; r < texts.length; r++) {
            labels[r] = index.get(texts[r]);
        }
        return new ArrayList<>(index.keySet());
    }

    private static double number(String text, int line, String column, String source) throws FileFormatException {
        String where = "line " + line + ", column '" + column + "': ";
        if (NAN.matcher(text).matches()) {
            throw new FileFormatException(source, line, column, text, where + "NaN is not allowed ('" + text + "')");
        }
        if (INFINITY.matcher(text).matches()) {
            throw new FileFormatException(source, line, column, text, where + "infinity is not allowed ('" + text
                    + "')");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new FileFormatException(source, line, column, text, where + "'" + text + "' is not a number");
        }
        double v = Double.parseDouble(text);
        if (Double.isInfinite(v)) {
            throw new FileFormatException(source, line, column, text, where + "'" + text
                    + "' is out of the double range");
        }
        return v;
    }

    private static boolean allNumbersExcept(String[] fields, int skip) {
        for (int c = 0; c < fields.length; c++) {
            if (c != skip && !NUMBER.matcher(fields[c]).matches()) {
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
