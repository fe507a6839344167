package org.losslandscape.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.split.BlockStore;
import org.losslandscape.compute.split.SurfacePlan;
import org.losslandscape.core.backend.RunBatch;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunUnit;
import org.losslandscape.core.run.SweepPlan;
import org.losslandscape.core.store.ExperimentStore;

/**
 * A real standalone Spark cluster on this machine — a master and two one-core workers, each its own JVM started from
 * the jars Maven resolved (a {@code SPARK_HOME} of links to them, with the {@code RELEASE} file and the Scala version
 * the workers' executor launcher needs). Started once: first a six-variant sweep runs as one task per whole run on
 * both workers, its runs the local pool's bit for bit; then a surface is computed while one worker is killed with its
 * executor: Spark runs the lost tasks on the other worker, and the surface equals the local pool's bit for bit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTest {

    @TempDir
    static Path work;

    private static LocalCluster cluster;
    private static Path jobJar;

    @BeforeAll
    static void startCluster() throws Exception {
        jobJar = jar(Path.of(System.getProperty("landscape.classes", "target/classes")), work.resolve("job.jar"));
        cluster = LocalCluster.start(work, 2, LocalCluster.classPathJars());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static SparkConf conf() throws Exception {
        return SparkDriver.configure(new SparkConf().setAppName("StandaloneClusterTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.jars", jobJar + "," + jarOf(RealMatrix.class))
                // jobs start once both workers' executors are there: the standalone backend counts the ratio
                // against spark.cores.max, so without it any one executor is "enough" and may take every task
                .set("spark.cores.max", "2").set("spark.scheduler.minRegisteredResourcesRatio", "1.0")
                .set("spark.scheduler.maxRegisteredResourcesWaitingTime", "60s"), cluster.masterUrl());
    }

    @Test
    @Order(1)
    void aSweepRunsAsWholeRunsOnBothWorkersBitForBit() throws Exception {
        Path file = Sweeps.experiment(work.resolve("sweep/spark/sweep.landscape"));
        List<RunUnit> units = SweepPlan.of(ExperimentStore.load(file).experiment(), new RunOptions(1, 1, List.of(
                Sweeps.SEED)));
        Set<String> executors = ConcurrentHashMap.newKeySet();
        try (JavaSparkContext spark = new JavaSparkContext(conf())) {
            spark.sc().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
                @Override
                public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) {
                    executors.add(end.taskInfo().executorId());
                }
            });
            SparkRuns.compute(spark, RunBatch.of(file, units, RunBatch.DEFAULT_BROADCAST_LIMIT), run -> {
                try {
                    run.importInto(file, "spark");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertEquals(2, executors.size(), "the runs spread over both workers' executors: " + executors);
        Sweeps.assertSameRuns(Sweeps.local(work.resolve("sweep/local/sweep.landscape")), file, "spark");
    }

    @Test
    @Order(2)
    void aSurfaceSurvivesAKilledWorkerBitForBit() throws Exception {
        SurfaceRequest request = Fixtures.surface(Fixtures.deep(16, 48, 3), 1500, Grid.square(-1, 1, 51));
        SurfacePlan plan = SurfacePlan.of(request.grid(), 1);
        SparkConf conf = conf();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger afterKill = new AtomicInteger();
        Surface onCluster;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            onCluster = SparkSurfaces.compute(spark, Fixtures.payload(request, work.resolve("request")), plan,
                    new BlockStore(work.resolve("blocks")), (block, done, total) -> {
                        if (done == 2 && killed.compareAndSet(false, true)) {
                            cluster.killWorker(0); // with its executor, as a crashed machine would

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
