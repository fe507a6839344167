package org.losslandscape.core.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.losslandscape.compute.io.FileFormatException;
import org.losslandscape.compute.io.Npy;
import org.losslandscape.compute.io.NpyArray;
import org.losslandscape.core.store.ResultFiles;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.ResultRef;
import org.losslandscape.model.Run;
import org.losslandscape.model.RunStatus;

/**
 * Reads a run's results through a {@link DataProvider}, in one of two ways: tolerant (a result that cannot be read,
 * lies outside the results folder or has another shape than its kind needs is left out, with one line to
 * {@code skipped} naming the file and why) or strict (the first such problem is thrown, naming the file).
 */
public final class ResultReader {

    private ResultReader() {
    }

    /**
     * @return the data of every result of the run that the provider accepts and can read, by result name (the file
     *         name without {@code .npy}), in the run's order; each other one is reported to {@code skipped}
     */
    public static <T> Map<String, T> all(DataProvider<T> provider, Path experimentFile, Run run,
            Consumer<String> skipped) {
        Map<String, T> data = new LinkedHashMap<>();
        for (ResultRef ref : run.getResults()) {
            if (provider.accepts(ref)) {
                try {
                    data.put(name(ref), provider.read(experimentFile, run, ref));
                } catch (IOException | RuntimeException e) {
                    skipped.accept(skipMessage(ref, e));
                }
            }
        }
        return data;
    }

    /**
     * @return the data of every result of the run that the provider accepts, by result name
     * @throws IOException naming the file when one cannot be read or has another shape than its kind needs
     */
    public static <T> Map<String, T> all(DataProvider<T> provider, Path experimentFile, Run run) throws IOException {
        List<String> skips = new ArrayList<>();
        Map<String, T> data = all(provider, experimentFile, run, skips::add);
        throwFirst(skips);
        return data;
    }

    /**
     * @return the data of the run's first result that the provider accepts, or null when there is none
     * @throws IOException naming the file when it cannot be read or has another shape than its kind needs
     */
    public static <T> T first(DataProvider<T> provider, Path experimentFile, Run run) throws IOException {
        for (ResultRef ref : run.getResults()) {
            if (provider.accepts(ref)) {
                try {
                    return provider.read(experimentFile, run, ref);
                } catch (IllegalArgumentException e) {
                    throw new IOException(problem(ref, e), e);
                }
            }
        }
        return null;
    }

    /**
     * @return every run's training curves that can be read, by run id, in run order; each other one is reported to
     *         {@code skipped}
     */
    public static Map<String, CurveTable> curves(Path experimentFile, Experiment experiment,
            Consumer<String> skipped) {
        Map<String, CurveTable> tables = new LinkedHashMap<>();
        for (Run r : experiment.getRuns()) {
            all(DataProviders.CURVES, experimentFile, r, skipped).values().forEach(c -> tables.put(r.getId(), c));
        }
        return tables;
    }

    /**
     * @return every run's training curves, by run id, in run order
     * @throws IOException naming the file when one cannot be read or has another shape
     */
    public static Map<String, CurveTable> curves(Path experimentFile, Experiment experiment) throws IOException {
        List<String> skips = new ArrayList<>();
        Map<String, CurveTable> tables = curves(experimentFile, experiment, skips::add);
        throwFirst(skips);
        return tables;
    }

    /** @return the latest completed run, or null */
    public static Run lastCompleted(Experiment experiment) {
        Run last = null;
        for (Run r : experiment.getRuns()) {
            if (r.getStatus() == RunStatus.COMPLETED) {
                last = r;
            }
        }
        return last;
    }

    /** @return the result's name: its file name without {@code .npy} */
    public static String name(ResultRef ref) {
        String uri = ref.getUri() == null ? "" : ref.getUri();
        return uri.substring(uri.lastIndexOf('/') + 1).replaceAll("\\.npy$", "");
    }

    /** @return the result's array; the reference is checked to lie inside the results folder first */
    public static NpyArray array(Path experimentFile, ResultRef ref) throws IOException {
        Path target = ref.eContainer() instanceof Run run ? ResultFiles.resolve(experimentFile, run, ref)
                : ResultFiles.resolve(experimentFile, ref.getUri());
        try {
            return Npy.read(target);
        } catch (FileFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * @param metadata a surface's metadata (dimensions, ranges, points)
     * @param values its values
     * @return the values as a surface on the grid the metadata give, as {@link DataProviders#SURFACES} reads them
     * @throws IllegalArgumentException when their shape is not the one the metadata give
     */
    public static LossSurface surface(ResultMetadata metadata, NpyArray values) {
        return SurfaceProvider.surface(metadata, values);
    }

    /**
     * @return the first {@code count} columns of a 2-D result array, each as an array over the rows
     * @throws IllegalArgumentException when the array has another rank or fewer columns
     */
    public static double[][] columns(NpyArray a, int count) {
        if (a.rank() != 2 || a.shape()[1] < count) {
            throw new IllegalArgumentException("expected shape [rows, " + count + " or more columns], the file has "
                    + "shape " + Arrays.toString(a.shape()));
        }
        int rows = a.shape()[0];
        int cols = a.shape()[1];
        double[][] c = new double[count][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < count; j++) {
                c[j][i] = a.data()[i * cols + j];
            }
        }
        return c;
    }

    /** @return "skipped URI (run ID): why" */
    public static String skipMessage(ResultRef ref, Exception e) {
        return "skipped " + problem(ref, e);
    }

    /** @return "URI (run ID): why" */
    public static String problem(ResultRef ref, Exception e) {
        String run = ref.eContainer() instanceof Run r ? " (run " + r.getId() + ")" : "";
        String why = e.getMessage() == null || e.getMessage().isBlank() ? "its content cannot be used"
                : e.getMessage();
        // the run is already named: drop its prefix from the reason
        if (ref.eContainer() instanceof Run r && why.startsWith("run " + r.getId() + ": ")) {
            why = why.substring(("run " + r.getId() + ": ").length());
        }
        return ref.getUri() + run + ": " + why;
    }

    private static void throwFirst(List<String> skips) throws IOException {
        if (!skips.isEmpty()) {
            throw new IOException(skips.get(0) + (skips.size() > 1 ? " (and " + (skips.size() - 1) + " more)" : ""));
        }
    }
}
