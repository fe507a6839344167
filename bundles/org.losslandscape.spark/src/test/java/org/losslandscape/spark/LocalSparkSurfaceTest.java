package org.losslandscape.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.RequestFiles;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.request.TraceRequest;
import org.losslandscape.compute.split.BlockStore;
import org.losslandscape.compute.split.ProbeGroup;
import org.losslandscape.compute.split.RequestKey;
import org.losslandscape.compute.split.SurfacePlan;

/** Surfaces on Spark in {@code local[2]} mode (the embedded mode CI runs): the same bits as the local pool. */
class LocalSparkSurfaceTest {

    private static JavaSparkContext spark;

    @BeforeAll
    static void start() {
        spark = new JavaSparkContext(SparkDriver.configure(new SparkConf().setAppName("LocalSparkSurfaceTest")
                .set("spark.ui.enabled", "false"), "local[2]"));
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Test
    void aSweptSurfaceIsBitIdenticalToTheLocalPool(@TempDir Path dir) throws Exception {
        SurfaceRequest request = Fixtures.surface(Fixtures.mlp(12, 32, 3), 300, Grid.square(-1, 1, 51));
        SurfacePlan plan = SurfacePlan.of(request.grid(), 2);
        AtomicInteger blocks = new AtomicInteger();
        Surface onSpark = SparkSurfaces.compute(spark, Fixtures.payload(request, dir.resolve("request")), plan,
                new BlockStore(dir.resolve("blocks")), (b, done, total) -> blocks.incrementAndGet());
        Surface local = Fixtures.local(request);
        assertTrue(onSpark.isComplete());
        assertEquals(plan.size(), blocks.get(), "one report per block");
        assertArrayEquals(local.losses(), onSpark.losses());
        assertArrayEquals(local.accuracies(), onSpark.accuracies());
    }

    @Test
    void aTraceInGroupsOfProbesIsBitIdenticalToTheLocalEstimate(@TempDir Path dir) throws Exception {
        SurfaceRequest s = Fixtures.surface(Fixtures.mlp(10, 24, 3), 150, Grid.square(-1, 1, 3));
        TraceRequest request = new TraceRequest(s.model(), s.data(), 30, 4);
        RequestFiles.write(dir, request);
        AtomicInteger groups = new AtomicInteger();
        Hutchinson.TraceEstimate onSpark = SparkTraces.compute(spark, RequestPayload.of(RequestKey.of(dir), dir),
                ProbeGroup.of(30, 4), index -> groups.incrementAndGet());
        Hutchinson.TraceEstimate local;
        try (ComputeContext one = ComputeContext.withThreads(1); ComputeContext.Binding b = one.bind()) {
            local = request.compute(Execution.on(one));
        }
        assertEquals(8, groups.get());
        assertArrayEquals(local.samples(), onSpark.samples());
        assertEquals(local.trace(), onSpark.trace(), 0);
        assertEquals(local.standardError(), onSpark.standardError(), 0);
    }

    @Test
    void anInterruptedSurfaceResumesWithTheMissingBlocksOnly(@TempDir Path dir) throws Exception {
        SurfaceRequest request = Fixtures.surface(Fixtures.deep(8, 16, 3), 200, new Grid(-1, 1, 25, -1, 1, 21));
        SurfacePlan plan = SurfacePlan.of(request.grid(), 1);
        RequestPayload payload = Fixtures.payload(request, dir.resolve("request"));
        BlockStore store = new BlockStore(dir.resolve("blocks"));
        // the job is cancelled as its third block lands: the driver "dies" with some blocks on disk
        spark.setJobGroup("resume-test", "interrupted", true);
        SparkSurfaces.JobFailed stopped = assertThrows(SparkSurfaces.JobFailed.class, () -> SparkSurfaces.compute(spark, payload, plan, store,
                (b, done, total) -> {
                    if (done == 3) {
                        spark.cancelJobGroup("resume-test");
                    }
                }));
        assertTrue(stopped.cancelled(), stopped.getMessage());
        int kept = store.read(plan).size();
        assertTrue(kept >= 3 && kept < plan.size(), "finished blocks are on disk: " + kept);
        AtomicInteger computed = new AtomicInteger();
        Surface resumed = SparkSurfaces.compute(spark, payload, plan, store, (b, done, total) -> {
            computed.incrementAndGet();
            assertTrue(done > kept);
        });
        assertEquals(plan.size() - kept, computed.get(), "only the missing blocks are computed again");
        Surface local = Fixtures.local(request);
        assertArrayEquals(local.losses(), resumed.losses());
        assertArrayEquals(local.accuracies(), resumed.accuracies());
    }
}
