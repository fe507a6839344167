package org.losslandscape.core.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.split.Shard;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.Experiments;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.ExperimentRunner;
import org.losslandscape.core.run.RunOptions;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.store.ExperimentStore;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.DirectionKind;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;
import org.losslandscape.model.SurfaceAnalysis;
import org.losslandscape.model.TraceAnalysis;

/**
 * Runs of an experiment with a surface on the backends that cut it into blocks: the slices of a job array meet in
 * the block folder and give the local run's surface bit for bit; on Spark ({@code local[2]}, a real driver JVM of
 * the job module) the same, and a cancelled Spark run, repeated with its seed, resumes from the blocks on disk.
 */
class BlockBackendsTest {

    private static final long SEED = 5;

    private static Path experiment(Path dir) throws Exception {
        Experiment e = Experiments.twoMoons(30, 10);
        SurfaceAnalysis s = org.losslandscape.model.LandscapeFactory.eINSTANCE.createSurfaceAnalysis();
        s.setName("plane");
        s.setResolution(13);
        s.setDirectionKind(DirectionKind.FILTER_NORMALISED);
        e.getAnalyses().add(s);
        TraceAnalysis trace = org.losslandscape.model.LandscapeFactory.eINSTANCE.createTraceAnalysis();
        trace.setName("hutch");
        trace.setProbes(12);
        e.getAnalyses().add(trace);
        return Experiments.save(e, dir.resolve("surf.landscape"));
    }

    private static RunReport run(Path file, ComputeBackend backend, ProgressMonitor monitor) throws Exception {
        ExperimentRunner runner = backend == null ? new ExperimentRunner()
                : new ExperimentRunner(new ExperimentCompiler(), backend);
        return runner.run(file, new RunOptions(2, 1, List.of(SEED)), monitor).get(0);
    }

    private static double metric(Path file, String runId, String name) throws Exception {
        Run run = ExperimentStore.load(file).experiment().getRuns().stream().filter(r -> r.getId().equals(runId))
                .findFirst().orElseThrow();
        return run.getMetrics().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    /** @return the surface of the run of that id */
    private static double[] surface(Path file, String runId) throws Exception {
        double[] values = surfaceOrNull(file, runId);
        assertTrue(values != null, "run " + runId + " stored a surface");
        return values;
    }

    /** @return the surface of the run of that id, null when it stored none */
    private static double[] surfaceOrNull(Path file, String runId) throws Exception {
        Run run = ExperimentStore.load(file).experiment().getRuns().stream().filter(r -> r.getId().equals(runId))
                .findFirst().orElseThrow();
        var ref = run.getResults().stream().filter(r -> r.getKind() == ResultKind.SURFACE).findFirst();
        return ref.isEmpty() ? null : Npy.read(ResultFiles.resolve(file, ref.get().getUri())).data();
    }

    @Test
    void theSlicesOfAJobArrayMeetInTheBlockFolder(@TempDir Path dir) throws Exception {
        Path file = experiment(dir);
        double[] local = surface(file, run(file, null, null).runId());
        for (int i = 0; i < 2; i++) {
            RunReport r = run(file, new ShardComputeBackend(new Shard(i, 3), BlockFolders.of(file)), null);
            assertEquals("shard", r.backend());
            assertEquals(null, surfaceOrNull(file, r.runId()), "a slice before the last stores no partial surface");
        }
        RunReport last = run(file, new ShardComputeBackend(new Shard(2, 3), BlockFolders.of(file)), null);
        assertEquals(RunStatus.COMPLETED, last.status(), last.message());
        assertArrayEquals(local, surface(file, last.runId()),
                "the last slice finds every block: the local surface, bit for bit");
        Path blocks = BlockFolders.of(file).root();
        assertEquals(13, blockFiles(blocks), "a slice keeps the blocks for the merge");
        double[] merged = surface(file, run(file, new ShardComputeBackend(Shard.ALL, BlockFolders.of(file)), null)
                .runId());
        assertArrayEquals(local, merged);
        assertFalse(Files.exists(blocks), "the merge removes the block folder");
    }

    /** @return the block files (of every request and cut) under {@code root}, 0 when there is none */
    private static long blockFiles(Path root) throws Exception {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (var all = Files.walk(root)) {
            return all.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().startsWith("block-")
                    && p.getParent().getFileName().toString().startsWith("lines-")).count();
        }
    }

    /** @return the job module's class path when the reactor has built it (it builds before the core) */
    private static String sparkClasspath() throws Exception {
        Path module = Path.of("..", "org.losslandscape.spark", "target").toAbsolutePath().normalize();
        Path cp = module.resolve("spark-classpath.txt");
        Path classes = module.resolve("classes");
        if (!Files.isRegularFile(cp) || !Files.isDirectory(classes.resolve("org/losslandscape/spark"))) {
            return null;
        }
        return classes + java.io.File.pathSeparator + Files.readString(cp).trim();
    }

    @Test
    void onSparkLocalTwoACancelledRunResumesAndGivesTheLocalBits(@TempDir Path dir) throws Exception {
        String cp = sparkClasspath();
        assumeTrue(cp != null, "the Spark job module is not built");
        System.setProperty(SparkComputeBackend.CLASSPATH_PROPERTY, cp);
        try {
            Path file = experiment(dir);
            double[] local = surface(file, run(file, null, null).runId());
            List<String> events = new ArrayList<>();
            AtomicBoolean cancel = new AtomicBoolean();
            ProgressMonitor cancelAfterABlock = new ProgressMonitor() {
                @Override
                public void progress(long done, long total, String message) {
                    if (message != null && message.startsWith("loss surface on Spark")) {
                        cancel.set(true);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancel.get();
                }
            };
            SparkComputeBackend spark = new SparkComputeBackend("local[2]", BlockFolders.of(file), 1,
                    line -> {
                        synchronized (events) {
                            events.add(line);
                        }
                    });
            RunReport cancelled = run(file, spark, cancelAfterABlock);
            assertEquals(RunStatus.CANCELLED, cancelled.status(), cancelled.message());
            Path blocks = BlockFolders.of(file).root();
            assertTrue(blockFiles(blocks) > 0, "an interrupted run keeps its finished blocks");
            assertTrue(events.contains("cancelling the Spark job"), events.toString());
            assertTrue(events.stream().anyMatch(l -> l.startsWith("Spark task-end")), "per-task events: " + events);
            events.clear();
            RunReport resumed = run(file, spark, null);
            assertEquals(RunStatus.COMPLETED, resumed.status(), resumed.message());
            assertEquals("spark", resumed.backend());
            assertArrayEquals(local, surface(file, resumed.runId()), "bit for bit the local surface");
            assertEquals(metric(file, "run-1", "hutch.trace"), metric(file, resumed.runId(), "hutch.trace"), 0,
                    "the trace from groups of probes on Spark, bit for bit");
            assertTrue(events.stream().filter(l -> l.startsWith("Spark plan:")).count() >= 2, "surface and trace: "
                    + events);
            String plan = events.stream().filter(l -> l.startsWith("Spark plan:")).findFirst().orElseThrow();
            // (how many blocks the cancelled job finished depends on timing; at least the first one)
            assertFalse(plan.endsWith(" 0 already on disk"), "the second run resumed: " + plan);
            assertFalse(Files.exists(blocks), "a merged surface and trace leave no block folder");
        } finally {
            System.clearProperty(SparkComputeBackend.CLASSPATH_PROPERTY);
        }
    }
}
