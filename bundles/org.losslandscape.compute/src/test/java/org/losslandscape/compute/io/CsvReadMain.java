package org.losslandscape.compute.io;

import java.nio.file.Path;

/** Reads one CSV file and prints its shape; run in a JVM with a small heap by {@link CsvStreamingTest}. */
public final class CsvReadMain {

    private CsvReadMain() {
    }

    public static void main(String[] args) throws Exception {
        CsvData data = CsvDatasetReader.defaults().read(Path.of(args[0]));
        System.out.println(data.dataset().size() + " rows, " + data.dataset().featureCount() + " features, "
                + data.dataset().classCount() + " classes");
    }
}
