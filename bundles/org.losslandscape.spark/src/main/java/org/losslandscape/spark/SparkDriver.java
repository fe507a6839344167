package org.losslandscape.spark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.RealMatrix;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.RequestFiles;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.request.TraceRequest;
import org.losslandscape.compute.split.BlockStore;
import org.losslandscape.compute.split.ProbeGroup;
import org.losslandscape.compute.split.RequestKey;
import org.losslandscape.compute.split.SurfacePlan;
import org.losslandscape.core.backend.RunBatch;
import org.losslandscape.core.backend.SparkComputeBackend;
import org.losslandscape.core.run.RunReport;
import org.losslandscape.core.run.SweepPlan;
import org.losslandscape.core.store.ExperimentLoadException;
import org.losslandscape.core.store.ExperimentStore;

/**
 * The Spark driver of one compute request: started by {@code ./landscape run FILE --spark MASTER} (as a child JVM
 * of the command line) or by {@code spark-submit --class org.losslandscape.spark.SparkDriver JOB.jar ...}.
 * <pre>
 * SparkDriver --request DIR --store DIR --output FILE [--master URL] [--lines-per-block N] [--watch-stdin]
 * SparkDriver --runs BATCH --experiment FILE [--master URL] [--watch-stdin]
 * </pre>
 * With {@code --runs}, the tasks are the whole runs of a sweep ({@link RunBatch}, written by the command line): the
 * runs the experiment file does not hold yet run one per task, and each finished run is imported into the file as it
 * arrives (progress lines {@code run INDEX DONE TOTAL RUN-ID STATUS}).
 * Finished blocks go to {@code <store>/lines-<N>/} (one folder per way of cutting the grid).
 * It reads the request folder ({@link RequestFiles}). A surface: it computes the blocks the store does not hold and
 * writes the surface as a 3 × n {@code .npy} (loss, accuracy, computed 0/1; flat grid order). A Hutchinson trace:
 * it computes groups of probes ({@code --lines-per-block} is then probes per group) and writes every probe's sample
 * in probe order. Progress goes to standard output
 * as lines starting {@value #PREFIX}; Spark's own log goes to standard error. With {@code --watch-stdin}, a line
 * {@code cancel} on standard input (or its end) cancels the Spark job. Exit codes: 0 done, 1 failed, 2 usage,
 * 3 cancelled (the finished blocks are in the store either way).
 */
public final class SparkDriver {

    /** Start of every progress line on standard output. */
    public static final String PREFIX = "landscape-spark";
    /** The job group of the driver's jobs. */
    static final String GROUP = "landscape";

    private SparkDriver() {
    }

    /** Runs the driver; exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** @return the exit code of a driver with those arguments */
    static int run(String[] args, PrintStream out) {
        Path request = null;
        Path store = null;
        Path output = null;
        Path runs = null;
        Path experiment = null;
        String master = null;
        int lines = 0;
        boolean watch = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--request" -> request = Path.of(args[++i]);
                    case "--store" -> store = Path.of(args[++i]);
                    case "--output" -> output = Path.of(args[++i]);
                    case "--runs" -> runs = Path.of(args[++i]);
                    case "--experiment" -> experiment = Path.of(args[++i]);
                    case "--master" -> master = args[++i];
                    case "--lines-per-block" -> lines = Integer.parseInt(args[++i]);
                    case "--watch-stdin" -> watch = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (runs != null ? experiment == null : request == null || store == null || output == null) {
                throw new IllegalArgumentException(runs != null ? "--runs needs --experiment"
                        : "--request, --store and --output (or --runs and --experiment) are needed");
            }
        } catch (RuntimeException e) {
            System.err.println("SparkDriver: " + e.getMessage());
            System.err.println("usage: SparkDriver --request DIR --store DIR --output FILE [--master URL]"
                    + " [--lines-per-block N] [--watch-stdin]");
            System.err.println("       SparkDriver --runs BATCH --experiment FILE [--master URL] [--watch-stdin]");
            return 2;
        }
        if (runs != null) {
            return sweep(runs, experiment, master, watch, out);
        }
        try (JavaSparkContext spark = context(request.getFileName().toString(), master, watch, out)) {
            ComputeRequest<?> read = RequestFiles.read(request);
            if (read instanceof TraceRequest trace) {
                Hutchinson.TraceEstimate estimate = trace(spark, trace, request, lines, out);
                AtomicFiles.write(output, Npy.toBytes(NpyArray.ofDoubles(new int[] {estimate.probes()},
                        estimate.samples())));
                out.println(PREFIX + " done " + estimate.probes() + " " + estimate.probes());
                return 0;
            }
            Surface surface = surface(spark, request, store, lines, out);
            writeSurface(output, surface);
            out.println(PREFIX + " done " + surface.computedCount() + " " + surface.grid().size());
            return 0;
        } catch (IOException | FileFormatException e) {
            System.err.println("SparkDriver: " + e.getMessage());
            return 1;
        } catch (SparkSurfaces.JobFailed e) {
            return ended(e, out);
        }
    }

    /** Runs the missing runs of a batch, one per task, importing each into the experiment file as it finishes. */
    static int sweep(Path batchFile, Path experiment, String master, boolean watch, PrintStream out) {
        try (JavaSparkContext spark = context(experiment.getFileName().toString(), master, watch, out)) {
            RunBatch all = RunBatch.read(batchFile);
            RunBatch batch = all.with(SweepPlan.missing(ExperimentStore.load(experiment).experiment(),
                    all.units()));
            out.println(PREFIX + " plan " + batch.units().size() + " " + all.units().size());
            int[] done = {0};
            SparkRuns.compute(spark, batch, run -> {
                try {
                    RunReport r = run.importInto(experiment, SparkComputeBackend.ID);
                    out.println(PREFIX + " run " + run.unit().index() + " " + ++done[0] + " " + batch.units().size()
                            + " " + r.runId() + " " + r.status().getLiteral());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.println(PREFIX + " done " + done[0] + " " + batch.units().size());
            return 0;
        } catch (IOException | ExperimentLoadException e) {
            System.err.println("SparkDriver: " + e.getMessage());
            return 1;
        } catch (SparkSurfaces.JobFailed e) {
            return ended(e, out);
        }
    }

    /**
     * @return a context for the jobs of {@code name}, in the driver's job group, reporting every task on {@code out},
     *         cancelled by a line {@code cancel} on standard input when {@code watch}
     */
    private static JavaSparkContext context(String name, String master, boolean watch, PrintStream out) {
        JavaSparkContext spark = new JavaSparkContext(configure(new SparkConf().setAppName("Loss Landscape: " + name),
                master));
        spark.setJobGroup(GROUP, "loss landscape: " + name, true);
        spark.sc().addSparkListener(new TaskReporter(out));
        if (watch) {
            watchStdin(spark);
        }
        return spark;
    }

    /** @return the exit code of a job that ended early: 3 when cancelled, 1 when it failed (said on stderr) */
    private static int ended(SparkSurfaces.JobFailed e, PrintStream out) {
        if (e.cancelled()) {
            out.println(PREFIX + " cancelled");
            return 3;
        }
        System.err.println("SparkDriver: the Spark job failed: " + e.getMessage());
        return 1;
    }

    /**
     * Completes a configuration: the master (when given: else the one spark-submit set), the Vector API module on
     * executors (the same kernels as the driver, hence the same bits), and, for a cluster, the job's jars when
     * spark-submit did not ship them.
     */
    public static SparkConf configure(SparkConf conf, String master) {
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        String opts = conf.get("spark.executor.extraJavaOptions", "");
        if (!opts.contains("jdk.incubator.vector")) {
            conf.set("spark.executor.extraJavaOptions", (opts + " --add-modules jdk.incubator.vector").trim());
        }
        if (!conf.get("spark.master").startsWith("local") && !conf.contains("spark.jars")) {
            java.util.Set<String> jars = new java.util.LinkedHashSet<>();
            // the job jar, and what the engine and the whole-run tasks need beside it: commons-math3, EMF, the OSGi
            // framework API (read outside OSGi to find that there is none)
            for (Class<?> c : new Class<?>[] {SparkDriver.class, RealMatrix.class, org.eclipse.emf.ecore.EObject.class,
                org.eclipse.emf.common.util.URI.class, org.eclipse.emf.ecore.xmi.XMIResource.class,
                org.osgi.framework.FrameworkUtil.class}) {
                String jar = jarOf(c);
                if (jar != null && jar.endsWith(".jar")) {
                    jars.add(jar);
                }
            }
            conf.set("spark.jars", String.join(",", jars));
        }
        return conf;
    }

    private static String jarOf(Class<?> c) {
        try {
            return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Computes the surface of the request folder, resuming from the store. */
    static Surface surface(JavaSparkContext spark, Path requestFolder, Path storeRoot, int linesPerBlock,
            PrintStream out) throws IOException, FileFormatException {
        ComputeRequest<?> read = RequestFiles.read(requestFolder);
        if (!(read instanceof SurfaceRequest request)) {
            throw new FileFormatException(requestFolder.toString(), "is a '" + read.task()
                    + "' request; the Spark driver computes surfaces");
        }
        String key = RequestKey.of(requestFolder);
        Grid grid = request.grid();
        int perBlock = linesPerBlock > 0 ? linesPerBlock : defaultLinesPerBlock(grid, spark.defaultParallelism());
        SurfacePlan plan = SurfacePlan.of(grid, perBlock);
        // one folder per cut: a resumed driver with another block size does not mix blocks of two plans
        BlockStore store = new BlockStore(storeRoot.resolve("lines-" + perBlock));
        var found = store.read(plan).values();
        out.println(PREFIX + " plan " + plan.size() + " " + grid.size() + " " + found.size());
        int[] points = {0};
        for (var v : found) {
            points[0] += v.loss().length;
        }
        return SparkSurfaces.compute(spark, RequestPayload.of(key, requestFolder), plan, store, (block, done, total) -> {
            points[0] += block.size();
            out.println(PREFIX + " block " + block.index() + " " + done + " " + total + " " + points[0] + " "
                    + grid.size());
        });
    }

    /** Computes a Hutchinson trace in groups of probes (about four per core, or {@code perGroup} each). */
    static Hutchinson.TraceEstimate trace(JavaSparkContext spark, TraceRequest request, Path folder, int perGroup,
            PrintStream out) throws IOException {
        int size = perGroup > 0 ? perGroup
                : Math.max(1, (int) Math.ceil(request.probes() / (4.0 * Math.max(1, spark.defaultParallelism()))));
        List<ProbeGroup> groups = ProbeGroup.of(request.probes(), size);
        out.println(PREFIX + " plan " + groups.size() + " " + request.probes() + " 0");
        int[] done = {0, 0}; // groups, probes
        return SparkTraces.compute(spark, RequestPayload.of(RequestKey.of(folder), folder), groups, index -> {
            ProbeGroup g = groups.get(index);
            done[1] += g.to() - g.from();
            out.println(PREFIX + " block " + index + " " + ++done[0] + " " + groups.size() + " " + done[1] + " "
                    + request.probes());
        });
    }

    /** @return lines per block for about eight tasks per core (load balance against per-task cost) */
    public static int defaultLinesPerBlock(Grid grid, int parallelism) {
        int lines = grid.ny() > 1 ? grid.nx() : Math.max(1, grid.nx() / 8);
        return Math.max(1, lines / (8 * Math.max(1, parallelism)));
    }

    /** Writes loss, accuracy and the computed mask as a 3 × n array, atomically. */
    public static void writeSurface(Path file, Surface surface) throws IOException {
        int n = surface.grid().size();
        double[] all = new double[3 * n];
        System.arraycopy(surface.losses(), 0, all, 0, n);
        System.arraycopy(surface.accuracies(), 0, all, n, n);
        boolean[] mask = surface.computedMask();
        for (int i = 0; i < n; i++) {
            all[2 * n + i] = mask[i] ? 1 : 0;
        }
        AtomicFiles.write(file, Npy.toBytes(NpyArray.ofDoubles(new int[] {3, n}, all)));
    }

    private static void watchStdin(JavaSparkContext spark) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.trim().equals("cancel")) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the parent is gone: cancel as well
            }
            spark.cancelJobGroup(GROUP);
        }, "landscape-cancel");
        t.setDaemon(true);
        t.start();
    }
}
