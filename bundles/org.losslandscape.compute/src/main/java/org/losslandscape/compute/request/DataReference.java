package org.losslandscape.compute.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.losslandscape.compute.data.Dataset;

/**
 * Which data a request computes on: the rows themselves ({@link Inline}), a dataset file by its path relative to
 * the experiment and its SHA-256 ({@link DatasetFile}), or a synthetic dataset by its generator settings and seed
 * ({@link Synthetic}). A {@link DataResolver} of the {@link Execution} turns a reference into rows.
 */
public sealed interface DataReference {

    /**
     * The rows themselves, shared (not copied).
     *
     * @param dataset the rows
     */
    record Inline(Dataset dataset) implements DataReference {
        /** Checks the dataset is there. */
        public Inline {
            Objects.requireNonNull(dataset, "dataset");
        }
    }

    /**
     * A split of a dataset file.
     *
     * @param path the file, relative to the experiment's folder, with {@code /} separators
     * @param sha256 the file's SHA-256 in lower-case hex, so that a changed file is detected
     * @param split which part of the file, e.g. {@code "train"} or {@code "validation"}
     * @param rows the number of rows of that part
     */
    record DatasetFile(String path, String sha256, String split, int rows) implements DataReference {
        /** Checks the names are there. */
        public DatasetFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(split, "split");
        }
    }

    /**
     * A split of a generated dataset.
     *
     * @param generator the generator's id, e.g. {@code "modular-addition"}
     * @param settings the generator's settings (strings, numbers, booleans), in order
     * @param seed the generator's seed
     * @param split which part, e.g. {@code "train"}
     */
    record Synthetic(String generator, Map<String, Object> settings, long seed, String split)
            implements DataReference {
        /** Copies the settings, keeping their order. */
        public Synthetic {
            Objects.requireNonNull(generator, "generator");
            Objects.requireNonNull(split, "split");
            settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }
    }

    /** @return a reference to the rows themselves */
    static DataReference of(Dataset dataset) {
        return new Inline(dataset);
    }
}
