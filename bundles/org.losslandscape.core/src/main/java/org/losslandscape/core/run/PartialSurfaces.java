package org.losslandscape.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.Grid;
import org.losslandscape.compute.landscape.Surface;
import org.losslandscape.compute.linalg.ComputeContext;
import org.losslandscape.compute.request.Execution;
import org.losslandscape.compute.request.SurfaceRequest;
import org.losslandscape.compute.request.SurfaceSink;
import org.losslandscape.compute.split.RequestKey;
import org.losslandscape.core.store.ResultFiles;

/**
 * The finished points of loss surfaces that a run computes in this JVM, kept on disk so that a cancelled or killed
 * run's surface is resumed by the next run that asks for the same surface. A surface is stored as
 * {@code <name>.results/.partial-surfaces/<request key>.npy}, an array {@code [3, points]} of losses, accuracies and
 * computed flags (1 or 0), written atomically after each coarse-to-fine stage and every
 * {@value #SAVE_INTERVAL_MILLIS} ms of work within a stage. The key is the SHA-256 of the encoded request
 * ({@link RequestKey}: network, parameters, buffers, slice and its seed, grid, data), so a file is only ever resumed
 * by a request whose points have exactly its values; the evaluator gives every point the same bits whichever others
 * are done, so a resumed surface is bit-identical to an uninterrupted one. The file is deleted when the surface
 * completes.
 */
final class PartialSurfaces {

    /** The folder inside the results folder. */
    static final String FOLDER = ".partial-surfaces";
    /** Points finished within a stage are saved at most this often (and at each stage's end). */
    static final long SAVE_INTERVAL_MILLIS = 2000;
    /** The interval in use: {@link #SAVE_INTERVAL_MILLIS}; tests shorten it to save after every group of points. */
    static volatile long saveIntervalMillis = SAVE_INTERVAL_MILLIS;

    private final Path experimentFile;
    private final Path folder;

    /** The partial surfaces of an experiment file. */
    PartialSurfaces(Path experimentFile) {
        this.experimentFile = experimentFile;
        this.folder = ResultFiles.resultsFolder(experimentFile).resolve(FOLDER);
    }

    /** @return the file of the surface with that request key */
    Path file(String key) {
        return folder.resolve(key + ".npy");
    }

    /**
     * @return the stored points of the surface over {@code grid} with that key; null when there is no file, or when
     *         it cannot be read or does not fit the grid (it is then ignored, and overwritten by the next save)
     */
    Surface read(String key, Grid grid) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            NpyArray a = Npy.read(f);
            int n = grid.size();
            if (a.shape().length != 2 || a.shape()[0] != 3 || a.shape()[1] != n) {
                return null;
            }
            double[] d = a.data();
            double[] loss = java.util.Arrays.copyOfRange(d, 0, n);
            double[] accuracy = java.util.Arrays.copyOfRange(d, n, 2 * n);
            boolean[] computed = new boolean[n];
            for (int i = 0; i < n; i++) {
                computed[i] = d[2 * n + i] == 1;
            }
            return Surface.restore(grid, loss, accuracy, computed);
        } catch (IOException | FileFormatException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the surface's points atomically (a crash leaves the previous file or this one, never a torn one). */
    void write(String key, Surface surface) throws IOException {
        int n = surface.grid().size();
        double[] all = new double[3 * n];
        System.arraycopy(surface.losses(), 0, all, 0, n);
        System.arraycopy(surface.accuracies(), 0, all, n, n);
        boolean[] computed = surface.computedMask();
        for (int i = 0; i < n; i++) {
            all[2 * n + i] = computed[i] ? 1 : 0;
        }
        Npy.write(file(key), NpyArray.ofDoubles(new int[] {3, n}, all));
    }

    /** Deletes the surface's file, and the folder when it is empty. */
    void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
        try (var rest = Files.list(folder)) {
            if (rest.findAny().isEmpty()) {
                Files.deleteIfExists(folder);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing left
        }
    }

    /**
     * Computes a surface request on the execution's threads in this JVM, starting from the points a previous run
     * left for the same request, and keeps its finished points on disk until it is complete.
     *
     * @param live hears the stages as they complete (a stage includes the resumed points)
     * @param notes gets "resumed N of M points from …", "kept N of M points in … for the next run" when
     *            cancelled, and any failure to save
     * @return the surface: complete, or what was done when the execution was cancelled
     */
    Surface compute(SurfaceRequest request, Execution execution, SurfaceSink live, List<String> notes) {
        String key = RequestKey.of(request);
        Grid grid = request.grid();
        Surface surface = read(key, grid);
        if (surface == null) {
            surface = new Surface(grid);
        } else {
            int resumed = surface.computedCount();
            notes.add("resumed " + resumed + " of " + grid.size() + " points of a loss surface from "
                    + experimentFile.getParent().relativize(file(key)));
        }
        Saver saver = new Saver(key, live);
        boolean complete = false;
        try (ComputeContext.Binding bound = execution.threads().bind()) {
            complete = request.fill(surface, execution.withSurfaces(saver));
        } finally {
            try {
                if (complete) {
                    delete(key);
                } else if (surface.computedCount() > 0) {
                    write(key, surface);
                    notes.add("kept " + surface.computedCount() + " of " + grid.size()
                            + " points of a loss surface in " + experimentFile.getParent().relativize(file(key))
                            + " for the next run");
                }
            } catch (IOException e) {
                saver.failure = e;
            }
            if (saver.failure != null) {
                notes.add("the finished points of a loss surface could not be kept in " + file(key) + ": "
                        + saver.failure.getMessage());
            }
        }
        return surface;
    }

    /** Saves after each stage and every {@link #SAVE_INTERVAL_MILLIS} within one, and passes stages on. */
    private final class Saver implements SurfaceSink {
        private final String key;
        private final SurfaceSink live;
        private long lastSave = System.nanoTime();
        private IOException failure;

        Saver(String key, SurfaceSink live) {
            this.key = key;
            this.live = live;
        }

        @Override
        public void stage(SurfaceRequest request, Surface surface, int stride) {
            if (stride > 1) {
                save(surface); // the last stage completes the surface: its file is deleted instead
            }
            live.stage(request, surface, stride);
        }

        @Override
        public void points(SurfaceRequest request, Surface surface) {
            if (System.nanoTime() - lastSave >= saveIntervalMillis * 1_000_000L) {
                save(surface);
            }
            live.points(request, surface);
        }

        private void save(Surface surface) {
            lastSave = System.nanoTime();
            try {
                write(key, surface);
            } catch (IOException e) {
                failure = e; // the run goes on; it is said in the notes
            }
        }
    }
}
