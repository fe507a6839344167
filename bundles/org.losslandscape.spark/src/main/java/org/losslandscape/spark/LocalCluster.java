package org.losslandscape.spark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A standalone Spark cluster on this machine — a master and one-core workers, each its own JVM — started from Spark's
 * jars without a Spark download: a {@code SPARK_HOME} of links to the jars, with the {@code RELEASE} file and the
 * Scala version the workers' executor launcher needs. For the cluster test and the W8 benchmark.
 */
public final class LocalCluster implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final String masterUrl;

    private LocalCluster(String masterUrl) {
        this.masterUrl = masterUrl;
    }

    /**
     * Starts the master and {@code workers} workers, and waits until every worker has registered.
     *
     * @param work a folder for the Spark home, the logs and the workers' folders
     * @param jars Spark's jars (e.g. this JVM's class path)
     * @throws IllegalStateException when the workers do not register within 90 s (the master's log is in the
     *         message)
     */
    public static LocalCluster start(Path work, int workers, List<Path> jars) throws IOException,
            InterruptedException {
        Path home = work.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        if (!Files.exists(home.resolve("RELEASE"))) {
            Files.createFile(home.resolve("RELEASE")); // "this is a distribution": the executor launcher wants it
        }
        for (Path jar : jars) {
            Path link = home.resolve("jars").resolve(jar.getFileName());
            if (jar.toString().endsWith(".jar") && Files.isRegularFile(jar) && !Files.exists(link)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
        int port = freePort();
        LocalCluster cluster = new LocalCluster("spark://127.0.0.1:" + port);
        Path masterLog = work.resolve("master.log");
        try {
            cluster.processes.add(start(home, masterLog, "org.apache.spark.deploy.master.Master", "--host",
                    "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
            for (int w = 1; w <= workers; w++) {
                Process worker = start(home, work.resolve("worker" + w + ".log"),
                        "org.apache.spark.deploy.worker.Worker", cluster.masterUrl, "--host", "127.0.0.1", "--cores",
                        "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()), "--work-dir",
                        work.resolve("worker" + w).toString());
                cluster.processes.add(worker);
                cluster.workers.add(worker);
            }
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (count(masterLog, "Registering worker") < workers) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the workers did not register with the master:\n"
                            + Files.readString(masterLog));
                }
                Thread.sleep(200);
            }
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** @return the jars of this JVM's class path */
    public static List<Path> classPathJars() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    /** @return the master's URL, {@code spark://127.0.0.1:PORT} */
    public String masterUrl() {
        return masterUrl;
    }

    /** Kills a worker and the executors it launched, as a crashed machine would lose them. */
    public void killWorker(int index) {
        Process worker = workers.get(index);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
    }

    /** Stops every process of the cluster. */
    @Override
    public void close() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static Process start(Path home, Path log, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", home.resolve("jars") + File.separator + "*", main));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    private static long count(Path log, String text) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
