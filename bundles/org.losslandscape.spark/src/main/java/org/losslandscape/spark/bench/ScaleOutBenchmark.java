package org.losslandscape.spark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.losslandscape.compute.bench.Workloads;
import org.losslandscape.compute.data.Split;
import org.losslandscape.compute.landscape.Directions;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Plane;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.nn.Initializer;
import org.losslandscape.compute.nn.LayerDescription;
import org.losslandscape.compute.nn.LossType;
import org.losslandscape.compute.nn.Network;
import org.losslandscape.compute.nn.NetworkDescription;
import org.losslandscape.compute.request.DataReference;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.ModelState;
import org.losslandscape.compute.request.RequestFiles;
import org.losslandscape.compute.request.Slice;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.split.BlockStore;
import org.losslandscape.compute.split.RequestKey;
import org.losslandscape.compute.split.SurfacePlan;
import org.losslandscape.spark.LocalCluster;
import org.losslandscape.spark.RequestPayload;
import org.losslandscape.spark.SparkDriver;
import org.losslandscape.spark.SparkSurfaces;

/**
 * W8 (BENCHMARKS.md): W2's surface — the modular-addition MLP at its initialisation, two filter-normalised random
 * directions from seed 1, the training split — at {@code n × n} points (101 by default), timed on the local pool (two
 * threads), on Spark {@code local[2]} and on a standalone cluster of two one-core workers started here. Each
 * repetition computes the whole surface anew (an empty block store), after one untimed warm-up per mode. Prints one
 * JSON line with the medians, the ratios to the local pool and whether every surface equals the local one bit for bit.
 * <pre>
 * java --add-modules jdk.incubator.vector -cp JOB.jar:SPARK-JARS org.losslandscape.spark.bench.ScaleOutBenchmark
 *     [--repeat K] [--points N] [--lines-per-block L] [--no-cluster]
 * </pre>
 */
public final class ScaleOutBenchmark {

    private ScaleOutBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int repeat = 3;
        int points = 101;
        int lines = 0;
        boolean cluster = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--points" -> points = Integer.parseInt(args[++i]);
                case "--lines-per-block" -> lines = Integer.parseInt(args[++i]);
                case "--no-cluster" -> cluster = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int blockLines = lines;
        SurfaceRequest request = w2(points);
        Path work = Files.createTempDirectory("landscape-w8");
        RequestFiles.write(work.resolve("request"), request);
        RequestPayload payload = RequestPayload.of(RequestKey.of(work.resolve("request")), work.resolve("request"));

        Surface[] local = new Surface[1];
        double[] localTimes;
        try (ComputeContext two = ComputeContext.withThreads(2); ComputeContext.Binding b = two.bind()) {
            localTimes = time("local pool", repeat, () -> local[0] = request.compute(Execution.on(two)));
        }
        boolean identical = true;
        double[] sparkTimes;
        Surface[] last = new Surface[1];
        try (JavaSparkContext spark = new JavaSparkContext(SparkDriver.configure(new SparkConf()
                .setAppName("W8 local[2]").set("spark.ui.enabled", "false"), "local[2]"))) {
            sparkTimes = time("spark local[2]", repeat, () -> last[0] = onSpark(spark, payload, request, blockLines,
                    work));
            identical &= same(local[0], last[0]);
        }
        double[] clusterTimes = null;
        if (cluster) {
            try (LocalCluster c = LocalCluster.start(work.resolve("cluster"), 2, LocalCluster.classPathJars());
                    JavaSparkContext spark = new JavaSparkContext(SparkDriver.configure(new SparkConf()
                            .setAppName("W8 cluster").set("spark.ui.enabled", "false")
                            .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"),
                            c.masterUrl()))) {
                clusterTimes = time("standalone cluster", repeat, () -> last[0] = onSpark(spark, payload, request,
                        blockLines, work));
                identical &= same(local[0], last[0]);
            }
        }
        double l = median(localTimes);
        double s = median(sparkTimes);
        StringBuilder json = new StringBuilder();
        json.append(String.format(Locale.ROOT, "{\"workload\":\"W8\",\"precision\":\"f64\",\"threads\":2,"
                + "\"repeat\":%d,\"points\":%d,\"median_s\":%.3f,\"spark_local_median_s\":%.3f", repeat, points, l, s));
        if (clusterTimes != null) {
            json.append(String.format(Locale.ROOT, ",\"cluster_median_s\":%.3f", median(clusterTimes)));
        }
        json.append(String.format(Locale.ROOT, ",\"check\":{\"surface_min\":%s,\"surface_max\":%s,\"identical\":%s,"
                + "\"spark_local_ratio\":%.3f", local[0].minLoss(), local[0].maxLoss(), identical, s / l));
        json.append(clusterTimes == null ? ",\"cluster_ratio\":null}}" : String.format(Locale.ROOT,
                ",\"cluster_ratio\":%.3f}}", median(clusterTimes) / l));
        System.out.println(json);
    }

    /** @return W2's request at n × n points (the plane given, as W2 draws it: not orthogonalised) */
    static SurfaceRequest w2(int n) {
        Split split = Workloads.data();
        NetworkDescription description = new NetworkDescription(2 * Workloads.P, List.of(LayerDescription.dense(256),
                LayerDescription.relu(), LayerDescription.dense(Workloads.P)), LossType.CROSS_ENTROPY);
        Network net = description.build();
        double[] params = net.initialParameters(Initializer.pytorchDefault(), 0);
        Plane plane = Directions.randomPlane(net, params, Directions.Normalization.FILTER, false, false, 1);
        return new SurfaceRequest(new ModelState(description, params, net.initialBuffers()), new Slice.Given(plane),
                DataReference.of(split.train()), null, Grid.square(-1, 1, n));
    }

    private static Surface onSpark(JavaSparkContext spark, RequestPayload payload, SurfaceRequest request,
            int lines, Path work) throws Exception {
        int perBlock = lines > 0 ? lines : SparkDriver.defaultLinesPerBlock(request.grid(),
                spark.defaultParallelism());
        Path store = Files.createTempDirectory(work, "blocks");
        return SparkSurfaces.compute(spark, payload, SurfacePlan.of(request.grid(), perBlock), new BlockStore(store),
                null);
    }

    private static boolean same(Surface a, Surface b) {
        return Arrays.equals(a.losses(), b.losses()) && Arrays.equals(a.accuracies(), b.accuracies());
    }

    private static double[] time(String name, int repeat, Callable<?> work) throws Exception {
        work.call(); // warm-up: JIT, executors, broadcast
        double[] seconds = new double[repeat];
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            work.call();
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            System.err.printf(Locale.ROOT, "W8 %s %d/%d: %.2f s%n", name, r + 1, repeat, seconds[r]);
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
