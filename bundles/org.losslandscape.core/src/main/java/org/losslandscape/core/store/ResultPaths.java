package org.losslandscape.core.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.losslandscape.model.Experiment;
import org.losslandscape.model.Run;

/**
 * The confinement rules for names an experiment file supplies. Experiment files are shared like notebooks, so
 * their run ids and result references are untrusted input; every path built from them goes through here.
 * <ul>
 * <li><b>Run ids</b> ({@link #RUN_ID_RULE}): 1 to 64 characters out of letters, digits, '.', '_' and '-', starting
 * with a letter or digit, without ".." and not ending in ".lock" (that is a run's lock file). Such an id is a plain
 * file name: the run's folder {@code NAME.results/ID} and an export's {@code ID-curves.csv} stay where they are
 * put.</li>
 * <li><b>Result references</b> ({@link #RESULT_RULE}, {@link #resultProblem}) are relative paths that, resolved
 * against the experiment's folder and normalised, lie inside its results folder {@code NAME.results/}; the real
 * paths of their existing parts too, so a symbolic link inside the folder cannot lead out (the results folder itself
 * may be a link: its real path is then the bound). A reference that breaks the rule is refused
 * before anything is opened.</li>
 * <li><b>Output files</b> ({@link #outputFile}) are plain file names inside the chosen output folder.</li>
 * <li><b>Deletes</b> ({@link #deleteRunFolder}) remove only a run's folder inside the results folder, and never
 * follow a link; a results folder that is itself a link is never deleted in (nor are stale lock files cleaned
 * there, {@link RunLock}).</li>
 * </ul>
 */
public final class ResultPaths {

    /** The characters and length of a run id; see also {@link #isValidRunId}. */
    public static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The run-id rule in words, for messages. */
    public static final String RUN_ID_RULE = "a run id is 1 to 64 letters, digits, '.', '_' or '-', starts with a "
            + "letter or digit, contains no \"..\" and does not end in \".lock\"";

    /** The result-reference rule in words, for messages ({@code %s}: the results folder's name). */
    public static final String RESULT_RULE = "result files must lie inside the experiment's results folder %s/ "
            + "(no absolute path, no \"..\" and no link leading out of it)";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private ResultPaths() {
    }

    /** @return whether {@code id} may name a run (and so a folder and export files) */
    public static boolean isValidRunId(String id) {
        return id != null && RUN_ID.matcher(id).matches() && !id.contains("..") && !id.endsWith(".lock");
    }

    /**
     * @return whether {@code name} is a plain file name: 1 to 200 letters, digits, '.', '_' or '-', starting with a
     *         letter or digit, without ".." (so it cannot name a folder above or an absolute path)
     */
    public static boolean isPlainFileName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() && !name.contains("..");
    }

    /** @return why {@code id} cannot name a run, or null when it can */
    public static String runIdProblem(String id) {
        return isValidRunId(id) ? null : "run id " + quote(id) + " is not allowed: " + RUN_ID_RULE;
    }

    /**
     * @return {@code id}
     * @throws IllegalArgumentException when it breaks the {@linkplain #RUN_ID_RULE rule}
     */
    public static String requireRunId(String id) {
        String problem = runIdProblem(id);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return id;
    }

    /**
     * Sets aside, in memory, the runs whose id breaks the {@linkplain #RUN_ID_RULE rule}: they are removed from the
     * experiment's runs and comparisons, so that nothing reads, exports or deletes by their id. The file is not
     * changed.
     *
     * @param fileName the experiment file's name, for the messages
     * @return one message per run set aside, naming the file, the run and the rule
     */
    public static List<String> quarantineRuns(String fileName, Experiment experiment) {
        List<Run> bad = experiment.getRuns().stream().filter(r -> !isValidRunId(r.getId())).toList();
        List<String> messages = new ArrayList<>();
        for (Run r : bad) {
            messages.add(fileName + ": run " + quote(r.getId()) + " ignored, its results are not read: "
                    + RUN_ID_RULE + "; rename the run in the file or delete it");
        }
        if (!bad.isEmpty()) {
            experiment.getComparisons().forEach(c -> c.getRuns().removeAll(bad));
            experiment.getRuns().removeAll(bad);
        }
        return messages;
    }

    /**
     * @param experimentFile the experiment's file
     * @param uri a result reference as the file holds it (relative to the experiment's folder)
     * @return why the reference is refused (it names the reference and the rule), or null when it lies inside the
     *         results folder; nothing is opened, only the existing parts of the path are looked up
     */
    public static String resultProblem(Path experimentFile, String uri) {
        if (uri == null || uri.isBlank()) {
            return "the result reference names no file";
        }
        Path relative;
        try {
            relative = Path.of(uri);
        } catch (InvalidPathException e) {
            return "result " + quote(uri) + " is not a valid path";
        }
        Path results = ResultFiles.resultsFolder(experimentFile).normalize();
        String refused = "result " + quote(uri) + " refused, not read: " + String.format(RESULT_RULE,
                results.getFileName());
        if (relative.isAbsolute()) {
            return refused;
        }
        Path target = results.getParent().resolve(relative).normalize();
        if (!target.startsWith(results) || target.equals(results)) {
            return refused;
        }
        try {
            if (!real(target).startsWith(real(results))) {
                return refused;
            }
        } catch (IOException e) {
            return refused;
        }
        return null;
    }

    /**
     * @param runId the run the reference belongs to, for the message (may be null)
     * @return the file a result reference points to, checked to lie inside the results folder
     * @throws IOException naming the run, the reference and the rule when it does not (nothing has been opened)
     */
    public static Path resolveResult(Path experimentFile, String runId, String uri) throws IOException {
        String problem = resultProblem(experimentFile, uri);
        if (problem != null) {
            throw new IOException((runId == null ? "" : "run " + runId + ": ") + problem);
        }
        return ResultFiles.resultsFolder(experimentFile).normalize().getParent().resolve(uri).normalize();
    }

    /**
     * @param folder the output folder (e.g. an export's {@code -o})
     * @param fileName a name built from the file's content (run ids, result names)
     * @return {@code folder/fileName}
     * @throws IOException when {@code fileName} is not a plain file name, i.e. would land outside {@code folder}
     */
    public static Path outputFile(Path folder, String fileName) throws IOException {
        if (!isPlainFileName(fileName)) {
            throw new IOException(quote(fileName) + " is not a plain file name; nothing is written for it outside "
                    + "the output folder " + folder);
        }
        Path target = folder.resolve(fileName);
        if (!target.toAbsolutePath().normalize().getParent().equals(folder.toAbsolutePath().normalize())) {
            throw new IOException(quote(fileName) + " would be written outside the output folder " + folder);
        }
        return target;
    }

    /**
     * Deletes a run's result folder {@code NAME.results/ID} with everything in it; links inside are removed, never
     * followed. Nothing happens when the folder does not exist.
     *
     * @throws IOException when the id breaks the rule (nothing is deleted), the folder is not inside the results
     *         folder (a link leading out: nothing is deleted), or a file cannot be deleted
     */
    public static void deleteRunFolder(Path experimentFile, String runId) throws IOException {
        String problem = runIdProblem(runId);
        if (problem != null) {
            throw new IOException("nothing deleted: " + problem);
        }
        Path results = ResultFiles.resultsFolder(experimentFile).normalize();
        if (Files.isSymbolicLink(results)) {
            // NAME.results -> .. (a shared repository can hold such a link) would make NAME.results/src the
            // project's own src/: deleting through a linked results folder is refused
            throw new IOException("nothing deleted: " + results + " is a symbolic link (to "
                    + Files.readSymbolicLink(results) + "); delete the run's folder by hand where the link leads");
        }
        Path folder = results.resolve(runId);
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(folder)) {
            // a link in place of a run's folder: remove the link itself, not what it points to
            Files.delete(folder);
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file); // a link is visited as a file (links are not followed)
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** @return the real path of the deepest existing part of {@code path}, with the rest appended as it is */
    /** @return the path with the real path of its longest existing part (links resolved), normalised */
    static Path real(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        return existing.toRealPath().resolve(existing.relativize(path)).normalize();
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "\"" + s + "\"";
    }
}
