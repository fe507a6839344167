package org.losslandscape.core.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.losslandscape.compute.curvature.Hutchinson;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.request.ComputeRequest;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.request.TraceRequest;
import org.losslandscape.compute.split.BlockStore;
import org.losslandscape.compute.split.SurfacePlan;
import org.losslandscape.compute.train.ProgressMonitor;
import org.losslandscape.core.run.ComputeBackend;
import org.losslandscape.core.run.JavaComputeBackend;

/**
 * Surfaces on Apache Spark ({@code run --spark MASTER}): the request is written to the experiment's block folder and
 * a driver JVM of the Spark job jar ({@code org.losslandscape.spark.SparkDriver}) computes its blocks on the master
 * ({@code local[2]}, {@code spark://host:7077}, {@code k8s://…}), writing each finished block there; the surface it
 * returns is bit-identical to the pure-Java backend's, and lands in the result store as any run's does. A killed
 * driver leaves its blocks, and the same request (the run repeated with its seed) computes only the missing ones.
 * Progress is reported per block, and every task's start and end goes to the event consumer; cancelling the run
 * cancels the Spark job. A Hutchinson trace ({@link TraceRequest}) is computed in groups of probes the same way.
 * Other requests (training, eigenpairs, …) run on the pure-Java engine in this JVM.
 * <p>
 * Once the whole surface is back, the request's block folder is removed; a cancelled or killed run keeps it for the
 * resume. The driver's class path — the job jar and Spark's jars — comes from the system property
 * {@value #CLASSPATH_PROPERTY} or the environment variable {@value #CLASSPATH_ENV} (the {@code landscape} script sets
 * it from the reactor's build of the job module).
 */
public final class SparkComputeBackend implements ComputeBackend {

    /** This backend's id. */
    public static final String ID = "spark";
    /** The system property with the driver's class path. */
    public static final String CLASSPATH_PROPERTY = "landscape.spark.classpath";
    /** The environment variable with the driver's class path. */
    public static final String CLASSPATH_ENV = "LANDSCAPE_SPARK_CLASSPATH";

    private final String master;
    private final BlockFolders folders;
    private final int linesPerBlock;
    private final Consumer<String> events;
    private final JavaComputeBackend local = new JavaComputeBackend();

    /**
     * @param master the Spark master URL
     * @param folders where requests and finished blocks are kept
     * @param linesPerBlock grid lines per task, 0 for the driver's choice (about eight tasks per core)
     * @param events hears every task event (started, finished, failed and retried), one line each; may be null
     */
    public SparkComputeBackend(String master, BlockFolders folders, int linesPerBlock, Consumer<String> events) {
        this.master = master;
        this.folders = folders;
        this.linesPerBlock = linesPerBlock;
        this.events = events == null ? line -> { } : events;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Apache Spark at " + master + ": surfaces in blocks of grid lines, the rest in this JVM";
    }

    @Override
    public <R> R execute(ComputeRequest<R> request, Execution execution) {
        if (!(request instanceof SurfaceRequest) && !(request instanceof TraceRequest)) {
            return local.execute(request, execution);
        }
        try {
            @SuppressWarnings("unchecked")
            R answer = (R) (request instanceof SurfaceRequest surface ? surface(surface, execution.monitor())
                    : trace((TraceRequest) request, execution));
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FileFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Spark driver ran", e);
        }
    }

    private Surface surface(SurfaceRequest request, ProgressMonitor monitor)
            throws IOException, FileFormatException, InterruptedException {
        Path folder = folders.prepare(request);
        Path output = folder.resolve("surface.npy");
        int code = drive(folder, output, monitor, "loss surface");
        if (code == 0) {
            Surface surface = read(output, request.grid());
            if (!monitor.isCancelled()) {
                folders.remove(folder); // merged: the blocks are not needed any more
            } // (a run cancelled while the last blocks came in ends cancelled: it keeps them for its resume)
            return surface;
        }
        return partial(folder, request.grid()); // cancelled: what the finished blocks hold
    }

    /**
     * A Hutchinson trace in groups of probes; a cancelled job's trace is computed here (traces keep no blocks).
     */
    private Hutchinson.TraceEstimate trace(TraceRequest request, Execution execution)
            throws IOException, FileFormatException, InterruptedException {
        Path folder = folders.prepare(request);
        Path output = folder.resolve("samples.npy");
        if (drive(folder, output, execution.monitor(), "Hessian trace") != 0) {
            return local.execute(request, execution);
        }
        NpyArray samples = Npy.read(output);
        if (samples.size() != request.probes()) {
            throw new FileFormatException(output.toString(), "holds " + samples.size() + " samples, not "
                    + request.probes());
        }
        folders.remove(folder);
        return Hutchinson.summarise(samples.data());
    }

    /**
     * Runs the driver on a request folder until it ends, passing progress on and cancellation down.
     *
     * @return 0 when the output is written, 3 when the job was cancelled
     * @throws IllegalStateException when the driver failed (with the end of its log)
     */
    private int drive(Path folder, Path output, ProgressMonitor monitor, String what)
            throws IOException, InterruptedException {
        Files.deleteIfExists(output);
        List<String> args = new ArrayList<>(List.of("--master", master, "--request", folder.resolve("request")
                .toString(), "--store", folder.toString(), "--output", output.toString()));
        if (linesPerBlock > 0) {
            args.addAll(List.of("--lines-per-block", String.valueOf(linesPerBlock)));
        }
        return DriverProcess.run(args, folder.resolve("driver.log"), monitor, w -> {
            switch (w[0]) {
                case "block" -> monitor.progress(Long.parseLong(w[4]), Long.parseLong(w[5]), what + " on Spark: "
                        + "task " + w[2] + "/" + w[3]);
                case "plan" -> events.accept("Spark plan: " + w[1] + " tasks of " + w[2] + " points or probes, "
                        + w[3] + " already on disk");
                case "task-start", "task-end" -> events.accept("Spark " + String.join(" ", Arrays.asList(w)));
                default -> {
                    // "done", "cancelled": the exit code says it
                }
            }
        }, events);
    }

    private static Surface read(Path output, Grid grid) throws IOException, FileFormatException {
        NpyArray a = Npy.read(output);
        int n = grid.size();
        if (a.rank() != 2 || a.shape()[0] != 3 || a.shape()[1] != n) {
            throw new FileFormatException(output.toString(), "is not a 3 × " + n + " surface");
        }
        double[] d = a.data();
        boolean[] computed = new boolean[n];
        for (int i = 0; i < n; i++) {
            computed[i] = d[2 * n + i] != 0;
        }
        return Surface.restore(grid, Arrays.copyOfRange(d, 0, n), Arrays.copyOfRange(d, n, 2 * n), computed);
    }

    /** @return what the blocks on disk hold (a cancelled job's surface) */
    private static Surface partial(Path folder, Grid grid) throws IOException, FileFormatException {
        Surface best = new Surface(grid);
        try (var plans = Files.newDirectoryStream(folder, "lines-*")) {
            for (Path plan : plans) {
                int lines = Integer.parseInt(plan.getFileName().toString().substring("lines-".length()));
                SurfacePlan cut = SurfacePlan.of(grid, lines);
                Surface s = cut.assemble(new BlockStore(plan).read(cut).values());
                if (s.computedCount() > best.computedCount()) {
                    best = s;
                }
            }
        }
        return best;
    }
}
