package org.losslandscape.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.apache.commons.math3.linear.RealMatrix;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.split.BlockStore;
import org.losslandscape.compute.split.SurfacePlan;

/**
 * A real standalone Spark cluster on this machine — a master and two one-core workers, each its own JVM started from
 * the jars Maven resolved (a {@code SPARK_HOME} of links to them, with the {@code RELEASE} file and the Scala version
 * the workers' executor launcher needs) — computes a surface while one worker is killed with its executor: Spark
 * runs the lost tasks on the other worker, and the surface equals the local pool's bit for bit.
 */
class StandaloneClusterTest {

    @TempDir
    static Path work;

    private static final List<Process> PROCESSES = new ArrayList<>();
    private static String masterUrl;
    private static Process workerToKill;
    private static Path jobJar;

    @BeforeAll
    static void startCluster() throws Exception {
        Path home = work.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.createFile(home.resolve("RELEASE")); // "this is a distribution": the executor launcher wants it
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(jar)
                    && !Files.exists(home.resolve("jars").resolve(jar.getFileName()))) {
                Files.createSymbolicLink(home.resolve("jars").resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        jobJar = jar(Path.of(System.getProperty("landscape.classes", "target/classes")), work.resolve("job.jar"));
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        Path masterLog = work.resolve("master.log");
        PROCESSES.add(start(home, masterLog, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        for (int w = 1; w <= 2; w++) {
            Process worker = start(home, work.resolve("worker" + w + ".log"), "org.apache.spark.deploy.worker.Worker",
                    masterUrl, "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port",
                    String.valueOf(freePort()), "--work-dir", work.resolve("worker" + w).toString());
            PROCESSES.add(worker);
            if (w == 1) {
                workerToKill = worker;
            }
        }
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (count(masterLog, "Registering worker") < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the workers did not register with the master:\n"
                        + Files.readString(masterLog));
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopCluster() {
        for (Process p : PROCESSES) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void aSurfaceSurvivesAKilledWorkerBitForBit() throws Exception {
        SurfaceRequest request = Fixtures.surface(Fixtures.deep(16, 48, 3), 1500, Grid.square(-1, 1, 51));
        SurfacePlan plan = SurfacePlan.of(request.grid(), 1);
        SparkConf conf = SparkDriver.configure(new SparkConf().setAppName("StandaloneClusterTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.jars", jobJar + "," + jarOf(RealMatrix.class)),
                masterUrl);
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger afterKill = new AtomicInteger();
        Surface onCluster;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            onCluster = SparkSurfaces.compute(spark, Fixtures.payload(request, work.resolve("request")), plan,
                    new BlockStore(work.resolve("blocks")), (block, done, total) -> {
                        if (done == 2 && killed.compareAndSet(false, true)) {
                            // the worker and the executor it launched, as a crashed machine would
                            workerToKill.descendants().forEach(ProcessHandle::destroyForcibly);
                            workerToKill.destroyForcibly();
                        } else if (killed.get()) {
                            afterKill.incrementAndGet();
                        }
                    });
        }
        assertTrue(killed.get(), "a worker was killed mid-job");
        assertTrue(afterKill.get() > plan.size() / 2, "most blocks finished after the kill: " + afterKill.get());
        assertTrue(onCluster.isComplete());
        Surface local = Fixtures.local(request);
        assertArrayEquals(local.losses(), onCluster.losses());
        assertArrayEquals(local.accuracies(), onCluster.accuracies());
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

    private static String jarOf(Class<?> c) throws Exception {
        return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }

    /** Packs the job's classes into a jar, as the reactor's package phase does (tests run before it). */
    private static Path jar(Path classes, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> all = Files.walk(classes)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new ZipEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, jar);
                jar.closeEntry();
            }
        }
        return target;
    }
}
