package org.losslandscape.core.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.losslandscape.core.compile.ModelSources;
import org.losslandscape.core.store.InputPaths;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.ModelSource;
import org.losslandscape.model.Run;

/**
 * Records and checks where a run's numbers come from. A run records the engine version, the Java runtime, its thread
 * count and the SHA-256 of every data file it read, one {@code HEX  PATH} line each as {@code sha256sum} writes them
 * (so that {@code sha256sum -c} can check them from the experiment's folder). The model files an imported network
 * read are recorded by {@link ModelSources#record} in the configuration snapshot; {@link #changedFiles} checks both.
 */
public final class RunProvenance {

    private RunProvenance() {
    }

    /**
     * Fills the run's provenance. Its configuration snapshot must be set (the dataset is taken from it).
     *
     * @param run the run being started
     * @param baseDir the experiment's folder, or null for the working directory
     * @param threads the compute threads the run uses
     * @throws IOException when a data file cannot be read (the compiler read it a moment ago)
     */
    public static void record(Run run, Path baseDir, int threads) throws IOException {
        run.setEngineVersion(EngineVersion.current());
        run.setJvm(jvm());
        run.setThreads(threads);
        run.getDataDigests().clear();
        DatasetSpec dataset = run.getConfiguration() == null ? null : run.getConfiguration().getDataset();
        for (String name : dataFiles(dataset)) {
            Path file = inside(baseDir, name);
            if (file != null && Files.isRegularFile(file)) {
                run.getDataDigests().add(ModelSources.sha256(file) + "  " + name);
            }
        }
    }

    /** @return e.g. "Eclipse Adoptium 25.0.1+8-LTS, amd64" */
    public static String jvm() {
        return System.getProperty("java.vendor", "?") + " " + System.getProperty("java.runtime.version",
                System.getProperty("java.version", "?")) + ", " + System.getProperty("os.arch", "?");
    }

    /** @return the names of the files a dataset description reads (file, labels file, each of a list), in order */
    public static List<String> dataFiles(DatasetSpec dataset) {
        Set<String> names = new LinkedHashSet<>();
        if (dataset != null) {
            if (dataset.getFile() != null) {
                for (String name : dataset.getFile().split(",")) {
                    if (!name.isBlank()) {
                        names.add(name.trim());
                    }
                }
            }
            if (dataset.getLabelsFile() != null && !dataset.getLabelsFile().isBlank()) {
                names.add(dataset.getLabelsFile().trim());
            }
        }
        return List.copyOf(names);
    }

    /**
     * A recorded file as it is now.
     *
     * @param path the file as recorded, relative to the experiment's folder
     * @param recorded the SHA-256 the run recorded
     * @param now its SHA-256 now, or null when it is missing or unreadable
     */
    public record FileCheck(String path, String recorded, String now) {
        /** @return whether the file is missing or its bytes differ from those the run read */
        public boolean changed() {
            return !recorded.equals(now);
        }

        /** @return e.g. "data/moons.csv changed since the run (SHA-256 1a2b… now 3c4d…)" */
        public String describe() {
            return now == null ? path + " is missing, unreadable or outside the experiment's folder now"
                    : path + " changed since the run (SHA-256 " + shortHex(recorded) + " then, " + shortHex(now)
                            + " now)";
        }
    }

    /**
     * Checks every file the run recorded, data and model files alike.
     *
     * @param run a run
     * @param baseDir the experiment's folder, or null for the working directory
     * @return one check per recorded file, in the order recorded
     */
    public static List<FileCheck> check(Run run, Path baseDir) {
        List<String> lines = new ArrayList<>(run.getDataDigests());
        ModelSource model = run.getConfiguration() == null || run.getConfiguration().getNetwork() == null ? null
                : run.getConfiguration().getNetwork().getSource();
        if (model != null) {
            if (model.getSha256() != null && model.getFile() != null) {
                lines.add(model.getSha256() + "  " + model.getFile());
            }
            lines.addAll(model.getDigests());
        }
        List<FileCheck> out = new ArrayList<>();
        for (String line : lines) {
            int gap = line.indexOf("  ");
            if (gap <= 0) {
                continue; // not a digest line: nothing to check
            }
            String hex = line.substring(0, gap).toLowerCase(Locale.ROOT);
            String path = line.substring(gap + 2);
            out.add(new FileCheck(path, hex, digestNow(baseDir, path)));
        }
        return out;
    }

    /** @return the checks of files that changed or went missing since the run */
    public static List<FileCheck> changedFiles(Run run, Path baseDir) {
        return check(run, baseDir).stream().filter(FileCheck::changed).toList();
    }

    private static String digestNow(Path baseDir, String path) {
        Path file = inside(baseDir, path);
        try {
            return file == null || !Files.isRegularFile(file) ? null : ModelSources.sha256(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * @return the file a recorded path names, by the rule every input of an experiment follows ({@link InputPaths}),
     *         or null when it is refused: the paths come from the experiment file, which is untrusted, so a run record
     *         naming a file outside the experiment's folder does not make {@code info} read it
     */
    private static Path inside(Path baseDir, String name) {
        try {
            return InputPaths.resolve(baseDir == null ? Path.of("").toAbsolutePath() : baseDir, name);
        } catch (IOException e) {
            return null;
        }
    }

    private static String shortHex(String hex) {
        return hex.length() <= 12 ? hex : hex.substring(0, 12) + "…";
    }
}
