package org.losslandscape.compute.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV reader streams: its memory is a small multiple of the numbers it keeps, not of the text; bytes that are not
 * UTF-8 are reported with line and byte position.
 */
class CsvStreamingTest {

    @TempDir
    Path dir;

    /** Writes {@code rows} rows of 8 features ("-0.123456" style, ~10 bytes each) and a class 0..9. */
    private Path generate(int rows) throws Exception {
        Path file = dir.resolve("big.csv");
        SplittableRandom random = new SplittableRandom(1);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("f1,f2,f3,f4,f5,f6,f7,f8,label\n");
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < 8; c++) {
                    w.write(String.format(Locale.ROOT, "%.6f,", random.nextDouble(-1, 1)));
                }
                w.write(Integer.toString(r % 10));
                w.write('\n');
            }
        }
        return file;
    }

    @Test
    void aThirtyMegabyteCsvReadsInA160MegabyteHeap() throws Exception {
        // 400,000 rows: ~31 MB of text, 3.2·10^6 values = 26 MB of numbers. Holding the text as strings (the old
        // reader's List<String[]>) needs over 400 MB and fails in this heap.
        Path file = generate(400_000);
        assertTrue(Files.size(file) > 30_000_000, "size " + Files.size(file));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path") + File.pathSeparator
                + Path.of(CsvReadMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator
                + Path.of(CsvDatasetReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(java, "-Xmx160m", "-XX:+UseSerialGC", "-cp", classPath,
                CsvReadMain.class.getName(), file.toString()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the reader did not finish");
        String output = Files.readString(log);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("400000 rows, 8 features, 10 classes"), output);
    }

    @Test
    void streamingGivesTheSameDataAsBefore() throws Exception {
        Path file = dir.resolve("small.csv");
        Files.writeString(file, "\uFEFFa,b,y\r\n1,2,cat\r\n\r\n3,4,dog\r5,6,cat\n7,8,ant", StandardCharsets.UTF_8);
        CsvData data = CsvDatasetReader.defaults().read(file);
        assertEquals(List.of("a", "b"), data.featureNames());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, data.dataset().features());
        assertEquals(List.of("ant", "cat", "dog"), data.classNames());
        assertArrayEquals(new int[] {1, 2, 1, 0}, data.dataset().labels());
    }

    @Test
    void manyNumericClassesAreNumberedQuickly() throws Exception {
        Path file = dir.resolve("classes.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int r = 0; r < 100_000; r++) {
                w.write(r + "," + (100_000 + 2 * (99_999 - r)) + "\n"); // above the direct range, in reverse order
            }
        }
        long start = System.nanoTime();
        CsvData data = CsvDatasetReader.defaults().read(file);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(100_000, data.dataset().classCount());
        assertEquals(99_999, data.dataset().labels()[0]);
        assertEquals("100000", data.classNames().get(0));
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLineTheByteAndTheFix() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "x,y\n1,a\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> CsvDatasetReader.defaults().read(file));
        String m = e.getMessage();
        assertTrue(m.startsWith("latin1.csv: line 3, byte 6 of the line (byte 14 of the file): the file is not "
                + "UTF-8 text (0xE9 is not a UTF-8 character"), m);
        assertTrue(m.contains("re-save it as UTF-8"), m);
        assertEquals(3, e.line());
        assertTrue(!m.contains("Input length") && !m.contains("Exception"), m);
    }

    @Test
    void theHandWrittenNumberCheckAcceptsWhatTheDocumentedPatternAccepts() {
        java.util.regex.Pattern documented = java.util.regex.Pattern.compile(
                "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
        for (String t : new String[] {"0", "-1", "+2.5", "1.", ".5", "-.5e3", "1e", "1e+", "1E-07", "e5", ".", "+",
            "", "1.2.3", "1,5", " 1", "NaN", "inf", "0x10", "١", "12e3.4", "-0.000001", "3.0"}) {
            assertEquals(documented.matcher(t).matches(), CsvDatasetReader.isNumber(t), "'" + t + "'");
        }
    }
}
