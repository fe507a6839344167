package org.losslandscape.core.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.losslandscape.compute.io.AtomicFiles;
import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Json;
import org.losslandscape.compute.io.JsonException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.compute.landscape.SharedPlane;
import org.losslandscape.core.results.Interval;
import org.losslandscape.core.results.ResultKey;
import org.losslandscape.core.results.ResultKeys;
import org.losslandscape.core.results.ResultMetadata;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.core.store.ResultPaths;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.ResultKind;
import org.losslandscape.model.ResultRef;

/**
 * Where a {@link SharedPlaneResult} lives and how it is written and read. A comparison belongs to several runs, so it
 * lies beside the runs' folders rather than in one of them: {@code NAME.results/_compare/<name>/} holds
 * {@code surface.npy} (the loss, rows α, columns β), one {@code path-<run>.npy} per run ({@code [k, 2]}: its
 * checkpoints' coordinates) and {@code plane.json} (the runs, the plane's kind, the ranges, the explained variance).
 * The folder's name starts with '_', which no run id does, so it never meets a run's folder. Every file is written
 * atomically; the experiment file is not touched.
 * <p>
 * For drawing, {@link #ref} describes a stored comparison as a result reference of kind {@link #KIND} (not contained
 * in any run), which the figure provider of that kind reads back with {@link #read(Path, ResultRef)}.
 */
public final class SharedPlaneFiles {

    /** The kind of result of a shared plane. */
    public static final ResultKind KIND = ResultKind.valueOf("SHARED_PLANE");

    /** The runs on the plane, in order. */
    public static final ResultKey<List<String>> RUNS = ResultKey.texts("runs");

    /** How the plane was chosen: {@code PCA} or {@code SOLUTIONS}. */
    public static final ResultKey<String> PLANE = ResultKey.text("plane");

    /** The folder of all comparisons inside the results folder. */
    public static final String FOLDER = "_compare";

    private static final String META = "plane.json";
    private static final String SURFACE = "surface.npy";

    private SharedPlaneFiles() {
    }

    /**
     * @return {@code NAME.results/_compare/<name>}
     * @throws IllegalArgumentException when the name is not a plain file name
     */
    public static Path folder(Path experimentFile, String name) {
        if (!ResultPaths.isValidRunId(name)) {
            throw new IllegalArgumentException("comparison name \"" + name + "\" is not usable: "
                    + ResultPaths.RUN_ID_RULE.replace("a run id", "a comparison name"));
        }
        return ResultFiles.resultsFolder(experimentFile).resolve(FOLDER).resolve(name);
    }

    /** Writes the result's files (each atomically) and returns its folder. */
    public static Path write(Path experimentFile, SharedPlaneResult r) throws IOException {
        Path folder = folder(experimentFile, r.name());
        Files.createDirectories(folder);
        int nx = r.x().length;
        int ny = r.y().length;
        Npy.write(folder.resolve(SURFACE), NpyArray.ofDoubles(new int[] {nx, ny}, r.losses()));
        List<Object> pathFiles = new ArrayList<>();
        for (int k = 0; k < r.runs().size(); k++) {
            double[][] path = r.paths().get(k);
            double[] flat = new double[path.length * 2];
            for (int i = 0; i < path.length; i++) {
                flat[2 * i] = path[i][0];
                flat[2 * i + 1] = path[i][1];
            }
            String file = pathFile(r.runs().get(k));
            Npy.write(folder.resolve(file), NpyArray.ofDoubles(new int[] {path.length, 2}, flat));
            pathFiles.add(file);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", r.name());
        meta.put("plane", r.kind().name());
        meta.put("runs", List.copyOf(r.runs()));
        meta.put("labels", List.copyOf(r.labels()));
        meta.put("surface_run", r.surfaceRun());
        meta.put("x_range", new double[] {r.x()[0], r.x()[nx - 1]});
        meta.put("y_range", new double[] {r.y()[0], r.y()[ny - 1]});
        meta.put("points", List.of(nx, ny));
        meta.put("explained_variance", r.explainedVariance().clone());
        meta.put("off_plane", r.offPlane().clone());
        meta.put("surface", SURFACE);
        meta.put("paths", pathFiles);
        AtomicFiles.writeString(folder.resolve(META), Json.write(meta) + "\n");
        return folder;
    }

    /** @return the names of the comparisons stored for the experiment, sorted; none when there is no folder */
    public static List<String> names(Path experimentFile) throws IOException {
        Path root = ResultFiles.resultsFolder(experimentFile).resolve(FOLDER);
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path d : dirs) {
                String n = d.getFileName().toString();
                if (ResultPaths.isValidRunId(n) && Files.isRegularFile(d.resolve(META))) {
                    names.add(n);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * @return the stored comparison of that name
     * @throws IOException naming the file when one is missing, unreadable or of the wrong shape
     */
    public static SharedPlaneResult read(Path experimentFile, String name) throws IOException {
        Path folder = folder(experimentFile, name);
        Path metaFile = folder.resolve(META);
        Map<?, ?> meta;
        try {
            meta = (Map<?, ?>) Json.parse(Files.readString(metaFile, StandardCharsets.UTF_8));
        } catch (JsonException | ClassCastException e) {
            throw new IOException(metaFile + ": not a shared plane's description: " + e.getMessage(), e);
        }
        try {
            SharedPlane.Kind kind = SharedPlane.Kind.valueOf(text(meta, "plane"));
            List<String> runs = texts(meta, "runs");
            double[] xr = reals(meta, "x_range");
            double[] yr = reals(meta, "y_range");
            NpyArray surface = Npy.read(folder.resolve(SURFACE));
            if (surface.rank() != 2 || xr.length != 2 || yr.length != 2) {
                throw new IOException(folder.resolve(SURFACE) + ": expected a 2D surface and two ranges");
            }
            double[] x = new Interval(xr[0], xr[1]).linspace(surface.shape()[0]);
            double[] y = new Interval(yr[0], yr[1]).linspace(surface.shape()[1]);
            List<double[][]> paths = new ArrayList<>();
            for (String run : runs) {
                Path file = folder.resolve(pathFile(run));
                NpyArray a = Npy.read(file);
                if (a.rank() != 2 || a.shape()[1] != 2) {
                    throw new IOException(file + ": expected [k, 2] coordinates");
                }
                double[][] rows = new double[a.shape()[0]][];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = new double[] {a.data()[2 * i], a.data()[2 * i + 1]};
                }
                paths.add(rows);
            }
            return new SharedPlaneResult(name, kind, runs, texts(meta, "labels"), x, y, surface.data(), paths,
                    reals(meta, "explained_variance"), reals(meta, "off_plane"), text(meta, "surface_run"));
        } catch (FileFormatException | RuntimeException e) {
            throw new IOException(folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the stored comparison a reference made by {@link #ref} points to
     * @throws IOException when the reference leads outside the results folder, or as {@link #read(Path, String)}
     */
    public static SharedPlaneResult read(Path experimentFile, ResultRef ref) throws IOException {
        Path surface = ResultFiles.resolve(experimentFile, ref.getUri());
        Path folder = surface.getParent();
        if (!folder.getParent().getFileName().toString().equals(FOLDER)) {
            throw new IOException(ref.getUri() + " is not a shared plane's surface (" + FOLDER + "/NAME/" + SURFACE
                    + ")");
        }
        return read(experimentFile, folder.getFileName().toString());
    }

    /**
     * @return a reference of kind {@link #KIND} to the stored comparison's surface, with its description and metadata
     *         (not contained in any run: the comparison belongs to several)
     */
    public static ResultRef ref(Path experimentFile, SharedPlaneResult r) {
        ResultRef ref = LandscapeFactory.eINSTANCE.createResultRef();
        ref.setKind(KIND);
        ref.setUri(ResultFiles.relativeUri(experimentFile, folder(experimentFile, r.name()).resolve(SURFACE)));
        ref.setDescription("Loss of run " + r.surfaceRun() + " on " + r.planeDescription() + ", with the paths of "
                + String.join(", ", r.labels()) + explained(r));
        ResultMetadata.builder().put(RUNS, r.runs()).put(PLANE, r.kind().name())
                .put(ResultKeys.X_RANGE, new Interval(r.x()[0], r.x()[r.x().length - 1]))
                .put(ResultKeys.Y_RANGE, new Interval(r.y()[0], r.y()[r.y().length - 1]))
                .put(ResultKeys.POINTS, (long) r.x().length)
                .put(ResultKeys.EXPLAINED_VARIANCE, java.util.Arrays.stream(r.explainedVariance()).boxed().toList())
                .build().writeTo(ref);
        return ref;
    }

    private static String explained(SharedPlaneResult r) {
        double[] v = r.explainedVariance();
        if (r.kind() == SharedPlane.Kind.PCA && v.length >= 2) {
            return String.format(Locale.ROOT, "; the two directions explain %.1f %% and %.1f %% of the variance",
                    100 * v[0], 100 * v[1]);
        }
        return v.length >= 1 ? String.format(Locale.ROOT, "; %.1f %% of the checkpoints' variance lies in the plane",
                100 * v[0]) : "";
    }

    private static String pathFile(String runId) {
        return "path-" + ResultPaths.requireRunId(runId) + ".npy";
    }

    private static String text(Map<?, ?> meta, String key) {
        Object v = meta.get(key);
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not text");
        }
        return s;
    }

    private static List<String> texts(Map<?, ?> meta, String key) {
        if (!(meta.get(key) instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a list");
        }
        return list.stream().map(o -> {
            if (!(o instanceof String s)) {
                throw new IllegalArgumentException("\"" + key + "\" holds " + o + ", not text");
            }
            return s;
        }).toList();
    }

    private static double[] reals(Map<?, ?> meta, String key) {
        if (!(meta.get(key) instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a list");
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i) instanceof Number n ? n.doubleValue() : Double.NaN; // null: not finite when written
        }
        return out;
    }
}
