package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetReaderTest {

    private static CsvData read(CsvDatasetReader reader, String text) throws IOException, FileFormatException {
        return reader.read(new StringReader(text), "data.csv");
    }

    private static FileFormatException fails(CsvDatasetReader reader, String text) {
        return assertThrows(FileFormatException.class, () -> read(reader, text));
    }

    @Test
    void headerDetectedAndIntegerLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("iris.csv");
        Files.writeString(file, "x1,x2,label\n1.5,2,0\n\n-3e2, .5 ,2\r\n", StandardCharsets.UTF_8);
        CsvData data = CsvDatasetReader.defaults().read(file);
        assertEquals("iris", data.dataset().name());
        assertEquals(List.of("x1", "x2"), data.featureNames());
        assertEquals("label", data.labelName());
        assertArrayEquals(new double[] {1.5, 2, -300, 0.5}, data.dataset().features());
        assertArrayEquals(new int[] {0, 2}, data.dataset().labels());
        assertEquals(3, data.dataset().classCount());
        assertEquals(List.of("0", "1", "2"), data.classNames());
    }

    @Test
    void noHeaderAndStringLabelsInSortedOrder() throws Exception {
        CsvData data = read(CsvDatasetReader.defaults(), "1,2,virginica\n3,4,setosa\n5,6,versicolor\n7,8,setosa\n");
        assertEquals(List.of("col1", "col2"), data.featureNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), data.classNames());
        assertArrayEquals(new int[] {2, 0, 1, 0}, data.dataset().labels());
        assertEquals(4, data.dataset().size());
    }

    @Test
    void negativeIntegerLabelsNumberedInNumericOrder() throws Exception {
        CsvData data = read(CsvDatasetReader.defaults(), "1,-1\n2,1\n3,-1\n4,10\n");
        assertEquals(List.of("-1", "1", "10"), data.classNames());
        assertArrayEquals(new int[] {0, 1, 0, 2}, data.dataset().labels());
    }

    @Test
    void quotedFieldsSemicolonAndLabelByName() throws Exception {
        String text = "\"class; name\";a;\"b \"\"quoted\"\"\"\n\"cat;dog\";1;\"2.5\"\n plain ; 3 ; 4\n";
        CsvData data = read(CsvDatasetReader.defaults().withSeparator(';').withLabelColumn("class; name"), text);
        assertEquals(List.of("a", "b \"quoted\""), data.featureNames());
        assertEquals(List.of("cat;dog", "plain"), data.classNames());
        assertArrayEquals(new double[] {1, 2.5, 3, 4}, data.dataset().features());
    }

    @Test
    void tabSeparatedRegressionByIndex() throws Exception {
        CsvData data = read(CsvDatasetReader.defaults().withSeparator('\t').withLabelColumn(0).withRegression(true)
                .withHeader(CsvDatasetReader.Header.ABSENT), "0.5\t1\t2\n-1.25\t3\t4\n");
        assertTrue(!data.dataset().isClassification());
        assertArrayEquals(new double[] {0.5, -1.25}, data.dataset().targets());
        assertArrayEquals(new double[] {1, 2, 3, 4}, data.dataset().features());
        assertEquals(List.of(), data.classNames());
    }

    @Test
    void raggedRow() {
        FileFormatException e = fails(CsvDatasetReader.defaults(), "a,b,c,y\n1,2,3,0\n1,2,3,0\n1,2,0\n");
        assertEquals("data.csv: line 4 has 3 fields, expected 4", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void textInNumericColumn() {
        FileFormatException e = fails(CsvDatasetReader.defaults(), "x1,x2,y\n1,2,0\n\n1,abc,1\n");
        assertEquals("data.csv: line 4, column 'x2': 'abc' is not a number", e.getMessage());
        assertEquals("x2", e.column());
        assertEquals("abc", e.offendingText());
    }

    @Test
    void nanAndInfinityRejected() {
        FileFormatException nan = fails(CsvDatasetReader.defaults(), "x1,x2,y\n1,2,0\nNaN,2,0\n");
        assertTrue(nan.getMessage().startsWith("data.csv: line 3, column 'x1': NaN is not allowed"),
                nan.getMessage());
        FileFormatException inf = fails(CsvDatasetReader.defaults(), "x1,x2,y\n1,-inf,0\n");
        assertTrue(inf.getMessage().contains("line 2, column 'x2'") && inf.getMessage().contains("'-inf'"),
                inf.getMessage());
        FileFormatException overflow = fails(CsvDatasetReader.defaults(), "x1,x2,y\n1,1e999,0\n");
        assertTrue(overflow.getMessage().contains("'1e999'"), overflow.getMessage());
        FileFormatException target = fails(CsvDatasetReader.defaults().withRegression(true), "x,t\n1,nan\n");
        assertTrue(target.getMessage().contains("line 2, column 't': NaN"), target.getMessage());
    }

    @Test
    void emptyAndHeaderOnlyFiles() {
        assertEquals("data.csv: file is empty", fails(CsvDatasetReader.defaults(), "").getMessage());
        assertEquals("data.csv: file is empty", fails(CsvDatasetReader.defaults(), "\n  \n").getMessage());
        FileFormatException headerOnly = fails(CsvDatasetReader.defaults(), "x1,x2,y\n");
        assertTrue(headerOnly.getMessage().contains("line 1 is a header and there are no data rows"),
                headerOnly.getMessage());
    }

    @Test
    void unknownLabelColumn() {
        FileFormatException e = fails(CsvDatasetReader.defaults().withLabelColumn("target"), "x1,x2,y\n1,2,0\n");
        assertTrue(e.getMessage().contains("unknown label column 'target'"), e.getMessage());
        assertTrue(e.getMessage().contains("x1, x2, y"), e.getMessage());
        FileFormatException index = fails(CsvDatasetReader.defaults().withLabelColumn(5), "1,2,0\n");
        assertTrue(index.getMessage().contains("label column index 5"), index.getMessage());
    }

    @Test
    void unterminatedQuoteAndEmptyLabel() {
        FileFormatException quote = fails(CsvDatasetReader.defaults(), "x,y\n1,\"abc\n");
        assertTrue(quote.getMessage().contains("line 2: unterminated quoted field"), quote.getMessage());
        FileFormatException label = fails(CsvDatasetReader.defaults(), "x,y\n1,a\n2,\n");
        assertTrue(label.getMessage().contains("line 3, column 'y': empty class label"), label.getMessage());
    }
}
