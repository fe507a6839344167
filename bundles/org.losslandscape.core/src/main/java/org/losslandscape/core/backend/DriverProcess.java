package org.losslandscape.core.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.losslandscape.compute.train.ProgressMonitor;

/**
 * A Spark driver JVM of the job jar ({@code org.losslandscape.spark.SparkDriver}) started from this one: its progress
 * lines (after {@value #PREFIX}) go to a handler, its log to a file, and cancelling the monitor sends {@code cancel}
 * on its standard input, which cancels its Spark job. Its class path — the job jar and Spark's jars — comes from the
 * system property {@value SparkComputeBackend#CLASSPATH_PROPERTY} or the environment variable
 * {@value SparkComputeBackend#CLASSPATH_ENV}.
 */
final class DriverProcess {

    /** Start of the driver's progress lines. */
    static final String PREFIX = "landscape-spark ";
    private static final String DRIVER = "org.losslandscape.spark.SparkDriver";

    private DriverProcess() {
    }

    /** @return the driver's class path, from the property or the environment */
    static String classpath() {
        String cp = System.getProperty(SparkComputeBackend.CLASSPATH_PROPERTY);
        if (cp == null || cp.isBlank()) {
            cp = System.getenv(SparkComputeBackend.CLASSPATH_ENV);
        }
        if (cp == null || cp.isBlank()) {
            throw new IllegalStateException("the Spark backend needs the job jar and Spark's jars: set "
                    + SparkComputeBackend.CLASSPATH_ENV + " (./landscape does when bundles/org.losslandscape.spark "
                    + "is built: ./mvnw -pl releng/org.losslandscape.target,bundles/org.losslandscape.spark package)");
        }
        return cp;
    }

    /**
     * Runs the driver with {@code args} until it ends.
     *
     * @param lines hears each progress line (without the prefix, split at spaces), on a reader thread
     * @param events hears "cancelling" and unreadable progress
     * @return 0 when the driver finished, 3 when its job was cancelled
     * @throws IllegalStateException when the driver failed (with the end of its log)
     */
    static int run(List<String> args, Path log, ProgressMonitor monitor, Consumer<String[]> lines,
            Consumer<String> events) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--add-modules", "jdk.incubator.vector", "-cp", classpath(), DRIVER, "--watch-stdin"));
        command.addAll(args);
        Process driver = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Thread reader = new Thread(() -> read(driver, lines, events), "landscape-spark-progress");
        reader.setDaemon(true);
        reader.start();
        boolean cancelSent = false;
        OutputStream stdin = driver.getOutputStream();
        while (!driver.waitFor(200, TimeUnit.MILLISECONDS)) {
            if (!cancelSent && monitor.isCancelled()) {
                cancelSent = true;
                events.accept("cancelling the Spark job");
                try {
                    stdin.write("cancel\n".getBytes(StandardCharsets.US_ASCII));
                    stdin.flush();
                } catch (IOException e) {
                    // the driver is ending anyway
                }
            }
        }
        reader.join(5000);
        int code = driver.exitValue();
        if (code == 0 || code == 3 || cancelSent) {
            return code == 0 ? 0 : 3;
        }
        throw new IllegalStateException("the Spark driver failed (exit " + code + "); its log is " + log + ":\n"
                + tail(log, 15));
    }

    private static void read(Process driver, Consumer<String[]> lines, Consumer<String> events) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(driver.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(PREFIX)) {
                    lines.accept(line.substring(PREFIX.length()).split(" "));
                }
            }
        } catch (IOException | RuntimeException e) {
            events.accept("Spark progress could not be read: " + e.getMessage());
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
